using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Consortium.ServiceDefaults.Domain;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// Finds what a parsed request carries that its contract does not define: fields the message
/// does not have (a misspelt or newer field would otherwise be dropped without a word) and
/// enum numbers outside the enum's values (proto3 enums are open, so 999 parses and would later
/// be mapped to "something else"). Walks the message with its descriptor, so it holds for every
/// RPC, present and future, without a list. Paths are the fields' proto names (snake_case, dots
/// into nested messages, [i] into lists, [key] into maps), as every other violation.
/// </summary>
public static class StrictMessage
{
    // Generated messages keep unknown fields in a private field; there is no public accessor.
    private static readonly ConcurrentDictionary<Type, FieldInfo?> UnknownFieldsOf = new();

    public static IReadOnlyList<FieldViolation> Inspect(IMessage message)
    {
        var violations = new List<FieldViolation>();
        Inspect(message, prefix: string.Empty, violations, depth: 0);
        return violations;
    }

    private static void Inspect(IMessage message, string prefix, List<FieldViolation> violations, int depth)
    {
        // Protobuf itself refuses nesting deeper than 100; this is only a guard.
        if (depth > 100)
        {
            return;
        }

        foreach (var number in UnknownFieldNumbers(message))
        {
            violations.Add(new FieldViolation(
                prefix.Length == 0 ? $"#{number}" : $"{prefix}.#{number}",
                $"field number {number} is not a field of {message.Descriptor.Name}; remove it or check the contract's spelling."));
        }

        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var path = prefix.Length == 0 ? field.Name : $"{prefix}.{field.Name}";
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                InspectMap(field, (IDictionary)value, path, violations, depth);
            }
            else if (field.IsRepeated)
            {
                var index = 0;
                foreach (var item in (IList)value)
                {
                    InspectValue(field, item, $"{path}[{index++}]", violations, depth);
                }
            }
            else if (field.FieldType != FieldType.Message || field.Accessor.HasValue(message))
            {
                InspectValue(field, value, path, violations, depth);
            }
        }
    }

    private static void InspectMap(FieldDescriptor field, IDictionary map, string path, List<FieldViolation> violations, int depth)
    {
        var valueField = field.MessageType.FindFieldByNumber(2);
        foreach (DictionaryEntry entry in map)
        {
            InspectValue(valueField, entry.Value, $"{path}[{Echo.Of(entry.Key.ToString())}]", violations, depth);
        }
    }

    private static void InspectValue(FieldDescriptor field, object? value, string path, List<FieldViolation> violations, int depth)
    {
        switch (field.FieldType)
        {
            case FieldType.Enum when value is not null:
                var number = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
                if (field.EnumType.FindValueByNumber(number) is null)
                {
                    violations.Add(new FieldViolation(path, $"{number} is not a value of {field.EnumType.Name} (one of: {string.Join(", ", field.EnumType.Values.Select(v => $"{v.Name} = {v.Number}"))})."));
                }

                break;
            case FieldType.Message or FieldType.Group when value is IMessage nested:
                Inspect(nested, path, violations, depth + 1);
                break;
        }
    }

    private static SortedSet<int> UnknownFieldNumbers(IMessage message)
    {
        var field = UnknownFieldsOf.GetOrAdd(message.GetType(), static type =>
            type.GetField("_unknownFields", BindingFlags.Instance | BindingFlags.NonPublic));
        if (field?.GetValue(message) is not UnknownFieldSet unknown)
        {
            return [];
        }

        // UnknownFieldSet keeps its fields private too; its wire form names each field's number.
        var numbers = new SortedSet<int>();
        var input = new CodedInputStream(ToBytes(unknown));
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            numbers.Add(WireFormat.GetTagFieldNumber(tag));
            input.SkipLastField();
        }

        return numbers;
    }

    private static byte[] ToBytes(UnknownFieldSet unknown)
    {
        var bytes = new byte[unknown.CalculateSize()];
        var output = new CodedOutputStream(bytes);
        unknown.WriteTo(output);
        output.Flush();
        return bytes;
    }
}
