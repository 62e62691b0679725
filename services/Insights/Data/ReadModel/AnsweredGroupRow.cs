namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// A group of districts already answered to one viewer for one target: the differencing guard's
/// memory (see <c>Domain/Confidentiality/IAnsweredGroupStore</c>). Written by the API.
/// </summary>
public sealed class AnsweredGroupRow
{
    public string ViewerKey { get; set; } = string.Empty;

    public Guid CycleId { get; set; }

    public Guid TargetId { get; set; }

    /// <summary>SHA-256 hex of the sorted member ids.</summary>
    public string GroupKey { get; set; } = string.Empty;

    public Guid[] Members { get; set; } = [];

    public DateTimeOffset RecordedAt { get; set; }
}
