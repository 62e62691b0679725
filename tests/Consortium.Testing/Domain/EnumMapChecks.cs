using System.Reflection;
using Consortium.ServiceDefaults.Vocabulary;
using Google.Protobuf.Reflection;
using Xunit;

namespace Consortium.Testing.Domain;

/// <summary>
/// One check for every service (ADR 22): every enum of the service's .proto package (found through
/// the package's file descriptors) or of the event contracts that has a namesake among the service's
/// own enums is mapped by an <see cref="EnumMap{TContract, TDomain}"/>, and every map the service
/// declares is built — which fails when a member exists on one side only.
/// </summary>
public static class EnumMapChecks
{
    /// <summary>Every <see cref="IEnumMap"/> held in a static field of <paramref name="assembly"/>; reading a field builds its map.</summary>
    public static IReadOnlyList<IEnumMap> MapsIn(Assembly assembly) =>
    [
        .. assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => typeof(IEnumMap).IsAssignableFrom(field.FieldType))
            .Select(field => (IEnumMap)(field.GetValue(null) ?? throw new InvalidOperationException($"{field.DeclaringType}.{field.Name} is null."))),
    ];

    /// <summary>The CLR enums generated from the .proto files of <paramref name="protoNamespace"/> (e.g. <c>Consortium.Contracts.Topics.V1</c>).</summary>
    public static IReadOnlyList<Type> ProtoEnums(string protoNamespace) =>
    [
        .. typeof(Consortium.Contracts.Security.Roles).Assembly.GetTypes()
            .Where(type => type.Namespace == protoNamespace && type.Name.EndsWith("Reflection", StringComparison.Ordinal))
            .Select(type => type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .SelectMany(file => file.EnumTypes)
            .Select(descriptor => descriptor.ClrType),
    ];

    /// <summary>The event contracts' enums in <paramref name="eventNamespaces"/> (their names end in <c>V1</c>).</summary>
    public static IReadOnlyList<Type> EventEnums(params string[] eventNamespaces) =>
    [
        .. typeof(Consortium.Contracts.Security.Roles).Assembly.GetTypes()
            .Where(type => type.IsEnum && eventNamespaces.Contains(type.Namespace)),
    ];

    /// <summary>
    /// Asserts that every map of <paramref name="service"/> (and of ServiceDefaults) is built, and that
    /// each contract enum in <paramref name="contractEnums"/> whose name (without its version suffix)
    /// is also an enum of the service's domain — or the shared domain — is mapped to exactly that enum.
    /// </summary>
    public static void AssertEveryTwinMapped(Assembly service, IEnumerable<Type> contractEnums)
    {
        var maps = MapsIn(service).Concat(MapsIn(typeof(IEnumMap).Assembly)).ToList();
        var domainEnums = service.GetTypes().Concat(typeof(IEnumMap).Assembly.GetTypes())
            .Where(type => type.IsEnum && type.Namespace?.Contains(".Domain", StringComparison.Ordinal) == true)
            .ToList();
        var unmapped = new List<string>();
        foreach (var contract in contractEnums)
        {
            var name = contract.Name.EndsWith("V1", StringComparison.Ordinal) ? contract.Name[..^2] : contract.Name;
            foreach (var twin in domainEnums.Where(domain => domain.Name == name))
            {
                if (!maps.Any(map => map.ContractType == contract && map.DomainType == twin))
                {
                    unmapped.Add($"{contract.FullName} ↔ {twin.FullName}");
                }
            }
        }

        Assert.True(unmapped.Count == 0, $"Declared on both sides but not mapped by an EnumMap: {string.Join("; ", unmapped)}");
    }
}
