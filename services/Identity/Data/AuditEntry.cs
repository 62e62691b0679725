namespace Consortium.Identity.Data;

/// <summary>One change to who may do what (an invitation, a role change, a disabled account...), readable by staff.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Who made the change: a staff subject, or <c>system</c> for changes driven by events.</summary>
    public required string Actor { get; init; }

    /// <summary>What was done, e.g. <c>person.invited</c>, <c>district.withdrawn</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The person id, client id or district id the change was about.</summary>
    public required string Target { get; init; }

    public string Details { get; init; } = string.Empty;
}
