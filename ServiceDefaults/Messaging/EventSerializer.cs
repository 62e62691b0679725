using System.Collections.Frozen;
using System.Text.Json;
using Consortium.Contracts.Events;

namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// Stores events as JSON with their type name, and finds the type again when publishing. Only
/// integration events from <c>Consortium.Contracts</c> are known, so the outbox can never be made
/// to instantiate an arbitrary type.
/// </summary>
internal static class EventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly FrozenDictionary<string, Type> KnownTypes = typeof(IntegrationEvent).Assembly
        .GetExportedTypes()
        .Where(type => type is { IsAbstract: false } && type.IsAssignableTo(typeof(IntegrationEvent)))
        .ToFrozenDictionary(type => type.FullName!, StringComparer.Ordinal);

    public static string TypeName(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return KnownTypes.ContainsKey(type.FullName!)
            ? type.FullName!
            : throw new ArgumentException($"{type.FullName} is not an integration event of Consortium.Contracts.", nameof(integrationEvent));
    }

    public static string Serialize(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static (object Message, Type Type) Deserialize(string typeName, string body)
    {
        if (!KnownTypes.TryGetValue(typeName, out var type))
        {
            throw new InvalidOperationException($"Outbox holds an event of unknown type '{typeName}'.");
        }

        var message = JsonSerializer.Deserialize(body, type, Options)
            ?? throw new InvalidOperationException($"Outbox event of type '{typeName}' has an empty body.");
        return (message, type);
    }
}
