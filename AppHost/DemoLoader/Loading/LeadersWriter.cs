using Consortium.Contracts.Pipeline.V1;
using Consortium.DemoLoader.Model;

namespace Consortium.DemoLoader.Loading;

/// <summary>A district's leaders: enrolment, readiness for their next role, competency ratings, development.</summary>
internal sealed class LeadersWriter(PipelineService.PipelineServiceClient pipeline)
{
    public async Task EnrollAsync(DistrictBench bench, IReadOnlyList<DemoLeader> leaders, CancellationToken cancellationToken)
    {
        foreach (var leader in leaders)
        {
            var request = new EnrollLeaderRequest
            {
                RequestId = bench.RequestId($"enroll-{leader.Number}"),
                DistrictId = bench.District.Id,
                Name = leader.Name,
                Email = leader.Email,
                RoleCode = leader.Role,
                RoleStartedOn = ProtoValues.Date(leader.RoleStartedOn),
                Stage = leader.Stage,
                StageStartedOn = ProtoValues.Date(leader.StageStartedOn),
                LeaderSubject = leader.SignsInAs ?? string.Empty,
            };
            var enrolled = await EventualCopies.WhenArrivedAsync(
                async () => await pipeline.EnrollLeaderAsync(request, bench.Lead, cancellationToken: cancellationToken),
                cancellationToken);
            bench.Enrolled(leader.Number, enrolled.LeaderId);
        }
    }

    public async Task AssessAsync(DistrictBench bench, IReadOnlyList<DemoLeader> leaders, CancellationToken cancellationToken)
    {
        foreach (var leader in leaders)
        {
            if (leader.Readiness is { } readiness)
            {
                await pipeline.AssessReadinessAsync(new AssessReadinessRequest
                {
                    RequestId = bench.RequestId($"readiness-{leader.Number}"),
                    LeaderId = bench.LeaderId(leader.Number),
                    TargetRoleCode = readiness.ForRole,
                    Level = readiness.Level,
                    Assessor = readiness.Assessor,
                    AssessedOn = ProtoValues.Date(readiness.AssessedOn),
                    Note = readiness.Note,
                }, bench.Lead, cancellationToken: cancellationToken);
            }
        }

        foreach (var leader in leaders)
        {
            foreach (var rating in leader.Ratings)
            {
                await pipeline.RateCompetencyAsync(new RateCompetencyRequest
                {
                    RequestId = bench.RequestId($"rating-{leader.Number}-{rating.Source}"),
                    LeaderId = bench.LeaderId(leader.Number),
                    CompetencyCode = rating.Competency,
                    Source = rating.Source,
                    Score = rating.Score,
                    RatedOn = ProtoValues.Date(rating.RatedOn),
                    Evidence = rating.Evidence,
                }, bench.Lead, cancellationToken: cancellationToken);
            }
        }
    }

    /// <returns>How many activities the district's leaders have.</returns>
    public async Task<int> DevelopAsync(DistrictBench bench, IReadOnlyList<DemoLeader> leaders, IReadOnlyDictionary<string, DemoProgram> programs, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var leader in leaders)
        {
            foreach (var activity in leader.Activities)
            {
                var program = programs[activity.Program];
                var request = new AddDevelopmentActivityRequest
                {
                    RequestId = bench.RequestId(activity.Key),
                    LeaderId = bench.LeaderId(leader.Number),
                    Kind = program.Kind,
                    Title = program.Title,
                    Provider = program.Provider.Replace("{district}", bench.District.Data.Name, StringComparison.Ordinal),
                    Hours = ProtoValues.Decimal(program.Hours),
                    StartOn = ProtoValues.Date(program.StartOn),
                    EndOn = ProtoValues.Date(program.EndOn),
                    Status = program.Status,
                };
                request.CompetencyCodes.AddRange(program.Competencies);
                var created = await pipeline.AddDevelopmentActivityAsync(request, bench.Lead, cancellationToken: cancellationToken);
                added++;
                if (activity.Then is { } change)
                {
                    await ChangeStatusAsync(bench, activity.Key, created.ActivityId, change, cancellationToken);
                }
            }
        }

        return added;
    }

    private async Task ChangeStatusAsync(DistrictBench bench, string key, string activityId, DemoStatusChange change, CancellationToken cancellationToken)
    {
        var verb = change.Status switch
        {
            DevelopmentActivityStatus.Completed => "complete",
            DevelopmentActivityStatus.Withdrawn => "withdraw",
            _ => change.Status.ToString().ToLowerInvariant(),
        };
        await pipeline.UpdateDevelopmentActivityStatusAsync(new UpdateDevelopmentActivityStatusRequest
        {
            RequestId = bench.RequestId($"{key}-{verb}"),
            ActivityId = activityId,
            Status = change.Status,
            EffectiveOn = ProtoValues.Date(change.On),
            Reason = change.Reason ?? string.Empty,
        }, bench.Lead, cancellationToken: cancellationToken);
    }
}
