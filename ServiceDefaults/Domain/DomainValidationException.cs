namespace Consortium.ServiceDefaults.Domain;

/// <summary>
/// Input broke one or more rules. Surfaces as gRPC <c>InvalidArgument</c> with a
/// <c>google.rpc.BadRequest</c> listing every violation, so a client sees all problems at once.
/// </summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException(IReadOnlyList<FieldViolation> violations)
        : base(Describe(violations))
    {
        if (violations.Count == 0)
        {
            throw new ArgumentException("A validation failure needs at least one violation.", nameof(violations));
        }

        Violations = violations;
    }

    public DomainValidationException(string field, string description)
        : this([new FieldViolation(field, description)])
    {
    }

    public IReadOnlyList<FieldViolation> Violations { get; }

    private static string Describe(IReadOnlyList<FieldViolation> violations) =>
        string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"));
}
