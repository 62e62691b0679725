using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Tests.Messaging;
using Xunit;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// After a change to some districts' values, the next "all members" comparison reads only those
/// districts (the target's change log) and applies them to the values it prepared before. Whatever
/// the sequence of acceptances, revisions and withdrawals, the answer is what the submissions say.
/// </summary>
public sealed class CatchUpTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task Each_change_is_logged_with_the_district_whose_value_it_changed()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(6);
        await fixture.AcceptPctAsync(topic, [.. m.Take(5).Select((x, i) => (x, (decimal)i))]);
        var target = CacheGenerations.Target(topic.TargetId("PCT"));
        var before = await fixture.Generations.GetAsync(target);

        await fixture.AcceptPctAsync(topic, [(m[5], 50m)]);

        var after = await fixture.Generations.GetAsync(target);
        Assert.Equal(before + 1, after);
        Assert.Equal([m[5].Id], await fixture.Generations.TryChangedDistrictsAsync(topic.TargetId("PCT"), before, after));
        Assert.Null(await fixture.Generations.TryChangedDistrictsAsync(topic.TargetId("PCT"), before - 2000, after)); // older than the log: read whole
    }

    [Fact]
    public async Task A_comparison_caught_up_change_by_change_equals_the_submissions()
    {
        var topic = await fixture.OpenTopicAsync();
        var m = await fixture.MembersAsync(12);
        var random = new Random(30);
        var values = new Dictionary<Guid, decimal>();
        var submissions = new Dictionary<Guid, (Guid Id, int Version)>();
        foreach (var member in m.Take(8))
        {
            await AcceptAsync(member.Id, random.Next(0, 101));
        }

        var staff = fixture.Staff();
        await AssertAnswerIsAsync();
        for (var round = 0; round < 16; round++)
        {
            var district = m[random.Next(m.Count)].Id;
            if (values.ContainsKey(district) && random.Next(3) == 0)
            {
                var (id, version) = submissions[district];
                await fixture.PublishAndWaitAsync(ContractEvents.Withdrawn(id, version + 1, district, topic));
                submissions[district] = (id, version + 1);
                values.Remove(district);
            }
            else
            {
                await AcceptAsync(district, random.Next(0, 101));
            }

            await AssertAnswerIsAsync();
        }

        async Task AcceptAsync(Guid district, decimal value)
        {
            // A revision is the same submission accepted again at a later version.
            var (id, version) = submissions.TryGetValue(district, out var held) && values.ContainsKey(district) ? (held.Id, held.Version + 1) : (Guid.CreateVersion7(), 3);
            await fixture.PublishAndWaitAsync(ContractEvents.Accepted(id, version, district, topic, VisibilityV1.Named, ContractEvents.Answer(topic, "PCT", value)));
            submissions[district] = (id, version);
            values[district] = value;
        }

        async Task AssertAnswerIsAsync()
        {
            // The generation moves just after the event's commit: allow the answer a moment to follow.
            var expected = values.OrderBy(v => v.Key).Select(v => (v.Key, v.Value)).ToList();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            List<(Guid, decimal)> shown;
            do
            {
                var answer = await staff.CompareTargetAsync(ApiScenario.Compare(topic));
                Assert.Equal(answer.Rows.Count, answer.Figures.DistrictCount);
                shown = [.. answer.Rows.Select(r => (Guid.Parse(r.Staff.DistrictId), r.Staff.Value.Number())).OrderBy(r => r.Item1)];
            }
            while (!shown.SequenceEqual(expected) && DateTime.UtcNow < deadline);

            Assert.Equal(expected, shown);
        }
    }
}
