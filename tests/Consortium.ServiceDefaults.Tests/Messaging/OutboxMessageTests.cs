using Consortium.ServiceDefaults.Messaging;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retries_back_off_exponentially_up_to_the_cap()
    {
        var message = new OutboxMessage(Guid.CreateVersion7(), "type", "{}", null, null, Now);
        var delays = new List<TimeSpan>();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            message.RecordFailure("broker unreachable", Now, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));
            delays.Add(message.NextAttemptAt - Now);
        }

        Assert.Equal(
            [0.5, 1, 2, 4, 8, 16, 30, 30],
            delays.Select(delay => delay.TotalSeconds));
        Assert.Equal(8, message.Attempts);
        Assert.Null(message.SentAt);
    }

    [Fact]
    public void Sending_clears_the_last_error()
    {
        var message = new OutboxMessage(Guid.CreateVersion7(), "type", "{}", null, null, Now);
        message.RecordFailure("broker unreachable", Now, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        message.MarkSent(Now.AddSeconds(5));

        Assert.Equal(Now.AddSeconds(5), message.SentAt);
        Assert.Null(message.LastError);
    }
}
