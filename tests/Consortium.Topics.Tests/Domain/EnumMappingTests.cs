using Consortium.Testing.Domain;
using Consortium.Topics.Api;
using Xunit;

namespace Consortium.Topics.Tests.Domain;

/// <summary>Every enum Topics shares with its contract or its events is mapped once, by name, with no member on one side only (ADR 22).</summary>
public sealed class EnumMappingTests
{
    [Fact]
    public void Every_enum_twin_is_mapped_and_every_map_is_complete() =>
        EnumMapChecks.AssertEveryTwinMapped(
            typeof(TopicsApi).Assembly,
            [.. EnumMapChecks.ProtoEnums("Consortium.Contracts.Topics.V1"), .. EnumMapChecks.EventEnums("Consortium.Contracts.Events.Topics.V1")]);
}
