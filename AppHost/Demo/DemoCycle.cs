using Consortium.Contracts.Topics.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Consortium.AppHost.Demo;

/// <summary>
/// Two benchmark cycles: the previous half-year's, whose results the consortium has published,
/// and the current half-year's, open for submissions. Two topics were benchmarked last time too
/// and are carried forward (same target codes), so trends span both cycles. Cycles are found
/// rather than created when they exist, so starting the demo again changes nothing.
/// </summary>
internal static class DemoCycle
{
    /// <summary>Topics the previous cycle benchmarked, carried forward into the current one.</summary>
    public static IReadOnlyList<string> CarriedForward { get; } = ["Student voice in course design", "Social-emotional learning"];

    /// <summary>The previous half-year's cycle, open until the demo has reviewed its submissions (see <see cref="FinishAsync"/>).</summary>
    public static async Task<Cycle> LoadPreviousAsync(TopicsService.TopicsServiceClient topics, Metadata staff, CancellationToken cancellationToken)
    {
        var (startYear, half) = HalfOf(DateTime.UtcNow.Date);
        (startYear, half) = half == SchoolYearHalf.Second ? (startYear, SchoolYearHalf.First) : (startYear - 1, SchoolYearHalf.Second);
        return await FindOrCreateAsync(topics, staff, startYear, half, DemoTopics.All.Where(t => CarriedForward.Contains(t.Title)), [], cancellationToken);
    }

    /// <summary>The current half-year's cycle, open, with every demo topic published.</summary>
    public static async Task<Cycle> LoadCurrentAsync(
        TopicsService.TopicsServiceClient topics, Metadata staff, IReadOnlyList<Topic> previousTopics, CancellationToken cancellationToken)
    {
        var (startYear, half) = HalfOf(DateTime.UtcNow.Date);
        var carried = previousTopics.Where(t => CarriedForward.Contains(t.Title)).ToList();
        var fresh = DemoTopics.All.Where(t => !CarriedForward.Contains(t.Title));
        return await FindOrCreateAsync(topics, staff, startYear, half, fresh, carried, cancellationToken);
    }

    /// <summary>Closes the previous cycle's window and publishes its results, once its submissions are reviewed.</summary>
    public static async Task FinishAsync(TopicsService.TopicsServiceClient topics, Cycle previous, Metadata staff, CancellationToken cancellationToken)
    {
        if (previous.Status == CycleStatus.Open)
        {
            previous = await topics.CloseCycleAsync(new CloseCycleRequest { RequestId = $"demo-close-{previous.CycleId}", CycleId = previous.CycleId }, staff, cancellationToken: cancellationToken);
        }

        if (previous.Status == CycleStatus.Closed)
        {
            await topics.PublishResultsAsync(new PublishResultsRequest { RequestId = $"demo-results-{previous.CycleId}", CycleId = previous.CycleId }, staff, cancellationToken: cancellationToken);
        }
    }

    public static async Task<IReadOnlyList<Topic>> PublishedTopicsAsync(TopicsService.TopicsServiceClient topics, Cycle cycle, Metadata staff, CancellationToken cancellationToken)
    {
        var page = await topics.ListTopicsAsync(new ListTopicsRequest { CycleId = cycle.CycleId, Status = TopicStatus.Published }, staff, cancellationToken: cancellationToken);
        return page.Topics;
    }

    private static async Task<Cycle> FindOrCreateAsync(
        TopicsService.TopicsServiceClient topics,
        Metadata staff,
        int startYear,
        SchoolYearHalf half,
        IEnumerable<CreateTopicRequest> newTopics,
        IReadOnlyList<Topic> carriedTopics,
        CancellationToken cancellationToken)
    {
        var schoolYear = $"{startYear}-{(startYear + 1) % 100:00}";
        var existing = await topics.ListCyclesAsync(new ListCyclesRequest { SchoolYear = schoolYear }, staff, cancellationToken: cancellationToken);
        if (existing.Cycles.FirstOrDefault(candidate => candidate.Half == half) is { } found)
        {
            return found;
        }

        // The window must close in the future to be opened; the previous cycle is closed by
        // command once the demo has reviewed its submissions.
        var closesAt = DateTime.UtcNow.Date.AddDays(43).AddTicks(-1);
        var meeting = closesAt.AddDays(21);
        var cycle = await topics.CreateCycleAsync(new CreateCycleRequest
        {
            RequestId = $"demo-cycle-{schoolYear}-{half}",
            SchoolYear = schoolYear,
            Half = half,
            Name = $"{(half == SchoolYearHalf.First ? $"Fall {startYear}" : $"Spring {startYear + 1}")} benchmarking",
            SubmissionOpensAt = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(5)),
            SubmissionClosesAt = Timestamp.FromDateTime(DateTime.SpecifyKind(closesAt, DateTimeKind.Utc)),
            MeetingDate = new Google.Type.Date { Year = meeting.Year, Month = meeting.Month, Day = meeting.Day },
        }, staff, cancellationToken: cancellationToken);

        foreach (var topic in carriedTopics)
        {
            var carried = await topics.CarryForwardTopicAsync(
                new CarryForwardTopicRequest { RequestId = $"demo-carry-{topic.TopicId}", TopicId = topic.TopicId, TargetCycleId = cycle.CycleId },
                staff,
                cancellationToken: cancellationToken);
            await topics.PublishTopicAsync(new PublishTopicRequest { TopicId = carried.TopicId }, staff, cancellationToken: cancellationToken);
        }

        foreach (var topic in newTopics)
        {
            var draft = topic.Clone();
            draft.CycleId = cycle.CycleId;
            var created = await topics.CreateTopicAsync(draft, staff, cancellationToken: cancellationToken);
            await topics.PublishTopicAsync(new PublishTopicRequest { TopicId = created.TopicId }, staff, cancellationToken: cancellationToken);
        }

        return await topics.OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId }, staff, cancellationToken: cancellationToken);
    }

    // July–December is the first half of the school year that starts that summer.
    private static (int StartYear, SchoolYearHalf Half) HalfOf(DateTime day) =>
        day.Month >= 7 ? (day.Year, SchoolYearHalf.First) : (day.Year - 1, SchoolYearHalf.Second);
}
