using Consortium.Contracts.Events.Topics.V1;
using Consortium.ServiceDefaults.Domain.Measures;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Domain;

public sealed class MeasureTypeTests
{
    [Fact]
    public void Shares_names_and_numbers_with_the_event_enum_so_mapping_by_number_is_exact() =>
        Assert.Equal(
            Enum.GetValues<MeasureTypeV1>().Select(value => ((int)value, value.ToString())),
            Enum.GetValues<MeasureType>().Select(value => ((int)value, value.ToString())));
}
