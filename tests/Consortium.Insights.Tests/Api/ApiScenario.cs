using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Messaging;
using Roles = Consortium.Contracts.Security.Roles;

namespace Consortium.Insights.Tests.Api;

/// <summary>A member built for a test: its id, the state it was placed in, and its sharing choice.</summary>
public sealed record Member(Guid Id, string State, SharingPreferenceV1 Sharing);

/// <summary>
/// Builds read-model state for API tests through the real broker (the fixture waits until each
/// event is applied), and clients per role. Tests in one class share a database, so each
/// scenario isolates itself: its own topic (so "all members" of a target are only the districts
/// that answered it) and its own state code (so filters match only its districts).
/// </summary>
public static class ApiScenario
{
    private static int _nextState = 26; // "BA", "BB", … never a real state code used elsewhere in tests ("WA")

    /// <summary>A two-letter state code no other scenario in this test run uses.</summary>
    public static string NewState()
    {
        var n = Interlocked.Increment(ref _nextState);
        return $"{(char)('A' + (n / 26 % 26))}{(char)('A' + (n % 26))}";
    }

    public static InsightsService.InsightsServiceClient Staff(this InsightsServiceFixture fixture) =>
        new(fixture.Service.Channel(fixture.Service.Tokens.Issue("staff-1", Roles.ConsortiumStaff)));

    public static InsightsService.InsightsServiceClient LeadOf(this InsightsServiceFixture fixture, Guid districtId) =>
        new(fixture.Service.Channel(fixture.Service.Tokens.Issue($"lead-{districtId}", Roles.DistrictLead, districtId)));

    /// <summary>Members that joined with a profile, in <paramref name="state"/>; each gets the next sharing choice in turn (Named when none).</summary>
    public static async Task<List<Member>> MembersAsync(
        this InsightsServiceFixture fixture, int count, string? state = null, int localeCode = 21, int enrollment = 12_000, params SharingPreferenceV1[] sharing)
    {
        state ??= NewState();
        var members = new List<Member>();
        var events = new List<Contracts.Events.IntegrationEvent>();
        for (var i = 0; i < count; i++)
        {
            var choice = sharing.Length == 0 ? SharingPreferenceV1.Named : sharing[i % sharing.Length];
            var joined = ContractEvents.DistrictJoined(Guid.CreateVersion7(), sharing: choice, localeCode: localeCode) with { State = state };
            events.Add(joined);
            events.Add(ContractEvents.ProfileUpdated(joined.DistrictId, enrollment: enrollment));
            members.Add(new Member(joined.DistrictId, state, choice));
        }

        await fixture.PublishAndWaitAsync([.. events]);
        return members;
    }

    /// <summary>Accepted submissions on <paramref name="topic"/>, one per member, with the PCT value given.</summary>
    public static async Task AcceptPctAsync(this InsightsServiceFixture fixture, TopicPublished topic, IReadOnlyList<(Member Member, decimal Pct)> values, VisibilityV1? visibility = null)
    {
        await fixture.PublishAndWaitAsync([.. values.Select(v => (Contracts.Events.IntegrationEvent)ContractEvents.Accepted(
            Guid.CreateVersion7(), 3, v.Member.Id, topic, visibility ?? (VisibilityV1)(int)v.Member.Sharing, ContractEvents.Answer(topic, "PCT", v.Pct)))]);
    }

    public static Guid TargetId(this TopicPublished topic, string code) => topic.Targets.Single(t => t.Code == code).TargetId;

    public static CompareTargetRequest Compare(TopicPublished topic, string code = "PCT", Guid? asDistrict = null, ComparisonScope? scope = null) => new()
    {
        CycleId = topic.CycleId.ToString(),
        TargetId = topic.TargetId(code).ToString(),
        DistrictId = asDistrict?.ToString() ?? string.Empty,
        Scope = scope,
    };

    public static ComparisonScope InState(string state) => new() { Filter = new PeerFilter { State = state } };

    public static decimal Number(this Google.Type.Decimal value) => decimal.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture);
}
