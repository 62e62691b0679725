using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

/// <summary>
/// The guard's atom rule against its definition read literally: members in exactly the same
/// answered groups form an atom; leaving out every member seen by name, a new group may be answered
/// when the hidden members fall into one part or into parts of at least k. Many random families of
/// overlapping groups, with names shown and viewers' own values, must get the same decision.
/// </summary>
public sealed class DifferencingRuleTests
{
    private static readonly SuppressionFloor Floor = new();

    [Fact]
    public void The_rule_decides_as_its_definition_on_random_families_of_groups()
    {
        var random = new Random(20261205);
        var decisions = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
        for (var family = 0; family < 2_000; family++)
        {
            var population = Enumerable.Range(0, random.Next(5, 40)).Select(_ => Guid.NewGuid()).ToArray();
            var groups = Enumerable.Range(0, random.Next(1, 7)).Select(_ => RandomGroup(random, population)).ToArray();
            var answered = groups[..^1];
            var candidate = groups[^1];

            var admitted = DifferencingGuard.Evaluate(answered, candidate, Floor) is null;

            Assert.Equal(ByDefinition(answered, candidate), admitted);
            decisions[admitted]++;
        }

        // Both outcomes occur often enough for the comparison to mean something.
        Assert.All(decisions.Values, count => Assert.True(count > 200, $"admitted/refused: {decisions[true]}/{decisions[false]}"));
    }

    [Fact]
    public void The_rule_decides_as_its_definition_on_large_nearly_equal_groups()
    {
        // The rush's shape: a state-wide group asked again and again while a few values at a time
        // come in or change, many of them shown by name, the viewer's own among them.
        var random = new Random(20261206);
        var decisions = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
        for (var family = 0; family < 150; family++)
        {
            var members = Enumerable.Range(0, random.Next(200, 1_500)).Select(_ => Guid.NewGuid()).ToList();
            var shown = members.Where(_ => random.NextDouble() < 0.4).ToHashSet();
            Guid? own = random.NextDouble() < 0.5 ? members[random.Next(members.Count)] : null;
            var groups = new List<AnsweredGroup>();
            for (var asked = random.Next(2, 12); asked > 0; asked--)
            {
                groups.Add(new AnsweredGroup(new MemberSet(members), new MemberSet(members.Where(shown.Contains)), own));
                for (var change = random.Next(0, 9); change > 0; change--)
                {
                    var next = Guid.NewGuid();
                    if (random.NextDouble() < 0.5 && members.Count > Floor.K)
                    {
                        members.RemoveAt(random.Next(members.Count));
                    }

                    members.Add(next);
                    if (random.NextDouble() < 0.4)
                    {
                        shown.Add(next);
                    }
                }
            }

            var answered = groups[..^1].ToArray();
            var candidate = groups[^1];

            var admitted = DifferencingGuard.Evaluate(answered, candidate, Floor) is null;

            Assert.Equal(ByDefinition(answered, candidate), admitted);
            decisions[admitted]++;
        }

        Assert.All(decisions.Values, count => Assert.True(count > 15, $"admitted/refused: {decisions[true]}/{decisions[false]}"));
    }

    [Fact]
    public void The_viewers_own_value_is_no_cover()
    {
        var all = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();
        var own = all[0];
        var answered = new AnsweredGroup(new MemberSet(all), MemberSet.Empty, own);

        Assert.Null(DifferencingGuard.Evaluate([answered], AnsweredGroup.AllHidden(new MemberSet(all.Skip(1))), Floor));
        Assert.NotNull(DifferencingGuard.Evaluate([AnsweredGroup.AllHidden(new MemberSet(all))], AnsweredGroup.AllHidden(new MemberSet(all.Skip(1))), Floor));
    }

    private static AnsweredGroup RandomGroup(Random random, Guid[] population)
    {
        var members = population.Where(_ => random.NextDouble() < 0.7).ToArray();
        if (members.Length < Floor.K)
        {
            members = population;
        }

        // Mostly the group's own members; now and then a district shown in another answer.
        var shown = members.Where(_ => random.NextDouble() < 0.1).Concat(population.Where(_ => random.NextDouble() < 0.03)).Distinct();
        Guid? own = random.NextDouble() < 0.3 ? members[random.Next(members.Length)] : null;
        return new AnsweredGroup(new MemberSet(members), new MemberSet(shown), own);
    }

    private static bool ByDefinition(AnsweredGroup[] answered, AnsweredGroup candidate)
    {
        if (answered.Any(group => group.Members.Equals(candidate.Members)))
        {
            return true;
        }

        AnsweredGroup[] groups = [.. answered, candidate];
        var hidden = groups.SelectMany(group => group.Members.Members).Distinct()
            .Where(member => !groups.Any(group => group.IsKnown(member)));
        var parts = hidden
            .GroupBy(member => string.Concat(groups.Select(group => group.Members.Contains(member) ? '1' : '0')))
            .Select(atom => atom.Count())
            .ToList();
        return parts.Count <= 1 || parts.Min() >= Floor.K;
    }
}
