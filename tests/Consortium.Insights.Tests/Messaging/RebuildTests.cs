using Consortium.Contracts.Events;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Projections;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Consortium.Insights.Tests.Messaging.ReadModelTests;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>
/// The incremental read model against the full computation: generated review histories go through
/// the broker in shuffled order (late, out of order, consumed concurrently), and the distributions
/// they leave equal both an independent model of the final submissions and what the full rebuild
/// derives from scratch, which then finds nothing to correct. A drifted row is corrected.
/// </summary>
public sealed class RebuildTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    private static readonly string[] NumericTargets = ["PCT", "STAGE", "POLICY"];

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Generated_histories_leave_the_distributions_the_full_rebuild_computes(int seed)
    {
        var random = new Random(seed);
        var topic = await fixture.OpenTopicAsync();
        var districts = new List<DistrictJoined>();
        for (var i = 0; i < 8; i++)
        {
            districts.Add(await fixture.JoinDistrictAsync());
        }

        var history = new List<IntegrationEvent>();
        var finalSubmissions = new Dictionary<Guid, SubmissionEvent>();
        var finalMembership = new Dictionary<Guid, MembershipStatusV1>();
        var submissions = districts.SelectMany(d => Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (District: d.DistrictId, Id: Guid.CreateVersion7()))).ToList();
        var versions = submissions.ToDictionary(s => s.Id, _ => 0);
        var districtVersions = districts.ToDictionary(d => d.DistrictId, _ => 1);
        for (var i = 0; i < 80; i++)
        {
            if (random.Next(10) == 0)
            {
                // A member withdraws or is reinstated: its values leave or come back.
                var district = districts[random.Next(districts.Count)].DistrictId;
                var from = finalMembership.GetValueOrDefault(district, MembershipStatusV1.Active);
                var to = from == MembershipStatusV1.Withdrawn ? MembershipStatusV1.Active : MembershipStatusV1.Withdrawn;
                history.Add(ContractEvents.MembershipChanged(district, ++districtVersions[district], from, to));
                finalMembership[district] = to;
                continue;
            }

            var (districtId, submissionId) = submissions[random.Next(submissions.Count)];
            var version = ++versions[submissionId];
            SubmissionEvent review = random.Next(6) switch
            {
                0 => ContractEvents.Returned(submissionId, version, districtId, topic),
                1 => ContractEvents.Withdrawn(submissionId, version, districtId, topic),
                2 => ContractEvents.Submitted(submissionId, version, districtId, topic, Answers(random, topic)),
                _ => ContractEvents.Accepted(submissionId, version, districtId, topic, (VisibilityV1)random.Next(1, 4), Answers(random, topic)),
            };
            history.Add(review);
            finalSubmissions[submissionId] = review;
        }

        // Shuffled: newer versions often arrive before older ones, which must then change nothing.
        await fixture.PublishAndWaitAsync([.. history.OrderBy(_ => random.Next())]);

        // Applied in batches (ADR 40): events claimed by one statement share their claim's instant.
        var ids = history.Select(e => e.EventId).ToArray();
        var claims = await fixture.QueryAsync(db => db.Set<InboxMessage>().Where(m => ids.Contains(m.MessageId)).Select(m => m.ProcessedAt).ToListAsync());
        Assert.True(claims.Distinct().Count() < claims.Count, "No two events of the history were applied in one batch.");

        foreach (var code in NumericTargets)
        {
            Assert.Equal(Expected(code, topic, finalSubmissions.Values, finalMembership), (await fixture.DistributionAsync(Target(topic, code)))!.SortedValues);
        }

        var before = await DistributionsAsync(topic);
        Assert.Equal(0, await RebuildAsync());
        Assert.Equal(before, await DistributionsAsync(topic));
    }

    [Fact]
    public async Task A_drifted_contribution_is_corrected_by_the_rebuild_and_its_generation_moves()
    {
        var topic = await fixture.OpenTopicAsync();
        var first = await fixture.JoinDistrictAsync();
        var second = await fixture.JoinDistrictAsync();
        await fixture.AcceptAsync(first.DistrictId, topic, values: [ContractEvents.Answer(topic, "PCT", 20m), ContractEvents.Answer(topic, "POLICY", true)]);
        await fixture.AcceptAsync(second.DistrictId, topic, values: ContractEvents.Answer(topic, "PCT", 80m));
        var (percentage, policy) = (Target(topic, "PCT"), Target(topic, "POLICY"));
        await fixture.QueryAsync(async db =>
        {
            await db.Contributions.Where(c => c.TargetId == percentage && c.DistrictId == second.DistrictId).ExecuteUpdateAsync(c => c.SetProperty(r => r.Value, 99m));
            return await db.Contributions.Where(c => c.TargetId == policy).ExecuteDeleteAsync();
        });
        Assert.Equal([20m, 99m], (await fixture.DistributionAsync(percentage))!.SortedValues);
        var generation = await fixture.Generations.GetAsync(CacheGenerations.Target(percentage));

        Assert.Equal(2, await RebuildAsync());

        Assert.Equal([20m, 80m], (await fixture.DistributionAsync(percentage))!.SortedValues);
        Assert.Equal([1m], (await fixture.DistributionAsync(policy))!.SortedValues);
        Assert.True(await fixture.Generations.GetAsync(CacheGenerations.Target(percentage)) > generation);
        Assert.Equal(0, await RebuildAsync());
    }

    private async Task<int> RebuildAsync()
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReadModelRebuild>().RunAsync(TestContext.Current.CancellationToken);
    }

    private async Task<List<decimal[]>> DistributionsAsync(TopicPublished topic)
    {
        var distributions = new List<decimal[]>();
        foreach (var code in NumericTargets)
        {
            distributions.Add((await fixture.DistributionAsync(Target(topic, code)))!.SortedValues);
        }

        return distributions;
    }

    private static TargetValueV1[] Answers(Random random, TopicPublished topic) =>
    [
        .. new (string Code, object Value)[]
        {
            ("PCT", random.Next(0, 9) * 12.5m),
            ("STAGE", random.Next(1, 4)),
            ("POLICY", random.Next(2) == 0),
            ("NOTES", "Why we do it this way."),
        }
        .Where(_ => random.Next(4) != 0)
        .Select(answer => ContractEvents.Answer(topic, answer.Code, answer.Value)),
    ];

    // An independent model of the final state: per counting district and target, the value of its
    // most recently accepted submission (the newest version of each submission decides whether it is).
    private static decimal[] Expected(
        string code, TopicPublished topic, IEnumerable<SubmissionEvent> finalSubmissions, Dictionary<Guid, MembershipStatusV1> membership)
    {
        var target = Target(topic, code);
        return [.. finalSubmissions
            .OfType<SubmissionAccepted>()
            .Where(s => membership.GetValueOrDefault(s.DistrictId, MembershipStatusV1.Active) != MembershipStatusV1.Withdrawn)
            .Where(s => s.Values.Any(v => v.TargetId == target))
            .GroupBy(s => s.DistrictId)
            .Select(g => g.OrderBy(s => s.OccurredAt).ThenBy(s => s.SubmissionId).Last())
            .Select(s => s.Values.Single(v => v.TargetId == target))
            .Select(v => v.Number ?? v.RubricRank ?? (v.YesNo == true ? 1m : 0m))
            .Order()];
    }
}
