namespace Consortium.ServiceDefaults.Domain;

/// <summary>
/// The input is well-formed but the current state forbids the change (a lifecycle rule,
/// e.g. re-activating a district that never left). Surfaces as gRPC <c>FailedPrecondition</c>
/// with a <c>google.rpc.PreconditionFailure</c>.
/// </summary>
public sealed class RuleViolationException(string subject, string rule, string message) : Exception(message)
{
    /// <summary>What the rule is about, e.g. <c>district/0193…</c>.</summary>
    public string Subject { get; } = subject;

    /// <summary>A stable, machine-readable rule code, e.g. <c>MEMBERSHIP_TRANSITION</c>.</summary>
    public string Rule { get; } = rule;
}
