namespace Consortium.Districts.Domain;

/// <summary>
/// The second digit of an NCES urban-centric locale code, read in context: for cities and
/// suburbs it is population size, for towns and rural areas it is distance from an urbanized
/// area. Hence two triples that share the digits 1–3.
/// </summary>
public enum LocaleSize
{
    Large = 1,
    Midsize = 2,
    Small = 3,
    Fringe = 4,
    Distant = 5,
    Remote = 6,
}
