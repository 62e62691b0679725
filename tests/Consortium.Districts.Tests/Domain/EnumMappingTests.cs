using Consortium.Districts.Api;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

/// <summary>Every enum Districts shares with its contract or its events is mapped once, by name, with no member on one side only (ADR 22).</summary>
public sealed class EnumMappingTests
{
    [Fact]
    public void Every_enum_twin_is_mapped_and_every_map_is_complete() =>
        EnumMapChecks.AssertEveryTwinMapped(
            typeof(DistrictsApi).Assembly,
            [.. EnumMapChecks.ProtoEnums("Consortium.Contracts.Districts.V1"), .. EnumMapChecks.EventEnums("Consortium.Contracts.Events.Districts.V1")]);
}
