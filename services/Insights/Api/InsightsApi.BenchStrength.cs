using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Domain.Bench;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Peers;
using Consortium.ServiceDefaults.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Events = Consortium.Contracts.Events;

namespace Consortium.Insights.Api;

/// <summary>GetBenchStrength: consortium-wide leadership pipeline figures, each only over at least k districts.</summary>
internal sealed partial class InsightsApi
{
    public override async Task<GetBenchStrengthResponse> GetBenchStrength(GetBenchStrengthRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var members = new MemberSet(await db.Districts
            .Where(d => d.Joined && d.MembershipStatus != Events.Districts.V1.MembershipStatusV1.Withdrawn)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken));
        var counting = (await RosterAsync(members, cancellationToken)).Members.ToArray();
        var leaders = await db.Leaders.AsNoTracking()
            .Where(l => l.Active && counting.Contains(l.DistrictId))
            .Select(l => new { l.LeaderId, l.DistrictId, l.Stage })
            .ToListAsync(cancellationToken);
        var activeIds = leaders.Select(l => l.LeaderId).ToArray();
        var readiest = (await db.LeaderReadiness.AsNoTracking()
                .Where(r => activeIds.Contains(r.LeaderId))
                .Select(r => new { r.LeaderId, r.Level })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.LeaderId)
            .ToDictionary(g => g.Key, g => g.Min(r => r.Level));
        var coverage = await db.SuccessionCoverage.AsNoTracking().Where(c => counting.Contains(c.DistrictId)).ToListAsync(cancellationToken);
        var bands = (await population.ProfilesAsync(cancellationToken)).ToDictionary(p => p.DistrictId, p => SizeBands.Classify(p.Enrollment));

        var byStage = BenchFigures.Count(
            Enum.GetValues<Events.Pipeline.V1.PipelineStageV1>(),
            leaders.Select(l => new CountedLeader<Events.Pipeline.V1.PipelineStageV1>(l.Stage, l.DistrictId)),
            floor);
        var byReadiness = BenchFigures.Count(
            Enum.GetValues<Events.Pipeline.V1.ReadinessLevelV1>(),
            leaders.Where(l => readiest.ContainsKey(l.LeaderId)).Select(l => new CountedLeader<Events.Pipeline.V1.ReadinessLevelV1>(readiest[l.LeaderId], l.DistrictId)),
            floor);
        var withRoles = coverage.Where(c => c.CriticalRoleCount > 0 && bands.ContainsKey(c.DistrictId)).ToList();
        var ranges = SizeBandRanges.Merge(withRoles.CountBy(c => bands[c.DistrictId]).ToDictionary(), floor);
        var byBand = BenchFigures.Coverage(
            ranges,
            withRoles.Select(c => new DistrictCoverage<SizeBandRange>(ranges.Single(r => r.Contains(bands[c.DistrictId])), c.DistrictId, c.CriticalRoleCount, c.CoveredRoleCount)),
            floor);

        var response = new GetBenchStrengthResponse();
        response.ByStage.AddRange(byStage.Select(f => new StageCount { Stage = ContractEnums.PipelineStage.ToContract(f.Key), Count = ToProto(f) }));
        response.ByReadiness.AddRange(byReadiness.Select(f => new ReadinessCount { Level = ContractEnums.ReadinessLevel.ToContract(f.Key), Count = ToProto(f) }));
        response.CoverageBySizeBand.AddRange(byBand.Select(f =>
        {
            var band = new CoverageByBand
            {
                SizeBand = ContractEnums.SizeBand.ToContract(f.Key.From),
                ThroughSizeBand = ContractEnums.SizeBand.ToContract(f.Key.Through),
                DistrictCount = f.DistrictCount,
            };
            if (f.CoveredPercent.Suppression is { } suppression)
            {
                band.Suppression = suppression.ToProto();
            }
            else
            {
                band.CoveredPercent = f.CoveredPercent.Value.ToProto();
            }

            return band;
        }));

        var contributions = counting.Select(district => new DistrictBenchContribution(
            district,
            [.. leaders.Where(l => l.DistrictId == district).Select(l => (int)l.Stage)],
            [.. leaders.Where(l => l.DistrictId == district && readiest.ContainsKey(l.LeaderId)).Select(l => (int)readiest[l.LeaderId])],
            coverage.Where(c => c.DistrictId == district).Sum(c => c.CriticalRoleCount),
            coverage.Where(c => c.DistrictId == district).Sum(c => c.CoveredRoleCount),
            bands.TryGetValue(district, out var band) ? (int)band : null));
        // Staff see every district's data anyway: the figures as they are now, publishing nothing.
        response = caller.IsStaff
            ? PublishedBenchStore.Current(response, time)
            : await publishedBench.PublishOrServeAsync(response, contributions, cancellationToken);

        var largest = LargestDistrictCount(response);
        audit.Record(caller, nameof(GetBenchStrength), new RevealedData(AggregateDistrictCount: largest == 0 ? null : largest));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    // The bench-strength scope of the answered-groups store: one for everyone, since the figures are.
    private static readonly AnswerScope BenchScope = new("public/bench-strength", Guid.Empty, Guid.Empty);

    /// <summary>The members the figures cover (<see cref="PublishedRoster"/>), recording a newly published roster.</summary>
    private async Task<MemberSet> RosterAsync(MemberSet members, CancellationToken cancellationToken)
    {
        var published = await answeredGroups.AnsweredAsync(BenchScope, cancellationToken);
        var (roster, publish) = PublishedRoster.Choose([.. published.Select(group => group.Members)], members, floor);
        if (publish)
        {
            await answeredGroups.RecordAsync(BenchScope, AnsweredGroup.AllHidden(roster), cancellationToken);
        }

        return roster;
    }

    // The widest figure actually shown (the audit's measure of what was revealed).
    private static int LargestDistrictCount(GetBenchStrengthResponse response) =>
        response.ByStage.Select(s => s.Count)
            .Concat(response.ByReadiness.Select(r => r.Count))
            .Select(c => c.OutcomeCase == LeaderCount.OutcomeOneofCase.Leaders ? c.DistrictCount : 0)
            .Concat(response.CoverageBySizeBand.Select(b => b.Suppression is null ? b.DistrictCount : 0))
            .DefaultIfEmpty(0).Max();

    private static LeaderCount ToProto<TKey>(CountFigure<TKey> figure)
    {
        var count = new LeaderCount { DistrictCount = figure.DistrictCount };
        if (figure.Count.Suppression is { } suppression)
        {
            count.Suppression = suppression.ToProto();
        }
        else
        {
            count.Leaders = figure.Count.Value;
        }

        return count;
    }
}
