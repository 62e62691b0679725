using System.Globalization;
using Consortium.AppHost.Telemetry.Otlp;
using Google.Protobuf;
using Google.Protobuf.Collections;

namespace Consortium.AppHost.Telemetry;

/// <summary>Reads the few OTLP values the AppHost needs: attributes as text, ids as hex, times.</summary>
internal static class OtlpValues
{
    public const string UnknownService = "unknown_service";

    /// <summary>The <c>service.name</c> resource attribute, as the OTel SDKs set it from <c>OTEL_SERVICE_NAME</c>.</summary>
    public static string ServiceName(Resource? resource) =>
        Attribute(resource?.Attributes, "service.name") is { Length: > 0 } name ? name : UnknownService;

    public static string? InstanceId(Resource? resource) => Attribute(resource?.Attributes, "service.instance.id");

    public static string? Attribute(RepeatedField<KeyValue>? attributes, string key)
    {
        if (attributes is null)
        {
            return null;
        }

        foreach (var attribute in attributes)
        {
            if (attribute.Key == key)
            {
                return Text(attribute.Value);
            }
        }

        return null;
    }

    public static string? Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.BytesValue => Convert.ToHexStringLower(value.BytesValue.Span),
        _ => null,
    };

    public static string Hex(ByteString id) => Convert.ToHexStringLower(id.Span);

    public static DateTimeOffset Time(ulong unixNanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(unixNanoseconds / 100));

    public static double Milliseconds(ulong startUnixNanoseconds, ulong endUnixNanoseconds) =>
        endUnixNanoseconds > startUnixNanoseconds ? (endUnixNanoseconds - startUnixNanoseconds) / 1_000_000.0 : 0;

    /// <summary>Cuts long texts (messages, exception texts) so one record cannot make the files large.</summary>
    public static string? Truncate(string? text, int maxLength = 1000) =>
        text is null || text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength), "…");
}
