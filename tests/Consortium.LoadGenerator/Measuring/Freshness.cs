using System.Diagnostics;
using Consortium.Contracts.Insights.V1;
using Consortium.LoadGenerator.Seeding;

namespace Consortium.LoadGenerator.Measuring;

/// <summary>
/// How soon an accepted submission shows up in comparisons: one more SubmissionAccepted is
/// published, and CompareTarget (all members, over gRPC) is asked again and again until its
/// district count has grown by one. The clock runs from just before publishing to the first
/// answer that shows the change, so it covers the broker, the consumer, the distribution
/// recompute, the cache invalidation and the request. Asked as staff: a district asking the
/// same group before and after one district joined it would (rightly) be refused by the
/// differencing guard, which is the point of the guard and not what is measured here.
/// </summary>
public sealed class Freshness(InsightsUnderLoad insights, ConsortiumEvents events, TimeSpan timeout)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    public async Task<Percentiles> RunAsync(int samples)
    {
        var client = insights.Staff();
        var newcomers = events.NonSubmitters.Take(samples).ToList();
        if (newcomers.Count < samples)
        {
            throw new InvalidOperationException($"Only {newcomers.Count} districts have no submission yet; {samples} samples need as many.");
        }

        var request = new CompareTargetRequest
        {
            CycleId = events.Cycle.CycleId.ToString(),
            TargetId = events.PercentageTarget.TargetId.ToString(),
            Scope = new ComparisonScope { AllMembers = new AllMembers() },
            PageSize = 1,
        };
        var observed = new List<TimeSpan>(samples);
        foreach (var district in newcomers)
        {
            var before = CountOf(await client.CompareTargetAsync(request));
            var clock = Stopwatch.StartNew();
            await insights.Publisher.PublishAsync(events.Accepted(district, Guid.CreateVersion7()));
            while (CountOf(await client.CompareTargetAsync(request)) != before + 1)
            {
                if (clock.Elapsed > timeout)
                {
                    throw new TimeoutException($"CompareTarget still showed {before} districts {timeout} after a new acceptance.");
                }

                await Task.Delay(PollInterval);
            }

            observed.Add(clock.Elapsed);
            // Normal load: one acceptance at a time, as staff review them, not a burst.
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return Percentiles.Of(observed);
    }

    private static int CountOf(CompareTargetResponse response) =>
        response.Figures?.DistrictCount
        ?? throw new InvalidOperationException($"CompareTarget was suppressed for staff: {response.Suppression?.Explanation}");
}
