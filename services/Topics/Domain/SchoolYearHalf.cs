namespace Consortium.Topics.Domain;

/// <summary>Which half of the school year a cycle belongs to (the consortium meets twice a year). No zero member.</summary>
public enum SchoolYearHalf
{
    /// <summary>Autumn and winter, written H1.</summary>
    First = 1,

    /// <summary>Spring and summer, written H2.</summary>
    Second = 2,
}
