using System.Globalization;
using System.Text.Json;
using Consortium.ServiceDefaults.Domain;
using Google.Protobuf.Reflection;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// Checks a JSON request body against the request message's descriptor before JSON transcoding
/// parses it, so every problem is reported with its JSON path (<c>profile.enrollment</c>,
/// <c>values[2].number</c>) and a reason in the contract's words — where the transcoder would
/// answer "Request JSON payload is not correctly formatted.", a .NET type name, or silently drop
/// a field it does not know. Follows the protobuf JSON mapping: a field is named by its JSON name
/// or its proto name, 64-bit integers may be strings, enums are a value's name or its number, a
/// null field means its default — but a null inside a list or map means nothing and is refused.
/// </summary>
public static class StrictJson
{
    public static IReadOnlyList<FieldViolation> Check(JsonElement json, MessageDescriptor descriptor)
    {
        var violations = new List<FieldViolation>();
        CheckMessage(json, descriptor, path: string.Empty, violations);
        return violations;
    }

    /// <summary>Checks one query string or path value (always text) given for <paramref name="field"/>.</summary>
    public static string? CheckText(string text, FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Enum => EnumText(text, field.EnumType),
        FieldType.Bool => text is "true" or "false" ? null : "expected true or false.",
        FieldType.Message => field.MessageType.FullName is "google.protobuf.Timestamp" or "google.protobuf.Duration" or "google.protobuf.FieldMask"
            ? null
            : WrappedField(field.MessageType) is { } wrapped ? CheckText(text, wrapped) : "cannot be given in the URL.",
        FieldType.String or FieldType.Bytes => null,
        _ => NumberText(text, field.FieldType),
    };

