using Consortium.Contracts.Events.Topics.V1;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>Where a cycle stands (numbers are stored; never renumber).</summary>
public enum CycleState
{
    Open = 1,
    Closed = 2,
    ResultsPublished = 3,
}

/// <summary>
/// A benchmark cycle as Topics announced it. Only <c>CycleOpened</c> carries the details; the status
/// follows the newest <see cref="CycleVersion"/>. A row first created by a later event (closed before
/// we heard it opened) has empty details until <c>CycleOpened</c> fills them.
/// </summary>
public sealed class CycleRow
{
    public Guid Id { get; set; }

    /// <summary>e.g. <c>2026-27</c>; empty until known.</summary>
    public string SchoolYear { get; set; } = string.Empty;

    /// <summary>0 until known.</summary>
    public HalfV1 Half { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>0 until known.</summary>
    public CycleState Status { get; set; }

    public DateTimeOffset? SubmissionOpensAt { get; set; }

    public DateTimeOffset? SubmissionClosesAt { get; set; }

    public DateTimeOffset? ResultsPublishedAt { get; set; }

    public int CycleVersion { get; set; }

    /// <summary>Whether <c>CycleOpened</c> has filled the details.</summary>
    public bool HasDetails => Name.Length > 0;

    public static CycleRow Placeholder(Guid id) => new() { Id = id };

    /// <summary>
    /// The details are filled from an older <c>CycleOpened</c> too when the row has none yet (no
    /// other event carries them); the status moves only with a newer version.
    /// </summary>
    public bool ApplyOpened(string schoolYear, HalfV1 half, string name, DateTimeOffset opensAt, DateTimeOffset closesAt, int version)
    {
        var newer = Versions.IsNewer(version, CycleVersion);
        if (!newer && HasDetails)
        {
            return false;
        }

        SchoolYear = schoolYear;
        Half = half;
        Name = name;
        SubmissionOpensAt = opensAt;
        SubmissionClosesAt = closesAt;
        if (newer)
        {
            Status = CycleState.Open;
            CycleVersion = version;
        }

        return true;
    }

    public bool ApplyStatus(CycleState status, int version, DateTimeOffset? resultsPublishedAt = null)
    {
        if (!Versions.IsNewer(version, CycleVersion))
        {
            return false;
        }

        Status = status;
        CycleVersion = version;
        ResultsPublishedAt = resultsPublishedAt ?? ResultsPublishedAt;
        return true;
    }
}
