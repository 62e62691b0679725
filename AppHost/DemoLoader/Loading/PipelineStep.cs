using Consortium.Contracts.Pipeline.V1;
using Consortium.DemoLoader.Model;
using Microsoft.Extensions.Logging;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// The leadership pipeline: staff define the standards framework (and add roles to the list);
/// each district's lead enrolls its leaders, assesses and rates them, records their development
/// and names successors for its critical roles; then the moves between districts (proposed by
/// one lead, confirmed by the other) and the departures.
/// </summary>
internal sealed partial class PipelineStep(PipelineService.PipelineServiceClient pipeline, DemoCallers callers, ILogger<PipelineStep> logger)
{
    private readonly LeadersWriter _leaders = new(pipeline);
    private readonly SuccessionWriter _succession = new(pipeline);

    public async Task LoadAsync(PipelineFile data, LoadedDistricts districts, CancellationToken cancellationToken)
    {
        using var span = Hosting.LoaderTelemetry.Step("leadership pipeline");
        await LoadFrameworkAsync(data, cancellationToken);

        var benches = new Dictionary<string, DistrictBench>(StringComparer.Ordinal);
        var activities = 0;
        foreach (var district in data.Districts)
        {
            var loaded = districts[district.District];
            var bench = new DistrictBench(loaded, await callers.LeadOfAsync(loaded, cancellationToken));
            await _leaders.EnrollAsync(bench, district.Leaders, cancellationToken);
            await _leaders.AssessAsync(bench, district.Leaders, cancellationToken);
            activities += await _leaders.DevelopAsync(bench, district.Leaders, data.Programs, cancellationToken);
            await _succession.PlanAsync(bench, district, cancellationToken);
            benches[district.District] = bench;
        }

        await MoveAndDepartAsync(data, benches, cancellationToken);

        var covered = 0;
        foreach (var bench in benches.Values)
        {
            var coverage = await pipeline.GetSuccessionCoverageAsync(new GetSuccessionCoverageRequest { DistrictId = bench.District.Id }, await callers.PipelineStaffAsync(cancellationToken), cancellationToken: cancellationToken);
            covered += coverage.CoveredRoleCount;
        }

        LogLoaded(benches.Values.Sum(b => b.Count), benches.Count, activities, data.Districts.Sum(d => d.CriticalRoles.Count), covered, data.Moves.Count, data.Departures.Count);
    }

    private async Task LoadFrameworkAsync(PipelineFile data, CancellationToken cancellationToken)
    {
        var staff = await callers.PipelineStaffAsync(cancellationToken);

        // Existence checks as well as request ids: the framework may have been set up by hand.
        var existing = (await pipeline.ListCompetenciesAsync(new ListCompetenciesRequest { PageSize = 200 }, staff, cancellationToken: cancellationToken))
            .Competencies.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var competency in data.Competencies.Where(c => !existing.Contains(c.Code)))
        {
            await pipeline.DefineCompetencyAsync(new DefineCompetencyRequest
            {
                RequestId = $"demo-pipeline-competency-{competency.Code}",
                Code = competency.Code,
                Domain = competency.Domain,
                Label = competency.Label,
                Description = competency.Description,
            }, staff, cancellationToken: cancellationToken);
        }

        var roles = (await pipeline.ListRolesAsync(new ListRolesRequest { PageSize = 200 }, staff, cancellationToken: cancellationToken))
            .Roles.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var role in data.Roles.Where(r => !roles.Contains(r.Code)))
        {
            await pipeline.AddRoleAsync(new AddRoleRequest { RequestId = $"demo-pipeline-role-{role.Code}", Code = role.Code, Label = role.Label }, staff, cancellationToken: cancellationToken);
        }
    }

    private async Task MoveAndDepartAsync(PipelineFile data, Dictionary<string, DistrictBench> benches, CancellationToken cancellationToken)
    {
        foreach (var move in data.Moves)
        {
            var (from, to) = (benches[move.District], benches[move.To]);
            var leaderId = from.LeaderId(move.Leader);
            await pipeline.MoveLeaderAsync(new MoveLeaderRequest { RequestId = from.RequestId("move-propose"), LeaderId = leaderId, ToDistrictId = to.District.Id }, from.Lead, cancellationToken: cancellationToken);
            await pipeline.ConfirmLeaderMoveAsync(new ConfirmLeaderMoveRequest { RequestId = to.RequestId("move-confirm"), LeaderId = leaderId }, to.Lead, cancellationToken: cancellationToken);
        }

        foreach (var departure in data.Departures)
        {
            var bench = benches[departure.District];
            await pipeline.RecordDepartureAsync(new RecordDepartureRequest
            {
                RequestId = bench.RequestId("retire"),
                LeaderId = bench.LeaderId(departure.Leader),
                Kind = departure.Kind,
                LeftOn = ProtoValues.Date(departure.LeftOn),
            }, bench.Lead, cancellationToken: cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Leadership pipeline: {LeaderCount} leaders in {DistrictCount} districts, {ActivityCount} development activities, {CriticalRoleCount} critical roles ({CoveredCount} with a ready-now successor), {MoveCount} move(s), {DepartureCount} departure(s)")]
    private partial void LogLoaded(int leaderCount, int districtCount, int activityCount, int criticalRoleCount, int coveredCount, int moveCount, int departureCount);
}
