using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

/// <summary>Every enum Insights' contract shares with its domain is mapped once, by name, with no member on one side only (ADR 22).</summary>
public sealed class EnumMappingTests
{
    [Fact]
    public void Every_enum_twin_is_mapped_and_every_map_is_complete() =>
        EnumMapChecks.AssertEveryTwinMapped(typeof(Program).Assembly, EnumMapChecks.ProtoEnums("Consortium.Contracts.Insights.V1"));
}
