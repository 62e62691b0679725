using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Topics.V1;
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
    // Values the lead cannot tie to a name: what the guard protects (a named value is shown with
    // its name anyway, ADR 19). Anonymous rather than private, so that fewer than k of them still
    // count in "all members" (private ones would be left out by complementary suppression).
    private const SharingPreferenceV1 Unnamed = SharingPreferenceV1.Anonymous;

    [Fact]
    public async Task All_members_then_all_but_one_through_a_filter_is_refused()
    {
        var topic = await fixture.OpenTopicAsync();
        var six = await fixture.MembersAsync(6, sharing: Unnamed);
        var lone = await fixture.MembersAsync(1, sharing: Unnamed);
        await fixture.AcceptPctAsync(topic, [.. six.Concat(lone).Select((m, i) => (m, (decimal)(i * 10)))]);
        var lead = fixture.LeadOf(six[0].Id);

        var all = await lead.CompareTargetAsync(ApiScenario.Compare(topic));
        var allButOne = await lead.CompareTargetAsync(ApiScenario.Compare(topic, scope: ApiScenario.InState(six[0].State)));
        var allAgain = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal(7, all.Figures.DistrictCount);
        Assert.Equal(CompareTargetResponse.OutcomeOneofCase.Suppression, allButOne.OutcomeCase);
        Assert.Equal(SuppressionReason.DifferencingRisk, allButOne.Suppression.Reason);
        Assert.Empty(allButOne.Rows);
        Assert.Equal(7, allAgain.Figures.DistrictCount); // asking an answered group again is fine

        var recorded = await fixture.QueryAsync(db => Task.FromResult(db.AnsweredGroups.Count(g => g.ViewerKey == $"district/{six[0].Id}" && g.TargetId == topic.TargetId("PCT"))));
        Assert.Equal(1, recorded);
    }

    [Fact]
    public async Task All_but_one_first_then_all_members_is_refused_too_but_staff_see_both()
    {
        var topic = await fixture.OpenTopicAsync();
        var six = await fixture.MembersAsync(6, sharing: Unnamed);
        var lone = await fixture.MembersAsync(1, sharing: Unnamed);
        await fixture.AcceptPctAsync(topic, [.. six.Concat(lone).Select((m, i) => (m, (decimal)(i * 10)))]);
        var lead = fixture.LeadOf(six[0].Id);

        var allButOne = await lead.CompareTargetAsync(ApiScenario.Compare(topic, scope: ApiScenario.InState(six[0].State)));
        var all = await lead.CompareTargetAsync(ApiScenario.Compare(topic));
        var staffAllButOne = await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic, scope: ApiScenario.InState(six[0].State)));
        var staffAll = await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic));

        // "All members" would single out the seventh district: the answer falls back to the six
        // already seen, and says so (not how many it leaves out); the seven are never answered together.
        Assert.Equal(6, allButOne.Figures.DistrictCount);
        Assert.Equal(6, all.Figures.DistrictCount);
        Assert.Equal((6, 0), (all.EarlierGroup.DistrictCount, all.EarlierGroup.LeftOutCount));
        Assert.Equal(allButOne.Figures, all.Figures);
        Assert.Equal((6, 7), (staffAllButOne.Figures.DistrictCount, staffAll.Figures.DistrictCount));
        Assert.Null(staffAll.EarlierGroup);
    }

    [Fact]
    public async Task A_lead_keeps_seeing_the_districts_it_saw_while_fewer_than_k_more_submit_then_sees_all()
    {
        var topic = await fixture.OpenTopicAsync();
        var members = await fixture.MembersAsync(11, sharing: Unnamed);
        await fixture.AcceptPctAsync(topic, [.. members.Take(6).Select((m, i) => (m, (decimal)(i * 10)))]);
        var lead = fixture.LeadOf(members[0].Id);
        var first = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        await fixture.AcceptPctAsync(topic, [(members[6], 90m)]);
        await StaffSeesAsync(topic, 7);
        var second = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        await fixture.AcceptPctAsync(topic, [.. members.Skip(7).Select(m => (m, 50m))]);
        await StaffSeesAsync(topic, 11);
        var third = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal(6, first.Figures.DistrictCount);
        Assert.Null(first.EarlierGroup);

        // One newcomer: the six seen before, unchanged, never the seven (that would give away the
        // newcomer's 90); the newcomer's row is not listed either, nor how many are left out.
        Assert.Equal(first.Figures, second.Figures);
        Assert.Equal((6, 0), (second.EarlierGroup.DistrictCount, second.EarlierGroup.LeftOutCount));
        Assert.Contains("6 districts you compared with before", second.EarlierGroup.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Rows, row => row.Named?.DistrictId == members[6].Id.ToString());
        Assert.DoesNotContain(second.Rows, row => (row.Named?.Value ?? row.Anonymous?.Value)?.Number() == 90m);

        // Five newcomers together are as many as k: all eleven are answered.
        Assert.Equal(11, third.Figures.DistrictCount);
        Assert.Null(third.EarlierGroup);
    }

    [Fact]
    public async Task A_newcomer_that_shares_by_name_is_counted_at_once()
    {
        var topic = await fixture.OpenTopicAsync();
        var six = await fixture.MembersAsync(6, sharing: Unnamed);
        var named = await fixture.MembersAsync(1);
        await fixture.AcceptPctAsync(topic, [.. six.Select((m, i) => (m, (decimal)(i * 10)))]);
        var lead = fixture.LeadOf(six[0].Id);
        var before = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        await fixture.AcceptPctAsync(topic, [(named[0], 90m)]);
        await StaffSeesAsync(topic, 7);
        var after = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        // Its value is listed with its name: the difference of the two answers tells nothing more.
        Assert.Equal(6, before.Figures.DistrictCount);
        Assert.Equal(7, after.Figures.DistrictCount);
        Assert.Null(after.EarlierGroup);
        Assert.Contains(after.Rows, row => row.Named?.DistrictId == named[0].Id.ToString());
    }

    private async Task StaffSeesAsync(TopicPublished topic, int districts)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while ((await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic))).Figures?.DistrictCount != districts)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Staff never saw {districts} districts.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Another_district_keeps_its_own_memory()
    {
        var topic = await fixture.OpenTopicAsync();
        var six = await fixture.MembersAsync(6, sharing: Unnamed);
        var lone = await fixture.MembersAsync(1, sharing: Unnamed);
        await fixture.AcceptPctAsync(topic, [.. six.Concat(lone).Select((m, i) => (m, (decimal)(i * 10)))]);

        await fixture.LeadOf(six[0].Id).CompareTargetAsync(ApiScenario.Compare(topic));
        var other = await fixture.LeadOf(six[1].Id).CompareTargetAsync(ApiScenario.Compare(topic, scope: ApiScenario.InState(six[0].State)));

        Assert.Equal(6, other.Figures.DistrictCount);
    }

    [Fact]
    public async Task Concurrent_overlapping_requests_cannot_both_pass_the_guard()
    {
        for (var round = 0; round < 2; round++)
        {
            var topic = await fixture.OpenTopicAsync();
            var six = await fixture.MembersAsync(6, sharing: Unnamed);
            var lone = await fixture.MembersAsync(1, sharing: Unnamed);
            await fixture.AcceptPctAsync(topic, [.. six.Concat(lone).Select((m, i) => (m, (decimal)(i * 10)))]);
            var lead = fixture.LeadOf(six[0].Id);

            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => lead.CompareTargetAsync(
                i % 2 == 0 ? ApiScenario.Compare(topic) : ApiScenario.Compare(topic, scope: ApiScenario.InState(six[0].State))).ResponseAsync));

            // Whichever came first wins; the other group is refused every time (or answered over the
            // first, when that lies inside it), never answered too.
            var answeredSizes = answers.Where(a => a.OutcomeCase == CompareTargetResponse.OutcomeOneofCase.Figures).Select(a => a.Figures.DistrictCount).Distinct();
            Assert.Single(answeredSizes);
            Assert.Equal(4, answers.Count(a => a.OutcomeCase == CompareTargetResponse.OutcomeOneofCase.Suppression || a.EarlierGroup is not null));
        }
    }
}
