using Consortium.DemoLoader.Hosting;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// Waits until every service answers SERVING on the standard gRPC health service: the app host
/// may start the loader as soon as the services' processes run, before their databases and
/// broker connections are ready (an event published before a consumer's queue exists is lost to it).
/// </summary>
internal sealed partial class ServiceReadiness(GrpcClientFactory clients, IOptions<DemoLoaderOptions> options, ILogger<ServiceReadiness> logger)
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    public Task WaitAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(options.Value.AwaitedServices.Select(service => WaitForAsync(service, cancellationToken)));

    private async Task WaitForAsync(string service, CancellationToken cancellationToken)
    {
        var address = options.Value.AddressOf(service);
        var health = clients.CreateClient<Health.HealthClient>(service);
        var deadline = DateTime.UtcNow + Patience;
        var lastAnswer = "no answer";
        var announced = false;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var answer = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow + CallTimeout, cancellationToken: cancellationToken);
                if (answer.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    LogReady(service, address);
                    return;
                }

                lastAnswer = $"it answers {answer.Status}";
            }
            catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
            {
                lastAnswer = $"{exception.StatusCode}: {exception.Status.Detail}";
            }

            if (!announced)
            {
                // Once per service: a wait of minutes should not look like a hang, nor fill the log.
                LogWaiting(service, address, lastAnswer);
                announced = true;
            }

            await Task.Delay(Pause, cancellationToken);
        }

        throw new DemoLoadException($"{service} at {address} was not ready within {Patience.TotalMinutes:0} minutes ({lastAnswer}); this run loaded nothing.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Service} at {Address} is ready")]
    private partial void LogReady(string service, Uri address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for {Service} at {Address} to be ready ({LastAnswer})")]
    private partial void LogWaiting(string service, Uri address, string lastAnswer);
}
