using Consortium.ServiceDefaults.Domain;
using Xunit;

namespace Consortium.Testing.Domain;

/// <summary>Assertions on validation failures by field path, the contract clients rely on.</summary>
public static class Expect
{
    /// <summary>Asserts the action fails validation on exactly these fields (in any order).</summary>
    public static DomainValidationException Violations(Action action, params string[] fields)
    {
        var exception = Assert.Throws<DomainValidationException>(action);
        Assert.Equal(fields.Order(StringComparer.Ordinal), exception.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
        return exception;
    }

    /// <summary>Asserts the action fails validation on exactly one field and returns its message.</summary>
    public static string Violation(Action action, string field) =>
        Assert.Single(Violations(action, field).Violations).Description;

    /// <summary>Asserts the action is refused by the lifecycle rule with this code.</summary>
    public static RuleViolationException RuleViolation(Action action, string rule)
    {
        var exception = Assert.Throws<RuleViolationException>(action);
        Assert.Equal(rule, exception.Rule);
        return exception;
    }
}
