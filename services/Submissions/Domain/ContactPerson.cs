namespace Consortium.Submissions.Domain;

/// <summary>Whom other members may ask about what a submission describes.</summary>
public sealed record ContactPerson(string Name, string Email)
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
}
