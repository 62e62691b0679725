using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Topics.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit;

namespace Consortium.AppHost.Tests;

/// <summary>
/// The demo, seen through Insights as a district lead and as staff would see it: every question
/// Insights answers has a meaningful answer, and the one topic with too few accepted
/// submissions is suppressed. The read model is built from the other services' events, so this
/// also proves the whole chain (Districts, Topics, Submissions, Pipeline → broker → Insights).
/// </summary>
internal static class DemoInsightsAssertions
{
    private const string CedarRidge = "Cedar Ridge School District";
    private static readonly TimeSpan EventTimeout = TimeSpan.FromMinutes(3);

    public static async Task AssertEveryQuestionHasAnAnswerAsync(RunningPlatform host)
    {
        GrpcChannel Channel(string service) => host.Channel(service);
        var staff = Bearer(host.Tokens.Issue("e2e-staff", Roles.ConsortiumStaff));
        var insights = new InsightsService.InsightsServiceClient(Channel(ResourceNames.Insights));
        var topics = new TopicsService.TopicsServiceClient(Channel(ResourceNames.Topics));
        var districts = new DistrictsService.DistrictsServiceClient(Channel(ResourceNames.Districts));

        var directory = await districts.ListDistrictsAsync(new ListDistrictsRequest { PageSize = 50 }, staff);
        var cedarRidge = directory.Districts.Single(d => d.Name == CedarRidge);
        var lead = Bearer(host.Tokens.Issue("e2e-lead", Roles.DistrictLead, Guid.Parse(cedarRidge.DistrictId)));

        var cycles = await topics.ListCyclesAsync(new ListCyclesRequest(), staff);
        var current = cycles.Cycles.Single(c => c.Status == CycleStatus.Open);
        var published = await topics.ListTopicsAsync(new ListTopicsRequest { CycleId = current.CycleId, Status = TopicStatus.Published }, staff);
        var studentVoice = published.Topics.Single(t => t.Title == "Student voice in course design");
        var coursesTarget = studentVoice.Targets.Single(t => t.Definition.Code == "SV-COURSES").TargetId;
        var leadership = published.Topics.Single(t => t.Title == "Leadership development");
        var successionTarget = leadership.Targets.Single(t => t.Definition.Code == "LD-SUCCESSION").TargetId;

        // Staff are not held to the differencing guard, so they can watch the group grow while
        // the demo's events arrive; a district lead then asks once, over the settled group.
        var allMembers = new CompareTargetRequest { CycleId = current.CycleId, TargetId = coursesTarget };
        await Eventually.TrueAsync(
            async () => (await insights.CompareTargetAsync(allMembers, staff)).Figures?.DistrictCount == 9,
            EventTimeout, "the nine accepted student-voice submissions to reach Insights");

        // A lead's figures leave out its own district and, where fewer than k chose private, the
        // private values (ADR 15: their mean could otherwise be undone): nine accepted, seven counted.
        var compared = await insights.CompareTargetAsync(new CompareTargetRequest { CycleId = current.CycleId, TargetId = coursesTarget }, lead);
        Assert.Equal(7, compared.Figures.DistrictCount);
        Assert.NotNull(compared.Own.Value);
        Assert.NotNull(compared.Own.Position);
        Assert.True(compared.Rows.Count > 0 || compared.RowsWithheld != RowsWithheld.Unspecified, "A district sees others' shared values, or is told why they are held back.");
        Assert.All(compared.Rows, row => Assert.NotEqual(cedarRidge.DistrictId, row.Named?.DistrictId));

        // Four accepted submissions, one of them Cedar Ridge's own: once it has arrived (give to get),
        // the answer is suppressed for too few districts, never a partial figure.
        var belowFloor = await Eventually.ResultAsync(
            async () =>
            {
                try
                {
                    var answer = await insights.CompareTargetAsync(new CompareTargetRequest { CycleId = current.CycleId, TargetId = successionTarget }, lead);
                    return answer.Suppression?.Reason == SuppressionReason.TooFewDistricts ? answer : null;
                }
                catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition)
                {
                    return null; // give to get: Cedar Ridge's own submission has not reached Insights yet
                }
            },
            EventTimeout, "Cedar Ridge's leadership submission to reach Insights");
        Assert.Null(belowFloor.Figures);

        var peers = await insights.GetPeerGroupAsync(new GetPeerGroupRequest { DistrictId = cedarRidge.DistrictId }, lead);
        Assert.NotEmpty(peers.Peers);
        Assert.True(peers.CountsWithheld || peers.DistrictCount >= 5, $"Cedar Ridge's peer group counts {peers.DistrictCount} districts without withholding them.");

        var context = await insights.CompareContextAsync(new CompareContextRequest { DistrictId = cedarRidge.DistrictId }, lead);
        Assert.Contains(context.Comparisons, c => c.Code == "enrollment" && c.AllMembers.Median is not null);
        Assert.Contains(context.Comparisons, c => c.Code.StartsWith("culture:", StringComparison.Ordinal));

        var learnFrom = await insights.FindWhomToLearnFromAsync(new FindWhomToLearnFromRequest { TopicId = studentVoice.TopicId, DistrictId = cedarRidge.DistrictId }, lead);
        Assert.NotEmpty(learnFrom.Districts);
        Assert.All(learnFrom.Districts, d => Assert.False(string.IsNullOrEmpty(d.DistrictName)));

        var trend = await insights.GetTrendAsync(new GetTrendRequest { DistrictId = cedarRidge.DistrictId, TargetCode = "SV-COURSES", TopicId = studentVoice.TopicId }, lead);
        Assert.True(trend.Points.Count >= 2, $"The trend spans the previous and the current cycle; it has {trend.Points.Count} point(s).");
        Assert.All(trend.Points, point => Assert.NotNull(point.Value));

        var overview = await insights.GetCycleOverviewAsync(new GetCycleOverviewRequest { CycleId = current.CycleId }, staff);
        Assert.Equal(published.Topics.Count, overview.Topics.Count);
        Assert.Contains(overview.Topics, t => t.Groups.Any(g => g.Status == ParticipationStatus.Missing && g.Count > 0));

        // Staff see the figures as they are now; a lead sees them as published, which move only when
        // k districts' pipelines changed: so the lead asks first once the whole demo pipeline is in.
        await Eventually.ResultAsync(
            async () => await insights.GetBenchStrengthAsync(new GetBenchStrengthRequest(), staff) is var answer
                && answer.ByStage.Any(s => s.Count.OutcomeCase == LeaderCount.OutcomeOneofCase.Leaders)
                && answer.CoverageBySizeBand.Any(band => band.OutcomeCase == CoverageByBand.OutcomeOneofCase.CoveredPercent) ? answer : null,
            EventTimeout, "the demo pipeline's leaders to reach Insights");
        var bench = await insights.GetBenchStrengthAsync(new GetBenchStrengthRequest(), lead);
        Assert.Contains(bench.ByStage, s => s.Count.OutcomeCase == LeaderCount.OutcomeOneofCase.Leaders);
        Assert.Contains(bench.CoverageBySizeBand, band => band.OutcomeCase == CoverageByBand.OutcomeOneofCase.CoveredPercent);

        var audits = await insights.ListReadAuditsAsync(new ListReadAuditsRequest { Subject = "e2e-lead" }, staff);
        Assert.Contains(audits.Audits, a => a.Operation == "CompareTarget" && a.CallerDistrictId == cedarRidge.DistrictId);
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
