using System.IO.Compression;
using System.Net;
using Consortium.AppHost.Telemetry.Otlp;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.AppHost.Telemetry;

/// <summary>
/// An OTLP/HTTP receiver on 127.0.0.1: <c>POST /v1/traces</c>, <c>/v1/metrics</c> and <c>/v1/logs</c>
/// with <c>application/x-protobuf</c> bodies (optionally gzip-compressed), as the OpenTelemetry
/// SDKs send them with <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>. What it receives goes to
/// a <see cref="TelemetryStore"/>. OTLP/JSON and OTLP/gRPC are not accepted.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    public const string ProtobufContentType = "application/x-protobuf";

    /// <summary>Bodies (after decompression) beyond this are refused; exporters send batches far smaller.</summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:18890</c>; signals are posted under <c>/v1/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>Listens on <paramref name="preferredPort"/>, or on any free port when it is taken or 0.</summary>
    public static async Task<OtlpReceiver> StartAsync(TelemetryStore store, int preferredPort, CancellationToken cancellationToken)
    {
        if (preferredPort != 0)
        {
            try
            {
                return await StartOnAsync(store, preferredPort, cancellationToken);
            }
            catch (IOException)
            {
                // Taken (another AppHost, a collector): any free port does, services are told which.
            }
        }

        return await StartOnAsync(store, 0, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<OtlpReceiver> StartOnAsync(TelemetryStore store, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
        });
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.MapPost("/v1/traces", context => ReceiveAsync(context, ExportTraceServiceRequest.Parser, store.Add));
        app.MapPost("/v1/metrics", context => ReceiveAsync(context, ExportMetricsServiceRequest.Parser, store.Add));
        app.MapPost("/v1/logs", context => ReceiveAsync(context, ExportLogsServiceRequest.Parser, store.Add));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new OtlpReceiver(app, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)));
    }

    private static async Task ReceiveAsync<T>(HttpContext context, MessageParser<T> parser, Action<T> store)
        where T : IMessage<T>
    {
        if (!MediaTypeIs(context.Request.ContentType, ProtobufContentType))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        var encoding = context.Request.Headers.ContentEncoding.ToString();
        if (encoding.Length > 0 && !encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        // Protobuf parsing is synchronous: read the body first (bounded, also after decompression).
        using var body = new MemoryStream();
        var compressed = encoding.Length > 0;
        var source = compressed ? new GZipStream(context.Request.Body, CompressionMode.Decompress, leaveOpen: true) : context.Request.Body;
        try
        {
            if (!await CopyBoundedAsync(source, body, context.RequestAborted))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
        }
        catch (InvalidDataException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest; // not gzip after all
            return;
        }
        finally
        {
            if (compressed)
            {
                await source.DisposeAsync();
            }
        }

        T message;
        try
        {
            message = parser.ParseFrom(body.GetBuffer(), 0, (int)body.Length);
        }
        catch (InvalidProtocolBufferException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        store(message);

        // An empty Export*ServiceResponse (full success) is zero bytes.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ProtobufContentType;
    }

    private static async Task<bool> CopyBoundedAsync(Stream source, MemoryStream target, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (target.Length + read > MaxBodyBytes)
            {
                return false;
            }

            target.Write(buffer, 0, read);
        }

        return true;
    }

    private static bool MediaTypeIs(string? contentType, string expected) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals(expected, StringComparison.OrdinalIgnoreCase);
}
