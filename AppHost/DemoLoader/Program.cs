// The demo data loader: reads the demo consortium from Data/*.json and writes it through the
// services' public gRPC APIs, then exits (0 when loaded, 1 when not, 2 when misconfigured).
// The app host runs it as a resource once the services run; by hand:
//   services__districts__grpc__0=http://127.0.0.1:5111 … \
//   services__identity__http__0=http://127.0.0.1:5160 Demo__People__ClientSecret=$(cat .state/development-client-secret) \
//   dotnet run --project AppHost/DemoLoader
using Consortium.DemoLoader.Hosting;
using Consortium.DemoLoader.Loading;
using Consortium.DemoLoader.Model;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddSimpleConsole(console =>
{
    console.SingleLine = true;
    console.TimestampFormat = "HH:mm:ss ";
});
// Every call is a span in the traces already; a log line per request would drown the step summaries.
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
// Refused connections while a service starts and FAILED_PRECONDITION while events travel are expected and retried.
builder.Logging.AddFilter("Grpc.Net.Client", LogLevel.Warning);
builder.AddDemoLoader();

using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Consortium.DemoLoader");
try
{
    // Validated here rather than by the host's start, which would log the failure as a stack trace.
    _ = host.Services.GetRequiredService<IOptions<DemoLoaderOptions>>().Value;
}
catch (OptionsValidationException invalid)
{
    Log.Misconfigured(logger, string.Join(Environment.NewLine, invalid.Failures));
    return 2;
}

// Starting the host hooks Ctrl+C and SIGTERM to ApplicationStopping and starts the telemetry exporters.
await host.StartAsync();

var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
var exitCode = 1;
try
{
    await host.Services.GetRequiredService<DemoLoad>().RunAsync(stopping);
    exitCode = 0;
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    Log.Cancelled(logger);
}
catch (RpcException exception) when (exception.StatusCode == StatusCode.Cancelled && stopping.IsCancellationRequested)
{
    Log.Cancelled(logger);
}
catch (Exception exception) when (exception is DemoDataException or DemoLoadException)
{
    Log.Failed(logger, exception.Message);
}
catch (RpcException exception)
{
    Log.CallFailed(logger, exception.StatusCode, exception.Status.Detail, exception);
}
catch (Exception exception)
{
    Log.Unexpected(logger, exception);
}

// Stopping flushes the telemetry exporters, so the last spans and logs reach the dashboard.
await host.StopAsync(CancellationToken.None);
return exitCode;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Critical, Message = "The demo loader is not configured:\n{Failures}")]
    public static partial void Misconfigured(ILogger logger, string failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped before the demo was fully loaded; loading again finishes it")]
    public static partial void Cancelled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The demo was not loaded: {Reason}")]
    public static partial void Failed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The demo was not loaded: the loader failed")]
    public static partial void Unexpected(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The demo was not loaded: a service refused a call ({StatusCode}: {Detail}); loading again resumes where it stopped")]
    public static partial void CallFailed(ILogger logger, StatusCode statusCode, string detail, Exception exception);
}
