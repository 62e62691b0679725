using Consortium.Districts.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Consortium.Districts.Data;

/// <summary>How the domain's value objects are stored: as the plain value they wrap.</summary>
internal static class ValueConverters
{
    public static readonly ValueConverter<NcesLeaId, string> NcesLeaId =
        new(id => id.Value, value => Domain.NcesLeaId.Parse(value, Domain.NcesLeaId.DefaultField));

    public static readonly ValueConverter<UsState, string> UsState =
        new(state => state.Code, code => Domain.UsState.Parse(code, Domain.UsState.DefaultField));

    public static readonly ValueConverter<LocaleCode, int> LocaleCode =
        new(locale => locale.Code, code => Domain.LocaleCode.Create(code, Domain.LocaleCode.DefaultField));

    public static readonly ValueConverter<Percentage, decimal> Percentage =
        new(percentage => percentage.Value, value => Domain.Percentage.Create(value, "percentage"));
}
