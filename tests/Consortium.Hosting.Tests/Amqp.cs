using System.Text;
using RabbitMQ.Client;

namespace Consortium.Hosting.Tests;

internal static class Amqp
{
    /// <summary>Polls the queue: a message just published may not have arrived yet.</summary>
    public static async Task<string> NextMessageAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true, cancellationToken) is { } message)
            {
                return Encoding.UTF8.GetString(message.Body.Span);
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"No message arrived on {queue}.");
    }
}
