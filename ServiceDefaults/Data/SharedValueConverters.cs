using Consortium.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Consortium.ServiceDefaults.Data;

/// <summary>How the shared domain value objects are stored, the same in every service's database.</summary>
public static class SharedValueConverters
{
    /// <summary>Stored as its text, <c>2026-27</c>, which sorts in time order.</summary>
    public static readonly ValueConverter<SchoolYear, string> SchoolYear =
        new(year => year.ToString(), value => Domain.SchoolYear.Parse(value, Domain.SchoolYear.DefaultField));
}
