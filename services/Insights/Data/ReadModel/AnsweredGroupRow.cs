namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// A group already answered to one viewer in one scope: the differencing guard's memory (see
/// <c>Domain/Confidentiality/IAnsweredGroupStore</c>). Since ADR 31 the members and those shown by
/// name live once in <see cref="AnsweredGroupSetRow"/>, shared by every viewer answered the same
/// group, and this row holds only what is the viewer's own. Rows written before keep their members
/// and known members here (<see cref="SetKey"/> null); rows written before ADR 19 hold district ids
/// and no known members, which only makes the guard stricter. Written by the API.
/// </summary>
public sealed class AnsweredGroupRow
{
    public string ViewerKey { get; set; } = string.Empty;

    public Guid CycleId { get; set; }

    public Guid TargetId { get; set; }

    /// <summary>SHA-256 hex of the sorted member ids.</summary>
    public string GroupKey { get; set; } = string.Empty;

    /// <summary>The shared members and names (<see cref="AnsweredGroupSetRow.SetKey"/>); null on rows from before ADR 31.</summary>
    public string? SetKey { get; set; }

    /// <summary>The viewer's own value among the members, known to it whatever its visibility.</summary>
    public Guid? Own { get; set; }

    /// <summary>Rows from before ADR 31 only: the members (empty when <see cref="SetKey"/> is set).</summary>
    public Guid[] Members { get; set; } = [];

    /// <summary>Rows from before ADR 31 only: the members the viewer saw by name, and its own.</summary>
    public Guid[] Known { get; set; } = [];

    public DateTimeOffset RecordedAt { get; set; }
}
