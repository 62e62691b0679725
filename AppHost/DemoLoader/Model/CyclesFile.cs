namespace Consortium.DemoLoader.Model;

/// <summary>
/// <c>cycles.json</c>: the previous half-year's cycle (its results published) and the current
/// one (open). Their school years and halves follow from today's date, so the demo always shows
/// a cycle open now; topics are referred to by title.
/// </summary>
internal sealed record CyclesFile
{
    /// <summary>Days from the load until a newly created cycle's submission window closes.</summary>
    public required int SubmissionWindowDays { get; init; }

    public required int MeetingDaysAfterClose { get; init; }

    public required PreviousCyclePlan Previous { get; init; }

    public required CurrentCyclePlan Current { get; init; }
}

internal sealed record PreviousCyclePlan
{
    public required IReadOnlyList<string> Topics { get; init; }
}

internal sealed record CurrentCyclePlan
{
    /// <summary>Topics of the previous cycle carried forward (same target codes, so trends span both cycles).</summary>
    public IReadOnlyList<string> CarriedForward { get; set; } = [];

    public required IReadOnlyList<string> Topics { get; init; }
}
