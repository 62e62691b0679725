using Consortium.Contracts.Events.Topics.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Topics.V1;
using Consortium.Hosting;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Testing;
using Consortium.Testing.Services;
using Consortium.Topics.Data;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.Topics.Tests.Api;

/// <summary>
/// The Topics service running against its own database and virtual host, with an event collector
/// listening like Submissions would, clients per role, and builders of valid requests. The cycle
/// scheduler checks every second, so windows a few seconds ahead open and close during a test.
/// </summary>
public sealed class TopicsServiceFixture(TestInfrastructure servers) : IAsyncLifetime
{
    public static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);

    private int _nextHalf;
    private ServiceUnderTest<Program>? _service;
    private EventCollector? _events;

    public ServiceUnderTest<Program> Service => _service ?? throw new InvalidOperationException("Not started.");

    public EventCollector Events => _events ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.TopicsDb);
        _service = new ServiceUnderTest<Program>(environment, new Dictionary<string, string?>
        {
            ["Topics:CycleScheduler:Interval"] = "00:00:01",
        });
        _events = await EventCollector.StartAsync(
            environment.MessagingConnectionString,
            typeof(CycleOpened), typeof(CycleClosed), typeof(ResultsPublished), typeof(TopicPublished), typeof(TopicRetired));
    }

    public async ValueTask DisposeAsync()
    {
        if (_events is not null)
        {
            await _events.DisposeAsync();
        }

        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    public TopicsService.TopicsServiceClient Client(string? token) => new(Service.Channel(token));

    public TopicsService.TopicsServiceClient Staff() => Client(Service.Tokens.Issue("staff-1", Roles.ConsortiumStaff));

    /// <summary>A district benchmark lead: a signed-in member who is not staff.</summary>
    public TopicsService.TopicsServiceClient Lead() => Client(Service.Tokens.Issue("lead-1", Roles.DistrictLead, Guid.NewGuid()));

    /// <summary>A cycle request for a school year and half no other cycle of this fixture uses.</summary>
    public CreateCycleRequest NewCycle(TimeSpan? opensIn = null, TimeSpan? closesIn = null)
    {
        var n = Interlocked.Increment(ref _nextHalf);
        var startYear = 2030 + (n / 2);
        var now = DateTimeOffset.UtcNow;
        return new CreateCycleRequest
        {
            SchoolYear = $"{startYear}-{(startYear + 1) % 100:00}",
            Half = n % 2 == 0 ? SchoolYearHalf.First : SchoolYearHalf.Second,
            Name = $"Cycle {n}",
            SubmissionOpensAt = Timestamp.FromDateTimeOffset(now + (opensIn ?? TimeSpan.FromDays(30))),
            SubmissionClosesAt = Timestamp.FromDateTimeOffset(now + (closesIn ?? TimeSpan.FromDays(60))),
        };
    }

    public async Task<Cycle> CreateCycleAsync(TimeSpan? opensIn = null, TimeSpan? closesIn = null) =>
        await Staff().CreateCycleAsync(NewCycle(opensIn, closesIn));

    public static CreateTopicRequest NewTopic(string cycleId, string title, params TargetDefinition[] targets)
    {
        var request = new CreateTopicRequest
        {
            CycleId = cycleId,
            Title = title,
            Description = "How students shape the courses they take.",
            FocusArea = "Student experience",
            WhyItMatters = "Students who help design courses engage more.",
            BenchmarkKinds = { BenchmarkKind.Practice, BenchmarkKind.Process },
        };
        request.Targets.AddRange(targets);
        return request;
    }

    public async Task<Topic> CreateTopicAsync(string cycleId, params TargetDefinition[] targets) =>
        await Staff().CreateTopicAsync(NewTopic(cycleId, $"Topic {Guid.NewGuid():N}"[..14], targets));

    /// <summary>A draft topic with targets, published.</summary>
    public async Task<Topic> PublishedTopicAsync(string cycleId, params TargetDefinition[] targets)
    {
        var topic = await CreateTopicAsync(cycleId, targets.Length > 0 ? targets : [Targets.Percentage()]);
        return await Staff().PublishTopicAsync(new PublishTopicRequest { TopicId = topic.TopicId });
    }

    /// <summary>Reads the service's database directly, to check what was (not) written.</summary>
    public async Task<T> QueryAsync<T>(Func<TopicsDbContext, Task<T>> query)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TopicsDbContext>());
    }

    public Task<int> CountOutboxAsync() => QueryAsync(db => db.Set<OutboxMessage>().CountAsync());

    public Task WaitForEventAsync<TEvent>(Func<TEvent, bool> match, string description)
        where TEvent : Consortium.Contracts.Events.IntegrationEvent =>
        Events.WaitUntilAsync(events => events.Received<TEvent>().Any(match), EventTimeout, description);
}
