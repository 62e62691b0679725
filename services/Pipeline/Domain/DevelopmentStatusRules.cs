namespace Consortium.Pipeline.Domain;

/// <summary>
/// The documented lifecycle of a development activity. Nothing goes back: a completed activity
/// stays completed (a repeat is a new activity), so participation and completion counts never
/// change silently; withdrawing needs a reason.
/// </summary>
public static class DevelopmentStatusRules
{
    private static readonly Dictionary<DevelopmentActivityStatus, DevelopmentActivityStatus[]> Allowed = new()
    {
        [DevelopmentActivityStatus.Planned] = [DevelopmentActivityStatus.InProgress, DevelopmentActivityStatus.Withdrawn],
        [DevelopmentActivityStatus.InProgress] = [DevelopmentActivityStatus.Completed, DevelopmentActivityStatus.Withdrawn],
        [DevelopmentActivityStatus.Completed] = [],
        [DevelopmentActivityStatus.Withdrawn] = [],
    };

    /// <summary>A new activity is recorded as planned, under way, or (looking back) completed; never as withdrawn.</summary>
    public static bool CanStartAs(DevelopmentActivityStatus status) => status != DevelopmentActivityStatus.Withdrawn;

    public static bool CanMove(DevelopmentActivityStatus from, DevelopmentActivityStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<DevelopmentActivityStatus> NextFrom(DevelopmentActivityStatus from) => Allowed[from];
}
