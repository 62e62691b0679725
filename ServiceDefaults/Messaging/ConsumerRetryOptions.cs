namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// How often a consumer retries a message that failed before it goes to the queue's
/// <c>_error</c> queue (configuration section <c>Messaging:Retry</c>).
/// </summary>
public sealed class ConsumerRetryOptions
{
    public const string SectionName = "Messaging:Retry";

    public int Limit { get; set; } = 5;

    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan IntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);
}
