using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Consortium.AppHost.Telemetry;
using Consortium.AppHost.Telemetry.Otlp;
using Google.Protobuf;
using static Consortium.Hosting.Tests.Telemetry.OtlpMessages;
using SpanKind = Consortium.AppHost.Telemetry.Otlp.Span.Types.SpanKind;

namespace Consortium.Hosting.Tests.Telemetry;

/// <summary>OTLP/HTTP messages posted to the receiver, hosted in-process, and what the store makes of them.</summary>
public sealed class OtlpReceiverTests : IAsyncLifetime
{
    private const string ListDistricts = "consortium.districts.v1.DistrictsService/ListDistricts";

    private readonly TelemetryStore _store = new();
    private readonly HttpClient _http = new();
    private OtlpReceiver _receiver = null!;

    public async ValueTask InitializeAsync() => _receiver = await OtlpReceiver.StartAsync(_store, preferredPort: 0, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Server_spans_become_requests_errors_and_duration_percentiles_per_route_and_rpc()
    {
        var districts = Service("districts");
        var spans = new List<Span>();
        for (var i = 1; i <= 20; i++)
        {
            spans.Add(Span("POST " + ListDistricts, SpanKind.Server, milliseconds: i,
                attributes: [Attribute("rpc.service", "consortium.districts.v1.DistrictsService"), Attribute("rpc.method", "ListDistricts")]));
        }

        for (var i = 1; i <= 10; i++)
        {
            spans.Add(Span("GET /v1/districts/{district_id}", SpanKind.Server, milliseconds: i * 100, errorMessage: i == 10 ? "database unavailable" : null,
                attributes: [Attribute("http.route", "/v1/districts/{district_id}"), Attribute("http.request.method", "GET")]));
        }

        spans.Add(Span("SELECT districts", SpanKind.Client, milliseconds: 2));

        using var response = await PostAsync(_http, _receiver, "traces", Traces(districts, spans));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OtlpReceiver.ProtobufContentType, response.Content.Headers.ContentType?.MediaType);
        var summary = Assert.Single(_store.Summary().Services);
        Assert.Equal("districts", summary.Name);
        Assert.Equal(31, summary.Spans);
        Assert.Equal(30, summary.Requests);
        Assert.Equal(1, summary.RequestErrors);
        var rpc = summary.Routes.Single(route => route.Route == "consortium.districts.v1.DistrictsService/ListDistricts");
        Assert.Equal((20, 0, 10.0, 19.0), (rpc.Requests, rpc.Errors, rpc.P50Ms, rpc.P95Ms));
        var rest = summary.Routes.Single(route => route.Route == "GET /v1/districts/{district_id}");
        Assert.Equal((10, 1, 500.0, 1000.0), (rest.Requests, rest.Errors, rest.P50Ms, rest.P95Ms));
        var error = Assert.Single(_store.RecentErrorSpans());
        Assert.Equal(("districts", "database unavailable", 1000.0), (error.Service, error.StatusMessage, error.DurationMs));
    }

    [Fact]
    public async Task A_trace_is_listed_by_its_root_with_the_spans_other_services_sent_later()
    {
        var traceId = NewTraceId();
        var root = Span("POST /v1/submissions", SpanKind.Server, milliseconds: 40, traceId);
        var insert = Span("INSERT submissions", SpanKind.Client, milliseconds: 3, traceId, parentSpanId: root.SpanId);
        var consume = Span("SubmissionSubmitted consume", SpanKind.Consumer, milliseconds: 8, traceId, parentSpanId: root.SpanId, errorMessage: "handler failed");
        var poll = Span("SELECT outbox_messages", SpanKind.Client, milliseconds: 1); // background work: a root, but no entry point

        (await PostAsync(_http, _receiver, "traces", Traces(Service("submissions"), insert, root, poll))).Dispose();
        (await PostAsync(_http, _receiver, "traces", Traces(Service("insights"), consume))).Dispose();

        var trace = Assert.Single(_store.RecentTraces());
        Assert.Equal(Convert.ToHexStringLower(traceId.Span), trace.TraceId);
        Assert.Equal(("submissions", "POST /v1/submissions", "server", 40.0), (trace.Service, trace.Name, trace.Kind, trace.DurationMs));
        Assert.Equal(2, trace.ChildSpans);
        Assert.Equal(1, trace.ErrorSpans);
        Assert.Equal(["insights", "submissions"], trace.Services);
    }

