namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// The part of an answered group that is the same for every viewer: its members and those shown by
/// name. Named by its content (<see cref="SetKey"/>), written once however many viewers are
/// answered the group, never changed or deleted (ADR 31). Written by the API. Either whole
/// (<see cref="Members"/>, <see cref="Shown"/>) or as its change from a set stored before
/// (<see cref="BaseKey"/> and the four change lists, the whole lists empty; ADR 42).
/// </summary>
public sealed class AnsweredGroupSetRow
{
    /// <summary>SHA-256 hex of the members' key and the shown members' key.</summary>
    public string SetKey { get; set; } = string.Empty;

    /// <summary>The members, sorted; empty when the set is stored as a change.</summary>
    public Guid[] Members { get; set; } = [];

    /// <summary>The members every viewer saw by name, sorted; empty when the set is stored as a change.</summary>
    public Guid[] Shown { get; set; } = [];

    /// <summary>The set this one is stored as a change from, or null when stored whole.</summary>
    public string? BaseKey { get; set; }

    /// <summary>How many changes lead from a set stored whole to this one (0 when stored whole): reading it back reads as many rows more.</summary>
    public int Depth { get; set; }

    /// <summary>Members that are not in the base, sorted.</summary>
    public Guid[] MembersAdded { get; set; } = [];

    /// <summary>Members of the base that are not in this set, sorted.</summary>
    public Guid[] MembersRemoved { get; set; } = [];

    /// <summary>Members shown by name here and not in the base, sorted.</summary>
    public Guid[] ShownAdded { get; set; } = [];

    /// <summary>Members shown by name in the base and not here, sorted.</summary>
    public Guid[] ShownRemoved { get; set; } = [];

    public DateTimeOffset RecordedAt { get; set; }
}
