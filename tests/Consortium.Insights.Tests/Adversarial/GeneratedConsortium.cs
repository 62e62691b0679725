using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Insights.Tests.Api;
using Xunit;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>One generated member: its id, its sharing choice and its value for the topic's PCT target.</summary>
public sealed record GeneratedMember(Guid Id, SharingPreferenceV1 Sharing, decimal Value);

/// <summary>
/// A random consortium for one seed, built through the real broker: its own topic and state (so
/// "all members" and the state filter are exactly its members), a size, sharing choices and PCT
/// values (0–100, one decimal) drawn from the seed, and the attacking district (one that shares by
/// name, so nothing it sees is held back because of its own choice).
/// </summary>
public sealed class GeneratedConsortium
{
    private GeneratedConsortium(TopicPublished topic, string state, IReadOnlyList<GeneratedMember> members, GeneratedMember attacker)
    {
        (Topic, State, Members, Attacker) = (topic, state, members, attacker);
    }

    /// <summary>The seeds every property runs over.</summary>
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6];

    public TopicPublished Topic { get; }

    public string State { get; }

    public IReadOnlyList<GeneratedMember> Members { get; }

    public GeneratedMember Attacker { get; }

    public IEnumerable<GeneratedMember> Others => Members.Where(m => m.Id != Attacker.Id);

    /// <summary>
    /// <paramref name="size"/> members when given, else between <paramref name="min"/> and
    /// <paramref name="max"/>; each named, anonymous or private at random, the attacker named.
    /// </summary>
    /// <param name="privateOthers">When given, exactly this many of the others keep their values private (the rest named or anonymous at random).</param>
    public static async Task<GeneratedConsortium> CreateAsync(
        InsightsServiceFixture fixture, int seed, int min = 5, int max = 14, int? size = null, int? privateOthers = null)
    {
        var random = new Random(seed);
        var count = size ?? random.Next(min, max + 1);
        SharingPreferenceV1[] choices = privateOthers is null
            ? [SharingPreferenceV1.Named, SharingPreferenceV1.Anonymous, SharingPreferenceV1.Private]
            : [SharingPreferenceV1.Named, SharingPreferenceV1.Anonymous];
        var sharing = Enumerable.Range(0, count)
            .Select(i => i == 0 ? SharingPreferenceV1.Named : i <= (privateOthers ?? 0) ? SharingPreferenceV1.Private : choices[random.Next(choices.Length)])
            .ToArray();
        var values = Enumerable.Range(0, count).Select(_ => random.Next(0, 1001) / 10m).ToArray();

        var topic = await fixture.OpenTopicAsync();
        var joined = await fixture.MembersAsync(count, sharing: sharing);
        var members = joined.Select((m, i) => new GeneratedMember(m.Id, m.Sharing, values[i])).ToList();
        await fixture.AcceptPctAsync(topic, [.. joined.Select((m, i) => (m, values[i]))]);
        return new GeneratedConsortium(topic, joined[0].State, members, members[0]);
    }
}

/// <summary>Waits that the adversarial tests share.</summary>
public static class AdversarialScenario
{
    /// <summary>
    /// Polls until staff see <paramref name="districts"/> values in the topic's PCT comparison: an
    /// applied event bumps the cached answers' generation just after its transaction commits.
    /// </summary>
    public static Task StaffSeesAsync(this InsightsServiceFixture fixture, TopicPublished topic, int districts) =>
        InsightsServiceFixture.WaitUntilAsync(
            async () => (await fixture.Staff().CompareTargetAsync(ApiScenario.Compare(topic))).Figures?.DistrictCount == districts,
            $"staff see {districts} districts");
}
