using System.Diagnostics;
using Consortium.Contracts.Events;

namespace Consortium.LoadGenerator.Seeding;

/// <summary>
/// Seeds the read model the only way Insights learns anything: contract events through the
/// broker. Each phase publishes its events concurrently and then waits until the read model
/// holds all of them, so its rate is end to end (broker, consumers, inbox, read-model writes,
/// cache invalidation), not the publisher's.
/// <para>
/// The topic is published first, as when a window opens; then every district's acceptance
/// streams in as at the window's close (the rush: each applied as the targets' distributions
/// grow from none to every district), then <c>revisions</c> revised acceptances at full size,
/// the steady-state rate. Applying an acceptance writes only the district's own rows (ADR 21),
/// so neither rate should fall as the consortium grows.
/// </para>
/// </summary>
public sealed class Ingestion(InsightsUnderLoad insights, ConsortiumEvents events, TimeSpan timeout, int revisions)
{
    private const int PublishConcurrency = 32;

    private const string Consumed = "SELECT count(*) FROM inbox_messages";

    public async Task<IReadOnlyList<IngestionPhase>> RunAsync()
    {
        var districts = events.Districts;
        var submitters = events.Submitters.ToList();
        var submissionIds = submitters.ToDictionary(d => d.Id, _ => Guid.CreateVersion7());
        var comparable = string.Join(", ", events.ComparableTargets.Select(t => $"'{t.TargetId}'"));
        return
        [
            await PhaseAsync(
                "district events (DistrictJoined + DistrictProfileUpdated)",
                [.. districts.SelectMany(d => new IntegrationEvent[] { ConsortiumEvents.Joined(d), ConsortiumEvents.Profile(d) })]),
            await PhaseAsync("cycle (CycleOpened) and topic (TopicPublished)", [events.Cycle, events.Topic]),
            await PhaseAsync(
                "window-close rush: every district's acceptance, topic known (distributions grow from 0 to all)",
                [.. submitters.Select(d => events.Accepted(d, submissionIds[d.Id]))],
                async () => await insights.CountAsync($"SELECT count(*) FROM contributions WHERE target_id IN ({comparable})") == submitters.Count * events.ComparableTargets.Count()),
            await PhaseAsync(
                $"steady state at full size: {Math.Min(revisions, submitters.Count)} revised acceptances, 4 comparable targets each",
                [.. submitters.Take(revisions).Select(d => events.Accepted(d, submissionIds[d.Id], version: 4, salt: 1))]),
        ];
    }

    // Without a condition of its own, a phase is applied when the inbox holds one more message per event (each event has one consumer).
    private async Task<IngestionPhase> PhaseAsync(string name, IReadOnlyList<IntegrationEvent> toPublish, Func<Task<bool>>? applied = null)
    {
        var consumedBefore = await insights.CountAsync(Consumed);
        applied ??= async () => await insights.CountAsync(Consumed) >= consumedBefore + toPublish.Count;
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
                Progress.Say($"  {await insights.CountAsync(Consumed) - consumedBefore:N0} of {toPublish.Count:N0} consumed after {clock.Elapsed.TotalSeconds:N0} s");
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