    [Fact]
    public async Task Cumulative_counters_add_up_across_instances_and_restarts_and_delta_counters_accumulate()
    {
        var first = Service("insights", instance: "a");
        var second = Service("insights", instance: "b");
        foreach (var message in new[]
        {
            Counter(first, "messaging.masstransit.consume", 5, startedAt: 100),
            Counter(first, "messaging.masstransit.consume", 12, startedAt: 100),
            Counter(second, "messaging.masstransit.consume", 3, startedAt: 100),
            Counter(first, "messaging.masstransit.consume", 2, startedAt: 900), // instance a restarted
            Counter(first, "messaging.masstransit.send", 4, temporality: AggregationTemporality.Delta),
            Counter(first, "messaging.masstransit.send", 6, temporality: AggregationTemporality.Delta),
            Counter(first, "messaging.masstransit.consume.errors", 1),
            Counter(first, "messaging.masstransit.consume.active", 7, monotonic: false),
            Counter(first, "messaging.masstransit.receive.active", 4), // in progress, not a total
            Counter(first, "consortium.outbox.gauge", 9, monotonic: false),
            Counter(first, "dotnet.gc.collections", 40),
        })
        {
            using var response = await PostAsync(_http, _receiver, "metrics", message);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var summary = Assert.Single(_store.Summary().Services);
        Assert.Equal(new MessagingSummary(Consumed: 17, ConsumeErrors: 1, Published: 10, PublishErrors: 0), summary.Messages);
        Assert.Equal(["messaging.masstransit.consume", "messaging.masstransit.consume.errors", "messaging.masstransit.send"], summary.Counters.Keys);
    }

    [Fact]
    public async Task Warnings_and_errors_are_kept_and_counted_information_is_not()
    {
        var request = Logs(Service("topics"), "Consortium.Topics.Messaging.CycleScheduler",
            Log(9, "Information", "cycle 2025-26 H1 checked"),
            Log(13, "Warning", "cycle opening late"),
            Log(17, "Error", "could not open cycle"));
        request.ResourceLogs[0].ScopeLogs[0].LogRecords[2].Attributes.Add(Attribute("exception.type", "Npgsql.NpgsqlException"));

        (await PostAsync(_http, _receiver, "logs", request)).Dispose();

        var summary = Assert.Single(_store.Summary().Services);
        Assert.Equal((1, 1), (summary.WarningLogs, summary.ErrorLogs));
        var logs = _store.RecentLogs();
        Assert.Equal(["could not open cycle", "cycle opening late"], logs.Select(log => log.Message));
        Assert.Equal(("Error", "Consortium.Topics.Messaging.CycleScheduler", "Npgsql.NpgsqlException"), (logs[0].Severity, logs[0].Category, logs[0].ExceptionType));
    }

    [Fact]
    public async Task Gzip_bodies_are_accepted()
    {
        var message = Traces(Service("pipeline"), Span("GET /v1/leaders", SpanKind.Server, milliseconds: 5));
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            message.WriteTo(gzip);
        }

        using var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(OtlpReceiver.ProtobufContentType);
        content.Headers.ContentEncoding.Add("gzip");
        using var response = await _http.PostAsync(new Uri(_receiver.Endpoint, "/v1/traces"), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Assert.Single(_store.Summary().Services).Requests);
    }

    [Fact]
    public async Task Other_media_types_and_malformed_bodies_are_refused_and_nothing_is_stored()
    {
        using var json = new StringContent("{\"resourceSpans\":[]}", System.Text.Encoding.UTF8, "application/json");
        using var jsonResponse = await _http.PostAsync(new Uri(_receiver.Endpoint, "/v1/traces"), json, TestContext.Current.CancellationToken);
        using var truncated = new ByteArrayContent([0x0A, 0x05, 0x01]); // field 1, five bytes announced, one sent
        truncated.Headers.ContentType = new MediaTypeHeaderValue(OtlpReceiver.ProtobufContentType);
        using var truncatedResponse = await _http.PostAsync(new Uri(_receiver.Endpoint, "/v1/logs"), truncated, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, jsonResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, truncatedResponse.StatusCode);
        Assert.Empty(_store.Summary().Services);
        Assert.Equal(0, _store.Version);
    }

    [Fact]
    public async Task Recent_traces_and_logs_are_capped_newest_first()
    {
        var resource = Service("districts");
        var spans = Enumerable.Range(1, TelemetryStore.MaxTraces + 50)
            .Select(i => Span($"GET /v1/things/{i}", SpanKind.Server, milliseconds: 1))
            .ToList();
        var logs = Enumerable.Range(1, TelemetryStore.MaxLogs + 50).Select(i => Log(13, "Warning", $"warning {i}")).ToList();

        (await PostAsync(_http, _receiver, "traces", Traces(resource, spans))).Dispose();
        (await PostAsync(_http, _receiver, "logs", Logs(resource, "test", logs))).Dispose();

        var traces = _store.RecentTraces();
        Assert.Equal(TelemetryStore.MaxTraces, traces.Count);
        Assert.Equal($"GET /v1/things/{TelemetryStore.MaxTraces + 50}", traces[0].Name);
        Assert.Equal(TelemetryStore.MaxLogs, _store.RecentLogs().Count);
        Assert.Equal($"warning {TelemetryStore.MaxLogs + 50}", _store.RecentLogs()[0].Message);
        Assert.Equal(TelemetryStore.MaxTraces + 50, Assert.Single(_store.Summary().Services).Requests);
    }
}
