namespace Consortium.ServiceDefaults.Domain;

/// <summary>
/// Collects every violation of a command before failing, so one round trip reports them all.
/// </summary>
public sealed class Violations
{
    private readonly List<FieldViolation> _items = [];

    public bool Any => _items.Count > 0;

    public IReadOnlyList<FieldViolation> Items => _items;

    public Violations Add(string field, string description)
    {
        _items.Add(new FieldViolation(field, description));
        return this;
    }

    /// <summary>Adds the violation when <paramref name="condition"/> is false.</summary>
    public Violations Require(bool condition, string field, string description) =>
        condition ? this : Add(field, description);

    /// <summary>Adds violations found while validating a nested value, prefixing their paths.</summary>
    public Violations AddNested(string prefix, IEnumerable<FieldViolation> nested)
    {
        foreach (var violation in nested)
        {
            _items.Add(violation with { Field = $"{prefix}.{violation.Field}" });
        }

        return this;
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new DomainValidationException([.. _items]);
        }
    }
}
