using Consortium.Pipeline.Api;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Pipeline.Tests.Domain;

/// <summary>Every enum Pipeline shares with its contract or its events is mapped once, by name, with no member on one side only (ADR 22).</summary>
public sealed class EnumMappingTests
{
    [Fact]
    public void Every_enum_twin_is_mapped_and_every_map_is_complete() =>
        EnumMapChecks.AssertEveryTwinMapped(
            typeof(PipelineApi).Assembly,
            [.. EnumMapChecks.ProtoEnums("Consortium.Contracts.Pipeline.V1"), .. EnumMapChecks.EventEnums("Consortium.Contracts.Events.Pipeline.V1")]);
}
