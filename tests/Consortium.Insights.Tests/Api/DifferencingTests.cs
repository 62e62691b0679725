using Consortium.Contracts.Insights.V1;
using Xunit;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// The differencing guard through the service: a district that saw "all members" cannot then see
/// "all but one" (or the reverse) for the same target; staff are exempt; the record survives in
/// PostgreSQL, so the order of requests cannot be gamed across calls.
/// </summary>
public sealed class DifferencingTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task All_members_then_all_but_one_through_a_filter_is_refused()
    {
        var topic = await fixture.OpenTopicAsync();
        var five = await fixture.MembersAsync(5);
        var lone = await fixture.MembersAsync(1);
        await fixture.AcceptPctAsync(topic, [.. five.Concat(lone).Select((m, i) => (m, (decimal)(i * 10)))]);
        var lead = fixture.LeadOf(five[0].Id);

        var all = await lead.CompareTargetAsync(ApiScenario.Compare(topic));
        var allButOne = await lead.CompareTargetAsync(ApiScenario.Compare(topic, scope: ApiScenario.InState(five[0].State)));
        var allAgain = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal(6, all.Figures.DistrictCount);
        Assert.Equal(CompareTargetResponse.OutcomeOneofCase.Suppression, allButOne.OutcomeCase);
        Assert.Equal(SuppressionReason.DifferencingRisk, allButOne.Suppression.Reason);
        Assert.Empty(allButOne.Rows);
        Assert.Equal(6, allAgain.Figures.DistrictCount); // asking an answered group again is fine

        var recorded = await fixture.QueryAsync(db => Task.FromResult(db.AnsweredGroups.Count(g => g.ViewerKey == $"district/{five[0].Id}" && g.TargetId == topic.TargetId("PCT"))));
        Assert.Equal(1, recorded);
    }

    [Fact]
    public async Task All_but_one_first_then_all_members_is_refused_too_but_staff_see_both()
    {
        var topic = await fixture.OpenTopicAsync();
        var five = await fixture.MembersAsync(5);
        var lone = await fixture.MembersAsync(1);
        await fixture.AcceptPctAsync(topic, [.. five.Concat(lone).Select((m, i) => (m, (decimal)(i * 10)))]);
        var lead = fixture.LeadOf(five[0].Id);

        var allButOne = await lead.CompareTargetAsync(ApiScenario.Compare(topic, scope: ApiScenario.InState(five[0].State)));
        var all = await lead.CompareTargetAsync(ApiScenario.Compare(topic));
        var staffAllButOne = await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic, scope: ApiScenario.InState(five[0].State)));
        var staffAll = await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal(5, allButOne.Figures.DistrictCount);
        Assert.Equal(SuppressionReason.DifferencingRisk, all.Suppression.Reason);
        Assert.Equal((5, 6), (staffAllButOne.Figures.DistrictCount, staffAll.Figures.DistrictCount));
    }

    [Fact]
    public async Task Another_district_keeps_its_own_memory()
    {
        var topic = await fixture.OpenTopicAsync();
        var five = await fixture.MembersAsync(5);
        var lone = await fixture.MembersAsync(1);
        await fixture.AcceptPctAsync(topic, [.. five.Concat(lone).Select((m, i) => (m, (decimal)(i * 10)))]);

        await fixture.LeadOf(five[0].Id).CompareTargetAsync(ApiScenario.Compare(topic));
        var other = await fixture.LeadOf(five[1].Id).CompareTargetAsync(ApiScenario.Compare(topic, scope: ApiScenario.InState(five[0].State)));

        Assert.Equal(5, other.Figures.DistrictCount);
    }

    [Fact]
    public async Task Concurrent_overlapping_requests_cannot_both_pass_the_guard()
    {
        for (var round = 0; round < 2; round++)
        {
            var topic = await fixture.OpenTopicAsync();
            var five = await fixture.MembersAsync(5);
            var lone = await fixture.MembersAsync(1);
            await fixture.AcceptPctAsync(topic, [.. five.Concat(lone).Select((m, i) => (m, (decimal)(i * 10)))]);
            var lead = fixture.LeadOf(five[0].Id);

            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => lead.CompareTargetAsync(
                i % 2 == 0 ? ApiScenario.Compare(topic) : ApiScenario.Compare(topic, scope: ApiScenario.InState(five[0].State))).ResponseAsync));

            // Whichever came first wins; the other group is refused every time, never answered too.
            var answeredSizes = answers.Where(a => a.OutcomeCase == CompareTargetResponse.OutcomeOneofCase.Figures).Select(a => a.Figures.DistrictCount).Distinct();
            Assert.Single(answeredSizes);
            Assert.Equal(4, answers.Count(a => a.OutcomeCase == CompareTargetResponse.OutcomeOneofCase.Suppression));
        }
    }
}
