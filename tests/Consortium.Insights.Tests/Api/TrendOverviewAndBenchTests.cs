using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Messaging;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Insights.Tests.Api;

/// <summary>GetTrend across carried-forward topics, the staff cycle overview, and bench strength.</summary>
public sealed class TrendOverviewAndBenchTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task A_trend_follows_carried_topics_beside_each_cycles_median_and_withholds_what_was_not_given()
    {
        var m = await fixture.MembersAsync(7);
        var topics = new List<TopicPublished>();
        Guid? carriedFrom = null;
        foreach (var (year, half) in new[] { ("2024-25", HalfV1.First), ("2024-25", HalfV1.Second), ("2025-26", HalfV1.First) })
        {
            var cycle = ContractEvents.CycleOpened(Guid.CreateVersion7()) with { SchoolYear = year, Half = half, Name = $"{year} H{(int)half}" };
            var topic = ContractEvents.Topic(cycle.CycleId) with { CarriedFromTopicId = carriedFrom };
            await fixture.PublishAndWaitAsync(cycle, topic);
            topics.Add(topic);
            carriedFrom = topic.TopicId;
        }

        // Cycle 1: 10..50 with the asker at 10; cycle 2: 20..60 with the asker at 60; cycle 3: the asker gave nothing.
        await fixture.AcceptPctAsync(topics[0], [.. m.Take(6).Select((x, i) => (x, (decimal)((i + 1) * 10)))]);
        await fixture.AcceptPctAsync(topics[1], [.. m.Take(6).Select((x, i) => (x, i == 0 ? 60m : (decimal)((i + 1) * 10)))]);
        await fixture.AcceptPctAsync(topics[2], [.. m.Skip(1).Select((x, i) => (x, (decimal)i))]);

        var trend = await fixture.LeadOf(m[0].Id).GetTrendAsync(new GetTrendRequest { TargetCode = "PCT", TopicId = topics[1].TopicId.ToString() });

        Assert.Equal(["2024-25 H1", "2024-25 H2", "2025-26 H1"], trend.Points.Select(p => p.CycleName));
        Assert.Equal((10m, 35m, 6), (trend.Points[0].Value.Number(), trend.Points[0].Consortium.Median.Number(), trend.Points[0].Consortium.DistrictCount));
        Assert.Equal((60m, 45m), (trend.Points[1].Value.Number(), trend.Points[1].Consortium.Median.Number()));
        Assert.Null(trend.Points[2].Value);
        Assert.Equal(SuppressionReason.NotYetGiven, trend.Points[2].Consortium.Suppression.Reason);
        Assert.Equal((MeasureType.Percentage, "% of students"), (trend.MeasureType, trend.Unit));

        var paged = await fixture.LeadOf(m[0].Id).GetTrendAsync(new GetTrendRequest { TargetCode = "PCT", TopicId = topics[0].TopicId.ToString(), PageSize = 2 });
        Assert.Equal(2, paged.Points.Count);
        Assert.NotEmpty(paged.NextPageToken);
        await RpcAssert.InvalidFields(() => fixture.LeadOf(m[0].Id).GetTrendAsync(new GetTrendRequest { TopicId = "x" }).ResponseAsync, "target_code", "topic_id");
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => fixture.LeadOf(m[0].Id).GetTrendAsync(new GetTrendRequest
        {
            DistrictId = m[1].Id.ToString(),
            TargetCode = "PCT",
            TopicId = topics[0].TopicId.ToString(),
        }).ResponseAsync);
    }

    [Fact]
    public async Task Staff_see_participation_per_topic_and_districts_may_not()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(4);
        await fixture.AcceptPctAsync(topic, [(m[0], 10m)]);
        await fixture.PublishAndWaitAsync(ContractEvents.Submitted(Guid.CreateVersion7(), 2, m[1].Id, topic));
        var returned = Guid.CreateVersion7();
        await fixture.PublishAndWaitAsync(ContractEvents.Submitted(returned, 2, m[2].Id, topic), ContractEvents.Returned(returned, 3, m[2].Id, topic));

        var overview = await fixture.Staff().GetCycleOverviewAsync(new GetCycleOverviewRequest { CycleId = topic.CycleId.ToString() });

        var participation = Assert.Single(overview.Topics);
        Assert.Equal(topic.Title, participation.Title);
        ParticipationGroup Group(ParticipationStatus status) => participation.Groups.Single(g => g.Status == status);
        Assert.Equal([m[1].Id.ToString()], Group(ParticipationStatus.Submitted).Districts.Select(d => d.DistrictId));
        Assert.Equal([m[0].Id.ToString()], Group(ParticipationStatus.Accepted).Districts.Select(d => d.DistrictId));
        Assert.Equal([m[2].Id.ToString()], Group(ParticipationStatus.Returned).Districts.Select(d => d.DistrictId));
        Assert.Contains(m[3].Id.ToString(), Group(ParticipationStatus.Missing).Districts.Select(d => d.DistrictId));
        Assert.Equal(overview.ActiveMemberCount, participation.Groups.Sum(g => g.Count));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => fixture.LeadOf(m[0].Id).GetCycleOverviewAsync(new GetCycleOverviewRequest { CycleId = topic.CycleId.ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task Bench_strength_shows_a_figure_only_over_at_least_k_districts()
    {
        var m = await fixture.MembersAsync(5);
        var events = new List<Contracts.Events.IntegrationEvent>();
        foreach (var member in m)
        {
            var leader = Guid.CreateVersion7();
            events.Add(ContractEvents.LeaderEnrolled(leader, member.Id, stage: PipelineStageV1.Emerging));
            events.Add(ContractEvents.ReadinessAssessed(leader, member.Id, 2, "principal", ReadinessLevelV1.ReadyIn1To2Years));
            events.Add(ContractEvents.CoverageChanged(member.Id, 1, critical: 4, covered: 2));
        }

        // Two established leaders, both from one district: a figure about that district alone.
        events.Add(ContractEvents.LeaderEnrolled(Guid.CreateVersion7(), m[0].Id, stage: PipelineStageV1.Established));
        events.Add(ContractEvents.LeaderEnrolled(Guid.CreateVersion7(), m[0].Id, stage: PipelineStageV1.Established));
        await fixture.PublishAndWaitAsync([.. events]);

        var bench = await fixture.LeadOf(m[0].Id).GetBenchStrengthAsync(new GetBenchStrengthRequest());

        var emerging = bench.ByStage.Single(s => s.Stage == PipelineStage.Emerging).Count;
        Assert.Equal((5, 5), (emerging.DistrictCount, emerging.Leaders));
        var established = bench.ByStage.Single(s => s.Stage == PipelineStage.Established).Count;
        Assert.Equal((1, SuppressionReason.TooFewDistricts), (established.DistrictCount, established.Suppression.Reason));
        Assert.Equal(5, bench.ByReadiness.Single(r => r.Level == ReadinessLevel.Ready1To2Years).Count.Leaders);
        var large = bench.CoverageBySizeBand.Single(b => b.SizeBand == SizeBand.Large);
        Assert.Equal((5, 50m), (large.DistrictCount, large.CoveredPercent.Number()));
        Assert.Equal(4, bench.ByStage.Count);
    }
}
