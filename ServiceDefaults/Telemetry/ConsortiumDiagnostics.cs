using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Consortium.ServiceDefaults.Telemetry;

/// <summary>The activity source and meter of the platform's own shared machinery (outbox, inbox).</summary>
public static class ConsortiumDiagnostics
{
    public const string ActivitySourceName = "Consortium.Messaging";
    public const string MeterName = "Consortium.Messaging";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Events handed to the broker by the outbox dispatcher.</summary>
    public static readonly Counter<long> OutboxPublished =
        Meter.CreateCounter<long>("consortium.outbox.published", unit: "{event}", description: "Events the outbox published and the broker confirmed.");

    /// <summary>Failed publish attempts (each is retried later).</summary>
    public static readonly Counter<long> OutboxPublishFailures =
        Meter.CreateCounter<long>("consortium.outbox.publish_failures", unit: "{attempt}", description: "Outbox publish attempts that failed and will be retried.");

    /// <summary>Messages the inbox recognised as already processed and skipped.</summary>
    public static readonly Counter<long> InboxDuplicates =
        Meter.CreateCounter<long>("consortium.inbox.duplicates", unit: "{message}", description: "Redelivered messages the inbox skipped.");

    /// <summary>How many new events a batch consumer applied in one transaction: how full its batches run, to tune their limits.</summary>
    public static readonly Histogram<int> InboxBatchSize = Meter.CreateHistogram(
        "consortium.inbox.batch.size",
        unit: "{message}",
        description: "New events a batch consumer applied in one transaction.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100] });
}
