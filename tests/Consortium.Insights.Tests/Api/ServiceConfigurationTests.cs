using System.Diagnostics;
using Consortium.Contracts.Insights.V1;
using Consortium.Hosting;
using Consortium.Insights.Data;
using Consortium.Insights.Tests.Messaging;
using Consortium.Testing;
using Consortium.Testing.Services;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Roles = Consortium.Contracts.Security.Roles;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// The service started with other settings than the shared fixture's: a consortium's own k, and
/// Redis unreachable (the cache is an optimisation, never a dependency: answers are computed from
/// PostgreSQL).
/// </summary>
public sealed class ServiceConfigurationTests(TestInfrastructure servers)
{
    [Fact]
    public async Task Answers_are_computed_from_the_database_when_Redis_is_down()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.InsightsDb);
        // Port 1 never answers; short timeouts so the consumers' generation bumps fail fast.
        await using var service = new ServiceUnderTest<Program>(environment with { RedisConnectionString = "127.0.0.1:1,connectTimeout=200,asyncTimeout=300,syncTimeout=300" });
        var (topic, staff) = await FiveAnswersAsync(service, environment);

        var answer = await staff.CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal((5, 20m), (answer.Figures.DistrictCount, answer.Figures.Numeric.Median.Number()));
    }

    [Fact]
    public async Task A_consortium_sets_its_own_floor()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.InsightsDb);
        await using var service = new ServiceUnderTest<Program>(environment, new Dictionary<string, string?> { ["Insights:SuppressionFloor"] = "6" });
        var (topic, staff) = await FiveAnswersAsync(service, environment);

        var answer = await staff.CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal(SuppressionReason.TooFewDistricts, answer.Suppression.Reason);
        Assert.Contains("Fewer than 6", answer.Suppression.Explanation, StringComparison.Ordinal);
    }

    /// <summary>Five districts with accepted PCT values 0, 10, 20, 30, 40 on a fresh topic, applied.</summary>
    private static async Task<(Contracts.Events.Topics.V1.TopicPublished Topic, InsightsService.InsightsServiceClient Staff)> FiveAnswersAsync(
        ServiceUnderTest<Program> service, ServiceEnvironment environment)
    {
        await service.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        await using var publisher = await EventPublisher.StartAsync(environment.MessagingConnectionString);

        var cycle = ContractEvents.CycleOpened(Guid.CreateVersion7());
        var topic = ContractEvents.Topic(cycle.CycleId);
        await publisher.PublishAsync(cycle);
        await publisher.PublishAsync(topic);
        var districts = Enumerable.Range(0, 5).Select(_ => ContractEvents.DistrictJoined(Guid.CreateVersion7())).ToList();
        foreach (var joined in districts)
        {
            await publisher.PublishAsync(joined);
        }

        await WaitAsync(service, db => db.Districts.CountAsync(d => d.Joined), 5);
        await WaitAsync(service, db => db.Targets.CountAsync(t => t.TopicId == topic.TopicId), topic.Targets.Count);
        foreach (var (joined, i) in districts.Select((d, i) => (d, i)))
        {
            await publisher.PublishAsync(ContractEvents.Accepted(Guid.CreateVersion7(), 3, joined.DistrictId, topic, Contracts.Events.Submissions.V1.VisibilityV1.Named, ContractEvents.Answer(topic, "PCT", (decimal)(i * 10))));
        }

        await WaitAsync(service, db => db.Contributions.CountAsync(c => c.TopicId == topic.TopicId), 5);
        return (topic, new InsightsService.InsightsServiceClient(service.Channel(service.Tokens.Issue("staff-1", Roles.ConsortiumStaff))));
    }

    private static async Task WaitAsync(ServiceUnderTest<Program> service, Func<InsightsDbContext, Task<int>> count, int expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = service.Services.CreateAsyncScope();
            if (await count(scope.ServiceProvider.GetRequiredService<InsightsDbContext>()) >= expected)
            {
                return;
            }

            if (clock.Elapsed > InsightsServiceFixture.Timeout)
            {
                throw new TimeoutException($"The read model did not reach {expected} in {InsightsServiceFixture.Timeout}.");
            }

            await Task.Delay(50);
        }
    }
}
