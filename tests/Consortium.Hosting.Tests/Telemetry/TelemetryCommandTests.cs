using Consortium.AppHost.Telemetry;
using static Consortium.Hosting.Tests.Telemetry.OtlpMessages;
using SpanKind = Consortium.AppHost.Telemetry.Otlp.Span.Types.SpanKind;

namespace Consortium.Hosting.Tests.Telemetry;

/// <summary>What the files in the state folder hold, and what <c>telemetry</c> prints from them.</summary>
public sealed class TelemetryCommandTests : IDisposable
{
    private readonly string _stateDirectory = TemporaryFolders.Create();

    public void Dispose() => Directory.Delete(_stateDirectory, recursive: true);

    [Fact]
    public void Prints_a_line_per_service_routes_for_one_service_and_recent_errors_from_the_files()
    {
        var store = new TelemetryStore();
        store.Add(Traces(Service("districts"),
            Span("GET /v1/districts", SpanKind.Server, milliseconds: 12, attributes: [Attribute("http.route", "/v1/districts"), Attribute("http.request.method", "GET")]),
            Span("GET /v1/districts", SpanKind.Server, milliseconds: 30, errorMessage: "cache unreachable", attributes: [Attribute("http.route", "/v1/districts"), Attribute("http.request.method", "GET")])));
        store.Add(Traces(Service("topics"), Span("POST /v1/cycles", SpanKind.Server, milliseconds: 8)));
        store.Add(Logs(Service("topics"), "Consortium.Topics", Log(17, "Error", "cycle could not open")));
        new TelemetryFiles(_stateDirectory).Write(store, "http://127.0.0.1:18890");

        var (all, allOutput) = Run(service: null, errors: false);
        var (districts, districtsOutput) = Run(service: "districts", errors: false);
        var (errors, errorsOutput) = Run(service: "topics", errors: true);

        Assert.Equal((0, 0, 0), (all, districts, errors));
        Assert.Contains("districts    0 req/s, 2 requests, 1 errors, p50 12 ms, p95 30 ms", allOutput, StringComparison.Ordinal);
        Assert.Contains("topics       0 req/s, 1 requests, 0 errors", allOutput, StringComparison.Ordinal);
        Assert.Contains("GET /v1/districts", districtsOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("topics", districtsOutput, StringComparison.Ordinal);
        Assert.Contains("Error    Consortium.Topics: cycle could not open", errorsOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("cache unreachable", errorsOutput, StringComparison.Ordinal); // another service's error
        Assert.Equal(4, File.ReadAllLines(new TelemetryFiles(_stateDirectory).TracesFile).Length); // three traces, one error span
    }

    [Fact]
    public void Says_what_is_missing_when_there_is_no_telemetry_or_no_such_service()
    {
        var (missing, missingOutput) = Run(service: null, errors: false);
        new TelemetryFiles(_stateDirectory).Write(new TelemetryStore(), "http://127.0.0.1:18890");
        var (unknown, unknownOutput) = Run(service: "billing", errors: false);

        Assert.Equal(1, missing);
        Assert.Contains("No telemetry", missingOutput, StringComparison.Ordinal);
        Assert.Equal(2, unknown);
        Assert.Contains("No telemetry from 'billing'", unknownOutput, StringComparison.Ordinal);
    }

    private (int ExitCode, string Output) Run(string? service, bool errors)
    {
        using var output = new StringWriter();
        var exitCode = TelemetryCommand.Run(_stateDirectory, service, errors, output);
        return (exitCode, output.ToString());
    }
}
