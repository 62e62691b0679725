using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Domain.Peers;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Api;

/// <summary>GetPeerGroup: who a district's peers are, by similarity or by filter; always how many, names only as sharing allows.</summary>
internal sealed partial class InsightsApi
{
    public override async Task<GetPeerGroupResponse> GetPeerGroup(GetPeerGroupRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var cancellationToken = context.CancellationToken;
        var violations = new Violations();
        var district = Access.AskingDistrict(caller, request.DistrictId, "district_id", violations);
        violations.Require(district is not null || !caller.IsStaff, "district_id", "is required: name the district whose peers to find.");
        violations.Require(request.Scope?.GroupCase != ComparisonScope.GroupOneofCase.AllMembers, "scope.all_members", "is not a peer group: choose similar_peers or filter.");
        var choice = request.Scope is null || request.Scope.GroupCase == ComparisonScope.GroupOneofCase.None
            ? new SimilarChoice(GroupChoice.DefaultPeerCount)
            : GroupChoice.Parse(request.Scope, "scope", violations);
        var pageSize = PageSize(request.PageSize, violations);
        violations.ThrowIfAny();
        Access.RequireActsFor(caller, district);
        var fingerprint = Paging.Fingerprint(nameof(GetPeerGroup), district, choice.Describe());
        _ = Paging.DecodeToken<OffsetCursor>(request.PageToken, fingerprint);

        var similarity = await population.SimilarityAsync(cancellationToken);
        var group = choice is FilterChoice filter
            ? PeerGroups.Filtered(similarity, filter.Filter, except: district)
            : await population.SimilarPeersAsync(district!.Value, ((SimilarChoice)choice).Count, cancellationToken);

        var ids = group.Members.ToArray();
        var districts = await db.Districts.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, d.SharingPreference })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var contexts = similarity.Population.ToDictionary(p => p.DistrictId);

        // Staff see every peer by name; a district sees those that currently share by name.
        var shown = group.Members
            .Where(id => districts.TryGetValue(id, out var d) && (caller.IsStaff || d.SharingPreference == SharingPreferenceV1.Named))
            .Select(id => new Peer
            {
                DistrictId = id.ToString(),
                DistrictName = districts[id].Name,
                LocaleClass = ContractEnums.LocaleClass.ToContract(contexts[id].Locale),
                SizeBand = ContractEnums.SizeBand.ToContract(contexts[id].SizeBand),
                State = contexts[id].State,
            })
            .ToList();
        foreach (var peer in shown.Where(p => group.Similarity.ContainsKey(Guid.Parse(p.DistrictId))))
        {
            peer.Similarity = Math.Round(group.Similarity[Guid.Parse(peer.DistrictId)], 1);
        }

        if (choice is FilterChoice)
        {
            shown = [.. shown.OrderBy(p => p.DistrictName, StringComparer.Ordinal).ThenBy(p => p.DistrictId, StringComparer.Ordinal)];
        }

        var (page, next) = Page(shown, request.PageToken, fingerprint, pageSize);
        var unnamed = group.Members.Count - shown.Count;
        var response = new GetPeerGroupResponse { NextPageToken = next };
        if (policy.WithholdsCounts(Access.ViewerOf(caller), group.Members.Count, unnamed))
        {
            response.CountsWithheld = true;
        }
        else
        {
            (response.DistrictCount, response.UnnamedCount) = (group.Members.Count, unnamed);
        }

        response.Peers.AddRange(page);

        audit.Record(caller, nameof(GetPeerGroup), new RevealedData(Districts: [.. page.Select(p => Guid.Parse(p.DistrictId))]));
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
