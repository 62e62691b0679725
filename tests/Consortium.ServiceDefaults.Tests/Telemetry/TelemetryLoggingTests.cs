using Consortium.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Telemetry;

public sealed class TelemetryLoggingTests
{
    [Fact]
    public void With_an_OTLP_endpoint_the_resilience_handlers_information_lines_are_not_logged_but_its_warnings_are()
    {
        using var host = Host(otlpEndpoint: "http://127.0.0.1:4318");
        var polly = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Polly");

        Assert.False(polly.IsEnabled(LogLevel.Information));
        Assert.True(polly.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void Without_an_OTLP_endpoint_nothing_is_exported_and_logging_is_left_as_configured()
    {
        using var host = Host(otlpEndpoint: null);
        var polly = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Polly");

        Assert.True(polly.IsEnabled(LogLevel.Information));
    }

    private static IHost Host(string? otlpEndpoint)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        if (otlpEndpoint is not null)
        {
            builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint;
        }

        builder.AddConsortiumTelemetry();
        return builder.Build();
    }
}
