namespace Consortium.Submissions.Domain;

/// <summary>
/// Our copy of a benchmark cycle from Topics' events: its submission window and status. The
/// status follows the newest event (by <c>CycleVersion</c>); the window comes only from
/// <c>CycleOpened</c> and is versioned apart, so a <c>CycleClosed</c> that overtakes its
/// <c>CycleOpened</c> leaves the cycle closed yet still learns the window.
/// </summary>
public sealed class KnownCycle
{
    public KnownCycle(Guid id) => Id = id;

    public Guid Id { get; private set; }

    public string? Name { get; private set; }

    public DateTimeOffset? OpensAt { get; private set; }

    public DateTimeOffset? ClosesAt { get; private set; }

    public int WindowVersion { get; private set; }

    public CycleStatus? Status { get; private set; }

    public int StatusVersion { get; private set; }

    /// <summary>Bumped by every applied change; a concurrency token.</summary>
    public int Revision { get; private set; }

    /// <summary>Submissions are taken only while the cycle is open and now is inside its window.</summary>
    public bool IsWindowOpenAt(DateTimeOffset now) =>
        Status == CycleStatus.Open && OpensAt <= now && now < ClosesAt;

    public void ApplyOpened(string name, DateTimeOffset opensAt, DateTimeOffset closesAt, int version)
    {
        if (version > WindowVersion)
        {
            Name = name;
            OpensAt = opensAt;
            ClosesAt = closesAt;
            WindowVersion = version;
            Revision++;
        }

        ApplyStatus(CycleStatus.Open, version);
    }

    public void ApplyStatus(CycleStatus status, int version)
    {
        if (version > StatusVersion)
        {
            Status = status;
            StatusVersion = version;
            Revision++;
        }
    }
}
