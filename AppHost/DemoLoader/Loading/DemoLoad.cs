using System.Diagnostics;
using Consortium.Contracts.Topics.V1;
using Consortium.DemoLoader.Hosting;
using Consortium.DemoLoader.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// The whole load, in the order the consortium's year runs: districts and their people; the previous cycle,
/// its submissions reviewed and its results published; the current cycle and its submissions in
/// every state of review; the leadership pipeline. Every write carries a deterministic request
/// id, so loading again changes nothing.
/// </summary>
internal sealed partial class DemoLoad(
    IOptions<DemoLoaderOptions> options,
    ServiceReadiness readiness,
    DistrictsStep districtsStep,
    CyclesStep cyclesStep,
    SubmissionsStep submissionsStep,
    PipelineStep pipelineStep,
    PeopleStep peopleStep,
    ILogger<DemoLoad> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var data = DemoDataSet.Read(options.Value.DataDirectory);
        DemoDataCheck.ThrowIfInconsistent(data);
        LogRead(options.Value.DataDirectory, data.Districts.Districts.Count, data.Topics.Topics.Count, data.Submissions.Previous.Count + data.Submissions.Current.Count);

        await readiness.WaitAsync(cancellationToken);

        using var span = LoaderTelemetry.Step("load");
        var stopwatch = Stopwatch.StartNew();
        var districts = await districtsStep.LoadAsync(data.Districts, cancellationToken);
        await peopleStep.LoadAsync(data.People, districts, cancellationToken);

        var previous = await cyclesStep.LoadPreviousAsync(data, cancellationToken);
        if (previous.Cycle.Status == CycleStatus.Open)
        {
            await submissionsStep.LoadAsync(data.Submissions.Previous, districts, previous, earlier: true, cancellationToken);
        }

        if (previous.Cycle.Status is CycleStatus.Open or CycleStatus.Closed)
        {
            await cyclesStep.FinishAsync(previous.Cycle, cancellationToken);
        }

        var current = await cyclesStep.LoadCurrentAsync(data, previous, cancellationToken);
        await submissionsStep.LoadAsync(data.Submissions.Current, districts, current, earlier: false, cancellationToken);
        await pipelineStep.LoadAsync(data.Pipeline, districts, cancellationToken);
        LogDone(stopwatch.Elapsed.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read the demo consortium from {DataDirectory}: {DistrictCount} districts, {TopicCount} topics, {SubmissionCount} submissions")]
    private partial void LogRead(string dataDirectory, int districtCount, int topicCount, int submissionCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo consortium loaded in {Seconds:0.0} s")]
    private partial void LogDone(double seconds);
}
