using System.Diagnostics;
using Consortium.Contracts.Events;

namespace Consortium.LoadGenerator.Seeding;

/// <summary>
/// Seeds the read model the only way Insights learns anything: contract events through the
/// broker. Each phase publishes its events concurrently and then waits until the read model
/// holds all of them, so its rate is end to end (broker, consumers, inbox, read-model writes,
/// precomputed distributions), not the publisher's.
/// </summary>
public sealed class Ingestion(InsightsUnderLoad insights, ConsortiumEvents events, TimeSpan timeout)
{
    private const int PublishConcurrency = 32;

    public async Task<IReadOnlyList<IngestionPhase>> RunAsync()
    {
        var districts = events.Districts;
        var submitters = events.Submitters.ToList();
        var comparable = events.ComparableTargets.ToList();
        var phases = new List<IngestionPhase>
        {
            await PhaseAsync(
                "district events (DistrictJoined + DistrictProfileUpdated)",
                [.. districts.SelectMany(d => new IntegrationEvent[] { ConsortiumEvents.Joined(d), ConsortiumEvents.Profile(d) })],
                async () => await insights.CountAsync("SELECT count(*) FROM districts WHERE joined") == districts.Count
                    && await insights.CountAsync("SELECT count(DISTINCT district_id) FROM district_profiles") == districts.Count),
            await PhaseAsync(
                "cycle and topic (CycleOpened + TopicPublished)",
                [events.Cycle, events.Topic],
                async () => await insights.CountAsync("SELECT count(*) FROM cycles") == 1
                    && await insights.CountAsync("SELECT count(*) FROM targets") == events.Topic.Targets.Count),
            await PhaseAsync(
                "accepted submissions (SubmissionAccepted)",
                [.. submitters.Select(d => events.Accepted(d, Guid.CreateVersion7()))],
                async () => await insights.CountAsync("SELECT count(*) FROM contributions") == submitters.Count * comparable.Count
                    && await insights.CountAsync($"SELECT count(*) FROM target_distributions WHERE district_count = {submitters.Count}") == comparable.Count),
        };
        return phases;
    }

    private async Task<IngestionPhase> PhaseAsync(string name, IReadOnlyList<IntegrationEvent> toPublish, Func<Task<bool>> applied)
    {
        Progress.Say($"publishing {toPublish.Count:N0} {name}");
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            toPublish,
            new ParallelOptions { MaxDegreeOfParallelism = PublishConcurrency },
            async (integrationEvent, _) => await PublishAsync(integrationEvent));
        var published = clock.Elapsed;
        Progress.Say($"published in {published.TotalSeconds:N1} s; waiting for the read model");

        var lastReport = Stopwatch.StartNew();
        while (!await applied())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The read model did not apply {toPublish.Count} {name} within {timeout}.");
            }

            if (lastReport.Elapsed > TimeSpan.FromSeconds(30))
            {
                Progress.Say($"  still applying {name} after {clock.Elapsed.TotalSeconds:N0} s");
                lastReport.Restart();
            }

            await Task.Delay(100);
        }

        var phase = new IngestionPhase(name, toPublish.Count, published, clock.Elapsed);
        Progress.Say($"applied {phase.Events:N0} events in {phase.Applied.TotalSeconds:N1} s = {phase.EventsPerSecond:N0} events/s");
        return phase;
    }

    // Publish<T> with the runtime type, so each event goes to its own exchange as the real publisher sends it.
    private Task PublishAsync(IntegrationEvent integrationEvent) => integrationEvent switch
    {
        Contracts.Events.Districts.V1.DistrictJoined e => insights.Publisher.PublishAsync(e),
        Contracts.Events.Districts.V1.DistrictProfileUpdated e => insights.Publisher.PublishAsync(e),
        Contracts.Events.Topics.V1.CycleOpened e => insights.Publisher.PublishAsync(e),
        Contracts.Events.Topics.V1.TopicPublished e => insights.Publisher.PublishAsync(e),
        Contracts.Events.Submissions.V1.SubmissionAccepted e => insights.Publisher.PublishAsync(e),
        _ => throw new ArgumentException($"No publisher for {integrationEvent.GetType().Name}.", nameof(integrationEvent)),
    };
}

/// <summary>One seeding phase: how many events, how long publishing took, and how long until all were applied.</summary>
public sealed record IngestionPhase(string Name, int Events, TimeSpan Published, TimeSpan Applied)
{
    public double EventsPerSecond => Events / Math.Max(Applied.TotalSeconds, 0.001);
}
