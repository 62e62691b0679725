using Consortium.Contracts.Caller.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.FrontDoor.Callers;
using Consortium.FrontDoor.Measuring;
using Consortium.FrontDoor.Seeding;

namespace Consortium.FrontDoor.Scenarios;

/// <summary>
/// What a district's leaders ask, each call with that district's token through authentication,
/// the k-floor, the differencing guard and the read audit: a target over all members or over its
/// 20 most similar peers, whom to learn from; and the authenticated no-op beside them. Leaders
/// are the districts that already submitted (give to get), taken in turn.
/// </summary>
internal sealed class Readers(FrontDoorClients clients, BenchmarkCycle cycle, IReadOnlyList<string> leaderDistricts)
{
    public const int SimilarPeers = 20;

    public async Task<bool> WhoAmIAsync(OperationStats stats, int call, CancellationToken cancellationToken)
    {
        var leader = await clients.LeaderAsync(Leader(call), cancellationToken);
        await stats.TimeAsync(async () => await clients.InsightsCaller.WhoAmIAsync(new WhoAmIRequest(), leader, cancellationToken: cancellationToken));
        return true;
    }

    public async Task<bool> CompareAsync(OperationStats stats, ComparisonScope scope, int call, CancellationToken cancellationToken)
    {
        var district = Leader(call);
        var leader = await clients.LeaderAsync(district, cancellationToken);
        var answer = await stats.TimeAsync(async () => await clients.Insights.CompareTargetAsync(new CompareTargetRequest
        {
            CycleId = cycle.CycleId,
            TargetId = cycle.RushTargetId,
            DistrictId = district,
            Scope = scope,
            PageSize = 20,
        }, leader, cancellationToken: cancellationToken));
        if (answer.OutcomeCase == CompareTargetResponse.OutcomeOneofCase.Suppression)
        {
            // An answer, not an error: the guard withheld the figures (counted to be reported).
            stats.RecordOutcome($"suppressed: {answer.Suppression.Reason}");
        }

        return true;
    }

    public async Task<bool> WhomToLearnFromAsync(OperationStats stats, int call, CancellationToken cancellationToken)
    {
        var district = Leader(call);
        var leader = await clients.LeaderAsync(district, cancellationToken);
        await stats.TimeAsync(async () => await clients.Insights.FindWhomToLearnFromAsync(new FindWhomToLearnFromRequest
        {
            TopicId = cycle.RushTopicId,
            DistrictId = district,
            PeerCount = SimilarPeers,
            PageSize = 10,
        }, leader, cancellationToken: cancellationToken));
        return true;
    }

    public static ComparisonScope AllMembers() => new() { AllMembers = new AllMembers() };

    public static ComparisonScope Peers() => new() { SimilarPeers = new SimilarPeers { Count = SimilarPeers } };

    private string Leader(int call) => leaderDistricts[(int)((uint)call % (uint)leaderDistricts.Count)];
}
