using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Statistics;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Grpc.Core;

namespace Consortium.Insights.Api;

/// <summary>CompareContext: a district's latest profile and culture constructs beside the medians of all members and of its peers.</summary>
internal sealed partial class InsightsApi
{
    public override async Task<CompareContextResponse> CompareContext(CompareContextRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var cancellationToken = context.CancellationToken;
        var violations = new Violations();
        var district = Access.AskingDistrict(caller, request.DistrictId, "district_id", violations);
        violations.Require(district is not null || !caller.IsStaff, "district_id", "is required: name the district to compare.");
        var peerCount = GroupChoice.PeerCount(request.PeerCount, "peer_count", violations);
        violations.ThrowIfAny();
        Access.RequireActsFor(caller, district);
        var viewer = Access.ViewerOf(caller);

        var profiles = await population.ProfilesAsync(cancellationToken);
        // Medians are over the other districts only (ADR 15): a lead writes its own profile without
        // review, so a median that included it would move with it, and walking one's own value
        // across the others would read their values off the median. Both groups leave the
        // district out, so "all members" and "peers" still differ only by other districts.
        var peers = (await population.SimilarPeersAsync(district!.Value, peerCount, cancellationToken)).Members.ToHashSet();
        var own = profiles.SingleOrDefault(p => p.DistrictId == district)
            ?? throw new RuleViolationException(
                $"district/{district}", PeerGroups.ProfileMissingRule, "This district has no context profile for a school year that has started.");
        var others = profiles.Where(p => p.DistrictId != district).ToList();

        var response = new CompareContextResponse { DistrictId = own.DistrictId.ToString(), SchoolYear = own.SchoolYear, PeerCount = peers.Count };
        var largestShown = 0;
        foreach (var measure in ContextMeasures.For(own))
        {
            var comparison = new ContextComparison { Code = measure.Code, Label = measure.Label };
            if (measure.ValueOf(own) is { } value)
            {
                comparison.Value = value.ToProto();
            }

            var all = others.Select(p => (p.DistrictId, p.ContributionId, Value: measure.ValueOf(p))).Where(x => x.Value is not null).ToList();
            var ofPeers = all.Where(x => peers.Contains(x.DistrictId)).ToList();
            comparison.AllMembers = await MedianAsync(viewer, measure, all, cancellationToken);
            comparison.Peers = await MedianAsync(viewer, measure, ofPeers, cancellationToken);
            largestShown = Math.Max(largestShown, Math.Max(
                comparison.AllMembers.OutcomeCase == GroupMedian.OutcomeOneofCase.Median ? all.Count : 0,
                comparison.Peers.OutcomeCase == GroupMedian.OutcomeOneofCase.Median ? ofPeers.Count : 0));
            response.Comparisons.Add(comparison);
        }

        audit.Record(caller, nameof(CompareContext), new RevealedData(AggregateDistrictCount: largestShown == 0 ? null : largestShown));
        await db.CommitRequestAsync(cancellationToken);
        return response;
    }

    private async Task<GroupMedian> MedianAsync(
        Viewer viewer, ContextMeasure measure, List<(Guid DistrictId, Guid ContributionId, decimal? Value)> values, CancellationToken cancellationToken)
    {
        // Context values are never shown individually: every other district's value is hidden from the caller.
        var suppression = policy.Check(viewer, values.Count, new GroupMakeup(0, 0, values.Count))
            ?? await guard.AdmitAsync(viewer, Guid.Empty, measure.ScopeId, AnsweredGroup.AllHidden(new MemberSet(values.Select(v => v.ContributionId))), cancellationToken);
        return InsightsMessages.Median(
            values.Count,
            Guarded.From(suppression, () => Quantiles.Type7([.. values.Select(v => v.Value!.Value).Order()], 0.5m)));
    }
}
