using System.Globalization;
using Consortium.Contracts.Topics.V1;
using Google.Protobuf.WellKnownTypes;

namespace Consortium.Web.Services;

/// <summary>The next step of a cycle's life that staff take by hand.</summary>
public enum CycleStep
{
    OpenWindow,
    CloseWindow,
    PublishResults,
}

/// <summary>
/// A cycle's and a topic's life in plain words (the Topics service runs it: a cycle only moves
/// forward, PLANNING → OPEN → CLOSED → RESULTS_PUBLISHED): which step comes next and what it
/// does, said before staff confirm it.
/// </summary>
public static class CycleText
{
    public static string Status(CycleStatus status) => status switch
    {
        CycleStatus.Planning => "Planning",
        CycleStatus.Open => "Window open",
        CycleStatus.Closed => "Window closed",
        CycleStatus.ResultsPublished => "Results published",
        _ => "Unknown",
    };

    public static string Status(TopicStatus status) => status switch
    {
        TopicStatus.Draft => "Draft",
        TopicStatus.Published => "Published",
        TopicStatus.Retired => "Retired",
        _ => "Unknown",
    };

    public static string Half(SchoolYearHalf half) => half switch
    {
        SchoolYearHalf.First => "first half (H1)",
        SchoolYearHalf.Second => "second half (H2)",
        _ => "",
    };

    /// <summary>The step the cycle's status allows next; none once results are published.</summary>
    public static CycleStep? Next(CycleStatus status) => status switch
    {
        CycleStatus.Planning => CycleStep.OpenWindow,
        CycleStatus.Open => CycleStep.CloseWindow,
        CycleStatus.Closed => CycleStep.PublishResults,
        _ => null,
    };

    public static string Verb(CycleStep step) => step switch
    {
        CycleStep.OpenWindow => "Open the window now",
        CycleStep.CloseWindow => "Close the window now",
        _ => "Publish the results",
    };

    /// <summary>What the step does, for the confirmation.</summary>
    public static string Consequence(CycleStep step) => step switch
    {
        CycleStep.OpenWindow =>
            "Districts can submit against the cycle's published topics from now on (the planned opening moves to now). Draft topics stay drafts until you publish them.",
        CycleStep.CloseWindow =>
            "Districts can no longer make a first submission for this cycle (the planned closing moves to now); one you return can still be revised and resubmitted while you review. A closed window cannot be opened again.",
        _ =>
            "Members see comparisons over the cycle's accepted submissions, within the confidentiality rules. This cannot be undone.",
    };

    /// <summary>Topics can be written while the cycle is planned or open.</summary>
    public static bool TakesTopics(CycleStatus status) => status is CycleStatus.Planning or CycleStatus.Open;

    public static readonly BenchmarkKind[] Kinds =
    [
        BenchmarkKind.Program, BenchmarkKind.Policy, BenchmarkKind.Practice, BenchmarkKind.Process,
        BenchmarkKind.Context, BenchmarkKind.Culture, BenchmarkKind.Capacity,
    ];

    public static string Kind(BenchmarkKind kind) => kind switch
    {
        BenchmarkKind.Program => "Program",
        BenchmarkKind.Policy => "Policy",
        BenchmarkKind.Practice => "Practice",
        BenchmarkKind.Process => "Process",
        BenchmarkKind.Context => "Context",
        BenchmarkKind.Culture => "Culture",
        BenchmarkKind.Capacity => "Capacity",
        _ => "",
    };

    /// <summary>The submission window, in UTC as the service keeps it.</summary>
    public static string Window(Cycle cycle) => $"{When(cycle.SubmissionOpensAt)} – {When(cycle.SubmissionClosesAt)}";

    public static string When(Timestamp? at) =>
        at is null ? "—" : at.ToDateTimeOffset().ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Day(Google.Type.Date? date) =>
        date is null || date.Year == 0 ? "—" : new DateOnly(date.Year, date.Month, date.Day).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
