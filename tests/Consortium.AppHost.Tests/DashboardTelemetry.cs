using System.Net.Http.Json;
using System.Text.Json;

namespace Consortium.AppHost.Tests;

/// <summary>
/// The Aspire dashboard's telemetry API (OTLP JSON): what an operator sees in the dashboard's
/// Traces page, read by the tests.
/// </summary>
internal sealed class DashboardTelemetry(Func<Uri> dashboard, string apiKey)
{
    /// <summary>The traces that have spans of <paramref name="resource"/>, each as the services it spans and whether it crosses the broker.</summary>
    public async Task<IReadOnlyList<TraceSummary>> TracesOfAsync(string resource, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = dashboard() };
        http.DefaultRequestHeaders.Add("x-api-key", apiKey);
        var answer = await http.GetFromJsonAsync<JsonElement>($"/api/telemetry/traces?resource={Uri.EscapeDataString(resource)}&limit=500", cancellationToken);

        var traces = new Dictionary<string, (HashSet<string> Services, bool CrossesBroker)>(StringComparer.Ordinal);
        foreach (var resourceSpans in answer.GetProperty("data").GetProperty("resourceSpans").EnumerateArray())
        {
            var service = ServiceName(resourceSpans);
            foreach (var span in resourceSpans.GetProperty("scopeSpans").EnumerateArray().SelectMany(scope => scope.GetProperty("spans").EnumerateArray()))
            {
                var traceId = span.GetProperty("traceId").GetString()!;
                var trace = traces.TryGetValue(traceId, out var known) ? known : ([], false);
                trace.Services.Add(service);
                traces[traceId] = (trace.Services, trace.CrossesBroker || HasAttribute(span, "messaging.system", "rabbitmq"));
            }
        }

        return [.. traces.Select(trace => new TraceSummary(trace.Key, trace.Value.Services, trace.Value.CrossesBroker))];
    }

    private static string ServiceName(JsonElement resourceSpans) =>
        resourceSpans.GetProperty("resource").GetProperty("attributes").EnumerateArray()
            .Where(attribute => attribute.GetProperty("key").GetString() == "service.name")
            .Select(attribute => attribute.GetProperty("value").GetProperty("stringValue").GetString())
            .FirstOrDefault() ?? "?";

    private static bool HasAttribute(JsonElement span, string key, string value) =>
        span.TryGetProperty("attributes", out var attributes)
        && attributes.EnumerateArray().Any(attribute =>
            attribute.GetProperty("key").GetString() == key
            && attribute.GetProperty("value").TryGetProperty("stringValue", out var text)
            && text.GetString() == value);
}

internal sealed record TraceSummary(string TraceId, IReadOnlySet<string> Services, bool CrossesBroker);
