using System.Reflection;
using MassTransit;

namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// How quickly MassTransit reconnects to a broker that went away. MassTransit 8.5 reconnects every
/// receive endpoint (and retries opening a connection for a publish) on one policy of the RabbitMQ
/// host configuration: exponential from 3 s up to 30 s, never reset while the process runs, and not
/// exposed by its configuration API. A consumer could therefore wait up to 30 s after the broker's
/// return before it took events again (issue 13 asks for 5 s). This replaces that policy's timing
/// with a short, fixed interval, keeping its judgement of which failures are worth retrying (an
/// authentication failure still is not). A connection attempt to a broker that is down costs one
/// refused TCP connect.
/// </summary>
public static class BrokerReconnect
{
    // MassTransit adds a 1 s pause of its own after every failed attempt.
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(1);

    // As many attempts as MassTransit's own policy allows for in time (about 5 h at 1 s + its 1 s pause;
    // MassTransit's: 1,000 at up to 31 s). The policy holds one interval per attempt.
    private const int Attempts = 10_000;

    private const string HostConfigurationField = "_hostConfiguration";
    private const string RetryPolicyField = "<ReceiveTransportRetryPolicy>k__BackingField";

    /// <summary>Sets the reconnect interval of the bus being configured; throws when MassTransit's internals moved (see the test).</summary>
    public static void Apply(IRabbitMqBusFactoryConfigurator rabbit, TimeSpan interval)
    {
        var host = FindField(rabbit.GetType(), HostConfigurationField)?.GetValue(rabbit);
        var policyField = host is null ? null : FindField(host.GetType(), RetryPolicyField);
        if (host is null || policyField?.GetValue(host) is not IRetryPolicy original)
        {
            throw new InvalidOperationException(
                $"MassTransit's RabbitMQ host configuration no longer has {HostConfigurationField}.{RetryPolicyField}; "
                + "look for a supported way to set the receive transport's reconnect policy in this MassTransit version.");
        }

        policyField.SetValue(host, Retry.CreatePolicy(retry =>
        {
            retry.Handle<Exception>(original.IsHandled);
            retry.Interval(Attempts, interval);
        }));
    }

    private static FieldInfo? FindField(Type? type, string name)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic) is { } field)
            {
                return field;
            }
        }

        return null;
    }
}
