namespace Consortium.Districts.Domain;

/// <summary>
/// The first digit of an NCES urban-centric locale code. Values equal that digit so the
/// code can be composed arithmetically; there is deliberately no zero member.
/// </summary>
public enum LocaleClass
{
    City = 1,
    Suburb = 2,
    Town = 3,
    Rural = 4,
}
