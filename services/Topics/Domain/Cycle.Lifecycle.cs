using Consortium.ServiceDefaults.Domain;

namespace Consortium.Topics.Domain;

/// <summary>
/// The cycle's lifecycle, forward only: Planning → Open → Closed → ResultsPublished. Opening and
/// closing happen on a staff command or when the window's time arrives
/// (<see cref="OpenOnSchedule"/>, <see cref="CloseOnSchedule"/>); either way the window's times afterwards say when it really
/// opened and closed.
/// </summary>
public sealed partial class Cycle
{
    /// <summary>Rule code for a status change the lifecycle forbids.</summary>
    public const string TransitionRule = "CYCLE_TRANSITION";

    /// <summary>Rule code for changing the plan of a cycle that is no longer being planned.</summary>
    public const string NotPlanningRule = "CYCLE_NOT_PLANNING";

    /// <summary>Rule code for opening a cycle whose window has already ended.</summary>
    public const string WindowEndedRule = "CYCLE_WINDOW_ENDED";

    /// <summary>Opens the window now (staff command). Opening early moves the opening time to now.</summary>
    public void Open(DateTimeOffset now)
    {
        RequireStatus(CycleStatus.Planning, "Opening the window");
        if (SubmissionClosesAt <= now)
        {
            throw new RuleViolationException(Subject, WindowEndedRule,
                $"Cycle {Label}'s window was planned to close at {SubmissionClosesAt:u}, which has passed. Move the closing time first.");
        }

        if (now < SubmissionOpensAt)
        {
            SubmissionOpensAt = now;
        }

        Status = CycleStatus.Open;
        Touch(now);
    }

    /// <summary>Closes the window now (staff command). Closing early moves the closing time to now.</summary>
    public void Close(DateTimeOffset now)
    {
        RequireStatus(CycleStatus.Open, "Closing the window");
        if (now < SubmissionClosesAt)
        {
            SubmissionClosesAt = now;
        }

        Status = CycleStatus.Closed;
        Touch(now);
    }

    /// <summary>Publishes the results of a closed cycle.</summary>
    public void PublishResults(DateTimeOffset now)
    {
        RequireStatus(CycleStatus.Closed, "Publishing results");
        Status = CycleStatus.ResultsPublished;
        ResultsPublishedAt = now;
        Touch(now);
    }

    /// <summary>
    /// Opens the window because its opening time has passed (the scheduler's step); returns
    /// whether it did. The planned time is kept: it says when the window really opened.
    /// </summary>
    public bool OpenOnSchedule(DateTimeOffset now)
    {
        if (Status != CycleStatus.Planning || SubmissionOpensAt > now)
        {
            return false;
        }

        Status = CycleStatus.Open;
        Touch(now);
        return true;
    }

    /// <summary>
    /// Closes the window because its closing time has passed (the scheduler's step); returns
    /// whether it did. (A cycle whose whole window passed while nothing ran is opened, then closed.)
    /// </summary>
    public bool CloseOnSchedule(DateTimeOffset now)
    {
        if (Status != CycleStatus.Open || SubmissionClosesAt > now)
        {
            return false;
        }

        Status = CycleStatus.Closed;
        Touch(now);
        return true;
    }

    private void RequireStatus(CycleStatus required, string action)
    {
        if (Status != required)
        {
            throw new RuleViolationException(Subject, TransitionRule,
                $"Cycle {Label} is {Describe(Status)}. {action} needs a cycle that is {Describe(required)}.");
        }
    }

    internal static string Describe(CycleStatus status) => status switch
    {
        CycleStatus.Planning => "being planned",
        CycleStatus.Open => "open",
        CycleStatus.Closed => "closed",
        _ => "already showing its results",
    };
}
