using Consortium.Contracts.Events.Topics.V1;
using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.Topics.Domain;
using Xunit;

namespace Consortium.Topics.Tests.Domain;

/// <summary>The domain enums share names and numbers with the V1 event enums, so mapping them by number is exact.</summary>
public sealed class EventEnumTests
{
    [Fact]
    public void Domain_and_event_enums_agree()
    {
        AssertSame<Direction, DirectionV1>();
        AssertSame<BenchmarkKind, BenchmarkKindV1>();
        AssertSame<SchoolYearHalf, HalfV1>();
    }

    private static void AssertSame<TDomain, TEvent>()
        where TDomain : struct, Enum
        where TEvent : struct, Enum =>
        Assert.Equal(
            Enum.GetValues<TEvent>().Select(value => (Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), value.ToString())),
            Enum.GetValues<TDomain>().Select(value => (Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), value.ToString())));
}
