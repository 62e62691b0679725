using Consortium.Submissions.Api;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Submissions.Tests.Domain;

/// <summary>Every enum Submissions shares with its contract or the events it publishes and learns is mapped once, by name, with no member on one side only (ADR 22).</summary>
public sealed class EnumMappingTests
{
    [Fact]
    public void Every_enum_twin_is_mapped_and_every_map_is_complete() =>
        EnumMapChecks.AssertEveryTwinMapped(
            typeof(SubmissionsApi).Assembly,
            [
                .. EnumMapChecks.ProtoEnums("Consortium.Contracts.Submissions.V1"),
                .. EnumMapChecks.EventEnums(
                    "Consortium.Contracts.Events.Submissions.V1",
                    "Consortium.Contracts.Events.Districts.V1",
                    "Consortium.Contracts.Events.Topics.V1"),
            ]);
}
