namespace Consortium.Insights.Domain.Peers;

/// <summary>The first digit of a district's NCES urban-centric locale code (values equal it, as in Districts).</summary>
public enum LocaleClass
{
    City = 1,
    Suburb = 2,
    Town = 3,
    Rural = 4,
}
