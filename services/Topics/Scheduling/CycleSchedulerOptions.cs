namespace Consortium.Topics.Scheduling;

/// <summary>How often the service looks for cycles whose submission window should open or close.</summary>
public sealed class CycleSchedulerOptions
{
    public const string SectionName = "Topics:CycleScheduler";

    /// <summary>
    /// Time between checks. A window opens or closes at most this long after its time; Submissions
    /// refuses late submissions by the window's own time anyway, so this only delays the events.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Off only where another process does the job.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>At most this many cycles per check and transaction.</summary>
    public int BatchSize { get; set; } = 20;
}
