using Consortium.Benchmarks.Population;
using Consortium.Insights.Domain.Peers;

namespace Consortium.Benchmarks;

/// <summary>
/// The data one benchmark case works on, at one consortium size: the member contexts and the
/// values contributed to a percentage target, sorted as the precomputed target distribution
/// holds them (the read model keeps <c>sorted_values</c> ascending).
/// </summary>
public sealed class Scale
{
    private Scale(int districts)
    {
        Districts = SyntheticConsortium.Districts(districts);
        Contexts = [.. Districts.Select(ToContext)];
        var contributors = Districts.Where(d => d.Submits).ToList();
        ContributorIds = [.. contributors.Select(d => d.Id)];
        SortedValues = [.. contributors.Select(d => SyntheticConsortium.PercentageValue(d)).Order()];
        var own = contributors[contributors.Count / 3];
        OwnValue = SyntheticConsortium.PercentageValue(own);
        OwnContext = ToContext(own);
    }

    public IReadOnlyList<SyntheticDistrict> Districts { get; }

    public IReadOnlyList<DistrictContext> Contexts { get; }

    /// <summary>The districts that contributed a value (about 90%).</summary>
    public IReadOnlyList<Guid> ContributorIds { get; }

    public decimal[] SortedValues { get; }

    /// <summary>The comparing district's own value, one of <see cref="SortedValues"/>.</summary>
    public decimal OwnValue { get; }

    public DistrictContext OwnContext { get; }

    public static Scale Of(int districts) => new(districts);

    public static DistrictContext ToContext(SyntheticDistrict district) => new(
        district.Id,
        district.State,
        (LocaleClass)(district.LocaleCode / 10),
        district.Enrollment,
        district.PctEconomicallyDisadvantaged,
        district.PctEnglishLearners,
        district.PctStudentsWithDisabilities);
}
