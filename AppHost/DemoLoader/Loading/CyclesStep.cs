using Consortium.Contracts.Topics.V1;
using Consortium.DemoLoader.Model;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Logging;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// The previous half-year's cycle and the current one, with their topics published. A cycle is
/// found rather than created when it exists (its dates follow from the day of the first load); one
/// still being planned, left by a load that stopped, is finished with the same request ids.
/// </summary>
internal sealed partial class CyclesStep(TopicsService.TopicsServiceClient topics, DemoCallers callers, TimeProvider time, ILogger<CyclesStep> logger)
{
    public async Task<LoadedCycle> LoadPreviousAsync(DemoDataSet data, CancellationToken cancellationToken)
    {
        using var span = Hosting.LoaderTelemetry.Step("previous cycle");
        var half = HalfYear.Containing(Today()).Previous;
        var cycle = await LoadAsync(data, half, data.Cycles.Previous.Topics.Select(data.Topic), carried: [], cancellationToken);
        LogCycle(cycle.Cycle.Name, cycle.Cycle.Status, cycle.Topics.Count, 0);
        return cycle;
    }

    public async Task<LoadedCycle> LoadCurrentAsync(DemoDataSet data, LoadedCycle previous, CancellationToken cancellationToken)
    {
        using var span = Hosting.LoaderTelemetry.Step("current cycle");
        var carried = data.Cycles.Current.CarriedForward.Select(previous.Topic).ToList();
        var cycle = await LoadAsync(data, HalfYear.Containing(Today()), data.Cycles.Current.Topics.Select(data.Topic), carried, cancellationToken);
        LogCycle(cycle.Cycle.Name, cycle.Cycle.Status, cycle.Topics.Count, carried.Count);
        return cycle;
    }

    /// <summary>Closes the cycle's window and publishes its results, once its submissions are reviewed.</summary>
    public async Task<Cycle> FinishAsync(Cycle cycle, CancellationToken cancellationToken)
    {
        using var span = Hosting.LoaderTelemetry.Step("publish previous results");
        var staff = await callers.LoaderAsync(cancellationToken);
        if (cycle.Status == CycleStatus.Open)
        {
            cycle = await topics.CloseCycleAsync(new CloseCycleRequest { RequestId = $"demo-close-{cycle.CycleId}", CycleId = cycle.CycleId }, staff, cancellationToken: cancellationToken);
        }

        if (cycle.Status == CycleStatus.Closed)
        {
            cycle = await topics.PublishResultsAsync(new PublishResultsRequest { RequestId = $"demo-results-{cycle.CycleId}", CycleId = cycle.CycleId }, staff, cancellationToken: cancellationToken);
        }

        LogFinished(cycle.Name, cycle.Status);
        return cycle;
    }

    private async Task<LoadedCycle> LoadAsync(DemoDataSet data, HalfYear half, IEnumerable<DemoTopic> fresh, IReadOnlyList<Topic> carried, CancellationToken cancellationToken)
    {
        var staff = await callers.LoaderAsync(cancellationToken);
        var existing = await topics.ListCyclesAsync(new ListCyclesRequest { SchoolYear = half.SchoolYear }, staff, cancellationToken: cancellationToken);
        var cycle = existing.Cycles.FirstOrDefault(candidate => candidate.Half == half.Half)
            ?? await topics.CreateCycleAsync(NewCycle(data.Cycles, half), staff, cancellationToken: cancellationToken);

        if (cycle.Status == CycleStatus.Planning)
        {
            cycle = await SetUpAsync(cycle, fresh, carried, data.Topics.Rubrics, cancellationToken);
        }

        var published = await topics.ListTopicsAsync(new ListTopicsRequest { CycleId = cycle.CycleId, Status = TopicStatus.Published }, staff, cancellationToken: cancellationToken);
        return new LoadedCycle(cycle, published.Topics);
    }

    private async Task<Cycle> SetUpAsync(Cycle cycle, IEnumerable<DemoTopic> fresh, IReadOnlyList<Topic> carried, IReadOnlyList<DemoRubric> rubrics, CancellationToken cancellationToken)
    {
        var staff = await callers.LoaderAsync(cancellationToken);
        var topicIds = new List<string>();
        foreach (var topic in carried)
        {
            var copy = await topics.CarryForwardTopicAsync(
                new CarryForwardTopicRequest { RequestId = $"demo-carry-{topic.TopicId}", TopicId = topic.TopicId, TargetCycleId = cycle.CycleId },
                staff,
                cancellationToken: cancellationToken);
            topicIds.Add(copy.TopicId);
        }

        foreach (var topic in fresh)
        {
            var created = await topics.CreateTopicAsync(TopicRequests.Create(topic, rubrics, cycle.CycleId), staff, cancellationToken: cancellationToken);
            topicIds.Add(created.TopicId);
        }

        foreach (var topicId in topicIds)
        {
            await topics.PublishTopicAsync(new PublishTopicRequest { RequestId = $"demo-publish-{topicId}", TopicId = topicId }, staff, cancellationToken: cancellationToken);
        }

        return await topics.OpenCycleAsync(new OpenCycleRequest { RequestId = $"demo-open-{cycle.CycleId}", CycleId = cycle.CycleId }, staff, cancellationToken: cancellationToken);
    }

    private CreateCycleRequest NewCycle(CyclesFile cycles, HalfYear half)
    {
        // The window must close in the future to be opened; the previous cycle is closed by
        // command once the demo has reviewed its submissions.
        var now = time.GetUtcNow().UtcDateTime;
        var closesAt = now.Date.AddDays(cycles.SubmissionWindowDays).AddTicks(-1);
        var meeting = DateOnly.FromDateTime(closesAt.AddDays(cycles.MeetingDaysAfterClose));
        return new CreateCycleRequest
        {
            RequestId = $"demo-cycle-{half.SchoolYear}-{half.Half}",
            SchoolYear = half.SchoolYear,
            Half = half.Half,
            Name = half.CycleName,
            SubmissionOpensAt = Timestamp.FromDateTime(now.AddMinutes(5)),
            SubmissionClosesAt = Timestamp.FromDateTime(DateTime.SpecifyKind(closesAt, DateTimeKind.Utc)),
            MeetingDate = ProtoValues.Date(meeting),
        };
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle \"{CycleName}\" is {Status} with {TopicCount} published topics ({CarriedForward} carried forward)")]
    private partial void LogCycle(string cycleName, CycleStatus status, int topicCount, int carriedForward);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle \"{CycleName}\" is {Status}")]
    private partial void LogFinished(string cycleName, CycleStatus status);
}
