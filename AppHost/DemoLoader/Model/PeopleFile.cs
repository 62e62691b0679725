namespace Consortium.DemoLoader.Model;

/// <summary>
/// <c>people.json</c>: the named demo people the identity service gets (Development only): staff,
/// and a benchmark lead and a leader for every demo district. They share one password, which the
/// app host keeps in its state folder and prints at start.
/// </summary>
internal sealed record PeopleFile
{
    public required IReadOnlyList<DemoPerson> Staff { get; init; }
    public required IReadOnlyList<DemoDistrictPeople> Districts { get; init; }
}

/// <summary>A district's lead and leader; <see cref="District"/> is its NCES LEA id.</summary>
internal sealed record DemoDistrictPeople
{
    public required string District { get; init; }
    public required DemoPerson Lead { get; init; }
    public required DemoPerson Leader { get; init; }
}

/// <summary>A demo person: who they are and the e-mail address they sign in with.</summary>
internal sealed record DemoPerson
{
    public required string Name { get; init; }
    public required string Email { get; init; }
}
