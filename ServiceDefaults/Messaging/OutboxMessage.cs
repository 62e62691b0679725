namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the state
/// change it announces. The dispatcher publishes it and marks it sent; until then it is retried.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        MessageType = string.Empty;
        Body = string.Empty;
    }

    internal OutboxMessage(Guid id, string messageType, string body, string? traceParent, string? traceState, DateTimeOffset createdAt)
    {
        Id = id;
        MessageType = messageType;
        Body = body;
        TraceParent = traceParent;
        TraceState = traceState;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    /// <summary>Insertion order; the dispatcher takes rows in this order (and publishes a batch of them at once).</summary>
    public long Sequence { get; private set; }

    /// <summary>The event's id; also the broker message id, so consumers can deduplicate.</summary>
    public Guid Id { get; private set; }

    /// <summary>Full CLR name of the event type in <c>Consortium.Contracts</c>.</summary>
    public string MessageType { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Body { get; private set; }

    /// <summary>W3C trace context of the request that caused the event, so the trace crosses the broker.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    internal void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = now;
        LastError = null;
    }

    /// <summary>Schedules the next attempt with exponential back-off, capped, so an outage is not hammered.</summary>
    internal void RecordFailure(string error, DateTimeOffset now, TimeSpan firstDelay, TimeSpan maxDelay)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        var delay = TimeSpan.FromTicks(Math.Min(maxDelay.Ticks, firstDelay.Ticks * (1L << Math.Min(Attempts - 1, 20))));
        NextAttemptAt = now + delay;
    }
}
