namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// A group already answered to one viewer in one scope: the differencing guard's memory (see
/// <c>Domain/Confidentiality/IAnsweredGroupStore</c>). Members are value versions
/// (<c>ContributionId</c>); rows written before ADR 19 hold district ids and no known members,
/// which only makes the guard stricter. Written by the API.
/// </summary>
public sealed class AnsweredGroupRow
{
    public string ViewerKey { get; set; } = string.Empty;

    public Guid CycleId { get; set; }

    public Guid TargetId { get; set; }

    /// <summary>SHA-256 hex of the sorted member ids.</summary>
    public string GroupKey { get; set; } = string.Empty;

    public Guid[] Members { get; set; } = [];

    /// <summary>The members the viewer saw by name (and its own): they never count as cover.</summary>
    public Guid[] Known { get; set; } = [];

    public DateTimeOffset RecordedAt { get; set; }
}
