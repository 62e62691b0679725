namespace Consortium.ServiceDefaults.Auditing;

/// <summary>
/// One read of a district's record by someone outside that district (who, what, when), kept in
/// the reading service's own database (<c>audit_entries</c>) and listed to staff through
/// <c>consortium.audit.v1.AuditTrail</c>. Append-only: never updated.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxTextLength = 200;

    public required Guid Id { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The reader's subject (user id).</summary>
    public required string Subject { get; init; }

    /// <summary>The reader's district; <c>null</c> for staff without one.</summary>
    public Guid? CallerDistrictId { get; init; }

    /// <summary><see cref="AuditActions.Read"/> or <see cref="AuditActions.Listed"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The kind of record, e.g. <c>submission</c>.</summary>
    public required string Resource { get; init; }

    public required Guid ResourceId { get; init; }

    /// <summary>Whose record it is; <c>null</c> when the reader saw it anonymised.</summary>
    public Guid? DistrictId { get; init; }

    /// <summary>How much of it the reader saw, e.g. <c>Full</c>, <c>Anonymous</c>.</summary>
    public required string View { get; init; }

    public string? TraceId { get; init; }
}

/// <summary>What an <see cref="AuditEntry"/> records.</summary>
public static class AuditActions
{
    /// <summary>One record was read.</summary>
    public const string Read = "read";

    /// <summary>The record was a row of a list.</summary>
    public const string Listed = "listed";
}
