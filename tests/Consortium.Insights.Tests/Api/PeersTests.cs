using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Messaging;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;
using static Consortium.Contracts.Events.Districts.V1.SharingPreferenceV1;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// GetPeerGroup and FindWhomToLearnFrom. Each scenario gives its districts a
/// distinctive context (locale, enrollment and poverty no other scenario uses), so their most
/// similar districts are each other whatever else the shared database holds.
/// </summary>
public sealed class PeersTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    private static int _signature;

    /// <summary>Districts with the same, distinctive context, so they are each other's nearest peers.</summary>
    private async Task<List<Member>> LookalikesAsync(params SharingPreferenceV1[] sharing)
    {
        var pct = 1m + Interlocked.Increment(ref _signature) * 13.7m;
        var state = ApiScenario.NewState();
        var members = new List<Member>();
        var events = new List<Contracts.Events.IntegrationEvent>();
        foreach (var choice in sharing)
        {
            var joined = ContractEvents.DistrictJoined(Guid.CreateVersion7(), sharing: choice, localeCode: 43) with { State = state };
            events.Add(joined);
            events.Add(ContractEvents.ProfileUpdated(joined.DistrictId, enrollment: 900) with { PctEconomicallyDisadvantaged = pct, PctEnglishLearners = pct / 2 });
            members.Add(new Member(joined.DistrictId, state, choice));
        }

        await fixture.PublishAndWaitAsync([.. events]);
        return members;
    }

    [Fact]
    public async Task A_peer_group_names_those_sharing_by_name_counts_the_rest_and_always_gives_N()
    {
        var m = await LookalikesAsync(Named, Named, Anonymous, Anonymous, Anonymous, Anonymous, Private);

        var peers = await fixture.LeadOf(m[0].Id).GetPeerGroupAsync(new GetPeerGroupRequest
        {
            Scope = new ComparisonScope { SimilarPeers = new SimilarPeers { Count = 6 } },
        });
        var byStaff = await fixture.Staff().GetPeerGroupAsync(new GetPeerGroupRequest
        {
            DistrictId = m[0].Id.ToString(),
            Scope = new ComparisonScope { SimilarPeers = new SimilarPeers { Count = 6 } },
        });

        Assert.Equal((6, 5, false), (peers.DistrictCount, peers.UnnamedCount, peers.CountsWithheld));
        var named = Assert.Single(peers.Peers);
        Assert.Equal(m[1].Id.ToString(), named.DistrictId);
        Assert.Equal(100d, named.Similarity); // identical context
        Assert.Equal((LocaleClass.Rural, SizeBand.Small, m[0].State), (named.LocaleClass, named.SizeBand, named.State));
        Assert.Equal(m.Skip(1).Select(x => x.Id.ToString()).Order(), byStaff.Peers.Select(p => p.DistrictId).Order());
    }

    [Fact]
    public async Task A_filter_group_lists_the_matching_districts_but_the_asker()
    {
        var m = await fixture.MembersAsync(7);

        var peers = await fixture.LeadOf(m[0].Id).GetPeerGroupAsync(new GetPeerGroupRequest { Scope = ApiScenario.InState(m[0].State), PageSize = 5 });
        var next = await fixture.LeadOf(m[0].Id).GetPeerGroupAsync(new GetPeerGroupRequest { Scope = ApiScenario.InState(m[0].State), PageSize = 5, PageToken = peers.NextPageToken });

        Assert.Equal((6, 0), (peers.DistrictCount, peers.UnnamedCount));
        Assert.Equal(
            m.Skip(1).Select(x => x.Id.ToString()).Order(),
            peers.Peers.Concat(next.Peers).Select(p => p.DistrictId).Order());
        Assert.Empty(next.NextPageToken);
        Assert.False(peers.Peers[0].HasSimilarity);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => fixture.LeadOf(m[0].Id).GetPeerGroupAsync(new GetPeerGroupRequest { DistrictId = m[1].Id.ToString() }).ResponseAsync);
        await RpcAssert.InvalidFields(
            () => fixture.LeadOf(m[0].Id).GetPeerGroupAsync(new GetPeerGroupRequest { Scope = new ComparisonScope { AllMembers = new AllMembers() } }).ResponseAsync,
            "scope.all_members");
    }

    [Fact]
    public async Task Whom_to_learn_from_lists_similar_districts_further_along_that_share_by_name()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await LookalikesAsync(Named, Named, Anonymous, Named);
        await fixture.AcceptPctAsync(topic, [(m[0], 30m), (m[1], 80m), (m[2], 90m), (m[3], 10m)]);

        var answer = await fixture.LeadOf(m[0].Id).FindWhomToLearnFromAsync(new FindWhomToLearnFromRequest { TopicId = topic.TopicId.ToString(), PeerCount = 3 });

        var learn = Assert.Single(answer.Districts);
        Assert.Equal(m[1].Id.ToString(), learn.DistrictId);
        Assert.Equal(("Student advisory councils", "Every high school runs a student advisory council."), (learn.Title, learn.NarrativeSummary));
        Assert.Equal(("Jane Rivera", "jrivera@example.org"), (learn.Contact.Name, learn.Contact.Email));
        Assert.Equal(["https://example.org/student-voice"], learn.EvidenceLinks);
        var better = Assert.Single(learn.BetterValues);
        Assert.Equal(("PCT", 80m, 30m), (better.TargetCode, better.Value.Number(), better.OwnValue.Number()));
        Assert.False(learn.HigherStage);
        Assert.Equal(100d, learn.Similarity);

        var audits = await fixture.Staff().ListReadAuditsAsync(new ListReadAuditsRequest { CallerDistrictId = m[0].Id.ToString() });
        Assert.Contains(audits.Audits, a => a.Operation == "FindWhomToLearnFrom" && a.RevealedDistrictIds.SequenceEqual([m[1].Id.ToString()]));
    }

    [Fact]
    public async Task Whom_to_learn_from_needs_the_askers_own_submission_first()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await LookalikesAsync(Named, Named);
        await fixture.AcceptPctAsync(topic, [(m[1], 80m)]);

        await RpcAssert.RuleViolated(
            () => fixture.LeadOf(m[0].Id).FindWhomToLearnFromAsync(new FindWhomToLearnFromRequest { TopicId = topic.TopicId.ToString() }).ResponseAsync,
            "GIVE_TO_GET");
        await RpcAssert.InvalidFields(
            () => fixture.Staff().FindWhomToLearnFromAsync(new FindWhomToLearnFromRequest { TopicId = "x", PeerCount = -1 }).ResponseAsync,
            "topic_id", "district_id", "peer_count");
    }
}
