using Consortium.Contracts.Topics.V1;

namespace Consortium.DemoLoader.Loading;

/// <summary>A half of a school year: July–December is the first half of the year that starts that summer.</summary>
internal readonly record struct HalfYear(int StartYear, SchoolYearHalf Half)
{
    public static HalfYear Containing(DateOnly day) =>
        day.Month >= 7 ? new(day.Year, SchoolYearHalf.First) : new(day.Year - 1, SchoolYearHalf.Second);

    public HalfYear Previous => Half == SchoolYearHalf.Second ? new(StartYear, SchoolYearHalf.First) : new(StartYear - 1, SchoolYearHalf.Second);

    public string SchoolYear => $"{StartYear}-{(StartYear + 1) % 100:00}";

    public string CycleName => $"{(Half == SchoolYearHalf.First ? $"Fall {StartYear}" : $"Spring {StartYear + 1}")} benchmarking";
}
