using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Consortium.Contracts.Events;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Hosting;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Tests.Messaging;
using Consortium.Testing;
using Consortium.Testing.Services;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.Insights.Tests;

/// <summary>
/// The Insights service against its own database, virtual host and Redis key prefix, and a
/// publisher that plays Districts, Topics, Submissions and Pipeline (their contract events build
/// the read model through the real broker). Every helper that publishes waits until the service
/// has consumed the event (a consume observer on the service's bus), so tests never sleep.
/// </summary>
public sealed class InsightsServiceFixture(TestInfrastructure servers) : IAsyncLifetime
{
    /// <summary>How long an event may take to be applied before a test fails (generous: CI machines are slow).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    // Publishing by the static type (the abstract base) would reach no consumer.
    private static readonly MethodInfo PublishAsConcreteType = typeof(EventPublisher).GetMethod(nameof(EventPublisher.PublishAsync))!;

    private readonly ConsumedEvents _consumed = new();
    private ServiceUnderTest<Program>? _service;
    private EventPublisher? _publisher;
    private ConnectHandle? _observer;

    public ServiceUnderTest<Program> Service => _service ?? throw new InvalidOperationException("Not started.");

    public EventPublisher Publisher => _publisher ?? throw new InvalidOperationException("Not started.");

    /// <summary>Makes a named event's consumer commit and then fail, so the event is delivered again.</summary>
    public AcknowledgementsLost AcknowledgementsLost => Service.Services.GetRequiredService<AcknowledgementsLost>();

    /// <summary>The cache generation counters, as the consumers bump them and the API reads them.</summary>
    public CacheGenerations Generations => Service.Services.GetRequiredService<CacheGenerations>();

    public async ValueTask InitializeAsync()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.InsightsDb);
        _service = new ServiceUnderTest<Program>(environment, services: AcknowledgementsLost.Register);
        var bus = Service.Services.GetRequiredService<IBusControl>();
        // Consumers' queues must be bound before anything is published, or the first events are lost.
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        _observer = bus.ConnectConsumeObserver(_consumed);
        _publisher = await EventPublisher.StartAsync(environment.MessagingConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        _observer?.Disconnect();
        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }

        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    /// <summary>Reads the service's database directly.</summary>
    public async Task<T> QueryAsync<T>(Func<InsightsDbContext, Task<T>> query)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InsightsDbContext>());
    }

    /// <summary>Polls the service's database until <paramref name="condition"/> holds.</summary>
    public async Task WaitUntilAsync(Func<InsightsDbContext, Task<bool>> condition, string description)
    {
        var deadline = Stopwatch.StartNew();
        while (!await QueryAsync(condition))
        {
            if (deadline.Elapsed > Timeout)
            {
                throw new TimeoutException($"Timed out after {Timeout} waiting for: {description}. {_consumed.Describe()}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds (e.g. over Redis).</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string description)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (deadline.Elapsed > Timeout)
            {
                throw new TimeoutException($"Timed out after {Timeout} waiting for: {description}.");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Publishes the events (in order) and waits until the service has consumed each of them once more than before (its effect committed, stale or not).</summary>
    public async Task PublishAndWaitAsync(params IntegrationEvent[] events)
    {
        var expected = events.GroupBy(e => e.EventId).ToDictionary(g => g.Key, g => _consumed.Count(g.Key) + g.Count());
        foreach (var integrationEvent in events)
        {
            await PublishAsync(integrationEvent);
        }

        foreach (var (eventId, count) in expected)
        {
            await WaitUntilAsync(() => Task.FromResult(_consumed.Count(eventId) >= count), $"event {eventId} consumed {count} time(s). {_consumed.Describe()}");
        }
    }

    /// <summary>Publishes an event as its concrete contract type (the exchange consumers are bound to).</summary>
    public Task PublishAsync(IntegrationEvent integrationEvent) =>
        (Task)PublishAsConcreteType.MakeGenericMethod(integrationEvent.GetType()).Invoke(Publisher, [integrationEvent])!;

    /// <summary>A district that joined, applied.</summary>
    public async Task<DistrictJoined> JoinDistrictAsync(SharingPreferenceV1 sharing = SharingPreferenceV1.Named, int localeCode = 21)
    {
        var joined = ContractEvents.DistrictJoined(Guid.CreateVersion7(), sharing: sharing, localeCode: localeCode);
        await PublishAndWaitAsync(joined);
        return joined;
    }

    /// <summary>An open cycle with one published topic (see <see cref="ContractEvents.Topic"/>), applied.</summary>
    public async Task<TopicPublished> OpenTopicAsync()
    {
        var cycle = ContractEvents.CycleOpened(Guid.CreateVersion7());
        var topic = ContractEvents.Topic(cycle.CycleId);
        await PublishAndWaitAsync(cycle, topic);
        return topic;
    }

    /// <summary>A submission accepted with <paramref name="values"/>, applied.</summary>
    public async Task<SubmissionAccepted> AcceptAsync(
        Guid districtId, TopicPublished topic, Guid? submissionId = null, int version = 3, VisibilityV1 visibility = VisibilityV1.Named, params TargetValueV1[] values)
    {
        var accepted = ContractEvents.Accepted(submissionId ?? Guid.CreateVersion7(), version, districtId, topic, visibility, values);
        await PublishAndWaitAsync(accepted);
        return accepted;
    }

    /// <summary>
    /// A target's distribution as the read model keeps it: the contributions of the districts that
    /// count, in the (target_id, value) index order; null while the target is unknown or when it is text.
    /// </summary>
    public Task<TargetDistribution?> DistributionAsync(Guid targetId) =>
        QueryAsync(async db =>
        {
            var target = await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == targetId);
            if (target is null || target.MeasureType == Consortium.ServiceDefaults.Domain.Measures.MeasureType.Text)
            {
                return null;
            }

            var values = await (
                from contribution in db.Contributions.AsNoTracking()
                join district in db.Districts.AsNoTracking() on contribution.DistrictId equals district.Id
                where contribution.TargetId == targetId && district.Joined && district.MembershipStatus != MembershipStatusV1.Withdrawn
                orderby contribution.Value
                select contribution.Value).ToArrayAsync();
            return new TargetDistribution(target.MeasureType, values.Length, values.Count(v => v == 1m), values);
        });

    /// <summary>Records every message the service's consumers finished (or failed), by event id.</summary>
    private sealed class ConsumedEvents : IConsumeObserver
    {
        private readonly ConcurrentDictionary<Guid, int> _counts = new();
        private readonly ConcurrentQueue<string> _faults = new();

        public int Count(Guid eventId) => _counts.GetValueOrDefault(eventId);

        public string Describe() => _faults.IsEmpty ? "No consumer failed." : "Consumer failures: " + string.Join(" | ", _faults.Take(5));

        public Task PreConsume<T>(ConsumeContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context)
            where T : class
        {
            if (context.Message is IntegrationEvent integrationEvent)
            {
                _counts.AddOrUpdate(integrationEvent.EventId, 1, (_, count) => count + 1);
            }

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
            where T : class
        {
            _faults.Enqueue($"{typeof(T).Name}: {exception.GetType().Name}: {exception.Message}");
            return Task.CompletedTask;
        }
    }
}

/// <summary>A target's values over the districts that count, ascending, with their count and (yes/no) how many are 1.</summary>
public sealed record TargetDistribution(
    Consortium.ServiceDefaults.Domain.Measures.MeasureType MeasureType, int DistrictCount, int YesCount, decimal[] SortedValues);
