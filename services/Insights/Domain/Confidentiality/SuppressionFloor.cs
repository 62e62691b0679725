using Consortium.ServiceDefaults.Domain;

namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// The k-floor: an aggregate is shown only if it covers at least k districts. Default 5, the
/// common floor for organisation-level sharing (DOJ/FTC "safety zone": ≥ 5 contributors) and
/// survey reporting (Panorama, OurSCHOOL); configurable per consortium, never below 3 because
/// with two districts each one learns the other's value from the mean.
/// </summary>
public sealed record SuppressionFloor
{
    public const int Default = 5;
    public const int Lowest = 3;

    public SuppressionFloor(int k = Default)
    {
        if (k < Lowest)
        {
            throw new DomainValidationException("suppression_floor", $"The minimum group size must be at least {Lowest}; it was {k}.");
        }

        K = k;
    }

    public int K { get; }

    /// <summary>Null when a group of <paramref name="districts"/> may be shown; otherwise why not.</summary>
    public Suppression? Check(int districts) =>
        districts >= K
            ? null
            : new Suppression(
                SuppressionReason.TooFewDistricts,
                $"Fewer than {K} districts are in this group, so its figures are not shown to protect each district's data.");
}
