namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// The part of an answered group that is the same for every viewer: its members and those shown by
/// name. Named by its content (<see cref="SetKey"/>), written once however many viewers are
/// answered the group, never changed or deleted (ADR 31). Written by the API.
/// </summary>
public sealed class AnsweredGroupSetRow
{
    /// <summary>SHA-256 hex of the members' key and the shown members' key.</summary>
    public string SetKey { get; set; } = string.Empty;

    /// <summary>The members, sorted.</summary>
    public Guid[] Members { get; set; } = [];

    /// <summary>The members every viewer saw by name, sorted.</summary>
    public Guid[] Shown { get; set; } = [];

    public DateTimeOffset RecordedAt { get; set; }
}
