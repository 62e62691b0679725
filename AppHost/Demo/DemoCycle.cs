using Consortium.Contracts.Topics.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Consortium.AppHost.Demo;

/// <summary>
/// The current half-year's benchmark cycle, open for submissions, with the demo topics published.
/// Found rather than created when it exists, so starting the demo again changes nothing.
/// </summary>
internal static class DemoCycle
{
    public static async Task<Cycle> LoadAsync(TopicsService.TopicsServiceClient topics, Metadata staff, CancellationToken cancellationToken)
    {
        var today = DateTime.UtcNow.Date;
        // July–December is the first half of the school year that starts that summer.
        var startYear = today.Month >= 7 ? today.Year : today.Year - 1;
        var schoolYear = $"{startYear}-{(startYear + 1) % 100:00}";
        var half = today.Month >= 7 ? SchoolYearHalf.First : SchoolYearHalf.Second;

        var existing = await topics.ListCyclesAsync(new ListCyclesRequest { SchoolYear = schoolYear }, staff, cancellationToken: cancellationToken);
        var cycle = existing.Cycles.FirstOrDefault(candidate => candidate.Half == half);
        if (cycle is not null)
        {
            return cycle;
        }

        var closesAt = today.AddDays(43).AddTicks(-1);
        cycle = await topics.CreateCycleAsync(new CreateCycleRequest
        {
            SchoolYear = schoolYear,
            Half = half,
            Name = $"{(half == SchoolYearHalf.First ? "Fall" : "Spring")} {today.Year} benchmarking",
            SubmissionOpensAt = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(5)),
            SubmissionClosesAt = Timestamp.FromDateTime(DateTime.SpecifyKind(closesAt, DateTimeKind.Utc)),
            MeetingDate = new Google.Type.Date { Year = closesAt.AddDays(21).Year, Month = closesAt.AddDays(21).Month, Day = closesAt.AddDays(21).Day },
        }, staff, cancellationToken: cancellationToken);

        foreach (var topic in DemoTopics.All)
        {
            var draft = topic.Clone();
            draft.CycleId = cycle.CycleId;
            var created = await topics.CreateTopicAsync(draft, staff, cancellationToken: cancellationToken);
            await topics.PublishTopicAsync(new PublishTopicRequest { TopicId = created.TopicId }, staff, cancellationToken: cancellationToken);
        }

        return await topics.OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId }, staff, cancellationToken: cancellationToken);
    }
}
