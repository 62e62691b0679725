namespace Consortium.AppHost.Telemetry;

/// <summary>Where the services send their telemetry, as the <c>OTEL_EXPORTER_OTLP_*</c> variables say it.</summary>
public sealed record OtlpExport(string Endpoint, string Protocol)
{
    public const string HttpProtobuf = "http/protobuf";
    public const string Grpc = "grpc";

    /// <summary>An endpoint the operator named (<c>--otlp-endpoint</c>): a collector or dashboard, spoken to over gRPC.</summary>
    public static OtlpExport? Forward(string? endpoint) =>
        string.IsNullOrWhiteSpace(endpoint) ? null : new OtlpExport(endpoint, Grpc);

    /// <summary>The AppHost's own receiver, which speaks OTLP/HTTP with protobuf bodies.</summary>
    public static OtlpExport ToReceiver(Uri endpoint) => new(endpoint.ToString().TrimEnd('/'), HttpProtobuf);
}