    private static void CheckMessage(JsonElement json, MessageDescriptor descriptor, string path, List<FieldViolation> violations)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            violations.Add(new FieldViolation(Root(path), $"expected an object ({descriptor.Name}), not {Describe(json)}."));
            return;
        }

        foreach (var property in json.EnumerateObject())
        {
            var propertyPath = Join(path, Echo.Of(property.Name));
            var field = descriptor.FindFieldByName(property.Name)
                ?? descriptor.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == property.Name);
            if (field is null)
            {
                violations.Add(new FieldViolation(propertyPath, $"is not a field of {descriptor.Name}; check the spelling against the contract."));
                continue;
            }

            CheckField(property.Value, field, propertyPath, violations);
        }
    }

    private static void CheckField(JsonElement json, FieldDescriptor field, string path, List<FieldViolation> violations)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            // null means "the default" for a single field (protobuf JSON mapping).
            return;
        }

        if (field.IsMap)
        {
            if (json.ValueKind != JsonValueKind.Object)
            {
                violations.Add(new FieldViolation(path, $"expected an object (a map), not {Describe(json)}."));
                return;
            }

            var valueField = field.MessageType.FindFieldByNumber(2);
            foreach (var entry in json.EnumerateObject())
            {
                CheckItem(entry.Value, valueField, $"{path}[{Echo.Of(entry.Name)}]", violations);
            }
        }
        else if (field.IsRepeated)
        {
            if (json.ValueKind != JsonValueKind.Array)
            {
                violations.Add(new FieldViolation(path, $"expected a list, not {Describe(json)}."));
                return;
            }

            var index = 0;
            foreach (var item in json.EnumerateArray())
            {
                CheckItem(item, field, $"{path}[{index++}]", violations);
            }
        }
        else
        {
            CheckValue(json, field, path, violations);
        }
    }

    private static void CheckItem(JsonElement json, FieldDescriptor field, string path, List<FieldViolation> violations)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            violations.Add(new FieldViolation(path, "null is not allowed in a list or map; leave the item out."));
            return;
        }

        CheckValue(json, field, path, violations);
    }

    private static void CheckValue(JsonElement json, FieldDescriptor field, string path, List<FieldViolation> violations)
    {
        var problem = field.FieldType switch
        {
            FieldType.Message => null,
            FieldType.String => json.ValueKind == JsonValueKind.String ? null : $"expected a string, not {Describe(json)}.",
            FieldType.Bytes => json.ValueKind == JsonValueKind.String && json.TryGetBytesFromBase64(out _) ? null : "expected base64 text.",
            FieldType.Bool => json.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"expected true or false, not {Describe(json)}.",
            FieldType.Enum => json.ValueKind switch
            {
                JsonValueKind.String => EnumText(json.GetString()!, field.EnumType),
                JsonValueKind.Number => json.TryGetInt32(out var number) && field.EnumType.FindValueByNumber(number) is not null
                    ? null
                    : $"{Echo.Of(json.GetRawText())} is not a value of {field.EnumType.Name} ({Values(field.EnumType)}).",
                _ => $"expected one of {Values(field.EnumType)}, not {Describe(json)}.",
            },
            _ => json.ValueKind switch
            {
                JsonValueKind.Number or JsonValueKind.String => NumberText(json.ValueKind == JsonValueKind.String ? json.GetString()! : json.GetRawText(), field.FieldType),
                _ => $"expected a number, not {Describe(json)}.",
            },
        };
        if (problem is not null)
        {
            violations.Add(new FieldViolation(Root(path), problem));
            return;
        }

        if (field.FieldType == FieldType.Message)
        {
            CheckMessageValue(json, field.MessageType, path, violations);
        }
    }

    private static void CheckMessageValue(JsonElement json, MessageDescriptor message, string path, List<FieldViolation> violations)
    {
        switch (message.FullName)
        {
            case "google.protobuf.Timestamp" or "google.protobuf.Duration" or "google.protobuf.FieldMask":
                if (json.ValueKind != JsonValueKind.String)
                {
                    violations.Add(new FieldViolation(Root(path), $"expected a string, not {Describe(json)}."));
                }

                return;
            case "google.protobuf.Value" or "google.protobuf.Struct" or "google.protobuf.ListValue" or "google.protobuf.Any":
                return;
        }

        if (WrappedField(message) is { } wrapped)
        {
            CheckValue(json, wrapped, path, violations);
            return;
        }

        CheckMessage(json, message, path, violations);
    }

    // google.protobuf.Int32Value and the other wrappers are written as their one value.
    private static FieldDescriptor? WrappedField(MessageDescriptor message) =>
        message.File.Package == "google.protobuf" && message.Name.EndsWith("Value", StringComparison.Ordinal) && message.Fields.InDeclarationOrder() is [{ Name: "value" } value]
            ? value
            : null;

    private static string? EnumText(string text, EnumDescriptor enumType) =>
        enumType.FindValueByName(text) is not null
        || (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && enumType.FindValueByNumber(number) is not null)
            ? null
            : $"'{Echo.Of(text)}' is not a value of {enumType.Name} ({Values(enumType)}).";

    private static string? NumberText(string text, FieldType type)
    {
        var styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (type is FieldType.Double or FieldType.Float)
        {
            return text is "NaN" or "Infinity" or "-Infinity" || double.TryParse(text, styles, CultureInfo.InvariantCulture, out _)
                ? null
                : $"'{Echo.Of(text)}' is not a number.";
        }

        var (min, max) = type switch
        {
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => ((decimal)int.MinValue, (decimal)int.MaxValue),
            FieldType.UInt32 or FieldType.Fixed32 => (0m, uint.MaxValue),
            FieldType.UInt64 or FieldType.Fixed64 => (0m, ulong.MaxValue),
            _ => (long.MinValue, long.MaxValue),
        };
        return decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value) && value >= min && value <= max
            ? null
            : $"'{Echo.Of(text)}' is not a whole number from {min} to {max}.";
    }

    private static string Values(EnumDescriptor enumType) =>
        $"one of {string.Join(", ", enumType.Values.Select(v => v.Name))}";

    private static string Describe(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Root(string path) => path.Length == 0 ? "(body)" : path;
}
