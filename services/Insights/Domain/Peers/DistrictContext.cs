namespace Consortium.Insights.Domain.Peers;

/// <summary>
/// The context a district is matched on: the latest profile Insights learned from Districts'
/// events. Percentages are 0–100.
/// </summary>
public sealed record DistrictContext(
    Guid DistrictId,
    string State,
    LocaleClass Locale,
    int Enrollment,
    decimal PctEconomicallyDisadvantaged,
    decimal PctEnglishLearners,
    decimal PctWithDisabilities)
{
    public SizeBand SizeBand => SizeBands.Classify(Enrollment);
}
