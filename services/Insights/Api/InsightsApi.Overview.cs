using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Api;

/// <summary>GetCycleOverview (staff): who has submitted, been accepted or returned, and who is missing, per topic.</summary>
internal sealed partial class InsightsApi
{
    private static readonly ParticipationStatus[] Statuses =
        [ParticipationStatus.Submitted, ParticipationStatus.Accepted, ParticipationStatus.Returned, ParticipationStatus.Missing];

    [Authorize(Policy = Policies.Staff)]
    public override async Task<GetCycleOverviewResponse> GetCycleOverview(GetCycleOverviewRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var cancellationToken = context.CancellationToken;
        var violations = new Violations();
        var cycleId = ProtoConversions.ParseId(request.CycleId, "cycle_id", violations);
        var pageSize = PageSize(request.PageSize, violations);
        violations.ThrowIfAny();
        var fingerprint = Paging.Fingerprint(nameof(GetCycleOverview), cycleId);
        _ = Paging.DecodeToken<OffsetCursor>(request.PageToken, fingerprint);

        var cycle = await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId, cancellationToken)
            ?? throw new NotFoundException("cycle", cycleId.ToString());
        var topics = await db.Topics.AsNoTracking()
            .Where(t => t.CycleId == cycleId && t.PublishedAt != null)
            .OrderBy(t => t.Title).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.Title })
            .ToListAsync(cancellationToken);
        var (page, next) = Page(topics, request.PageToken, fingerprint, pageSize);
        var topicIds = page.Select(t => t.Id).ToArray();

        var members = await db.Districts.AsNoTracking()
            .Where(d => d.Joined && d.MembershipStatus != MembershipStatusV1.Withdrawn)
            .Select(d => new { d.Id, d.Name, d.MembershipStatus })
            .ToListAsync(cancellationToken);
        var names = members.ToDictionary(m => m.Id, m => m.Name);
        var active = members.Where(m => m.MembershipStatus == MembershipStatusV1.Active).Select(m => m.Id).ToHashSet();

        // The district's submission for a topic is its newest that is not withdrawn.
        var latest = (await db.Submissions.AsNoTracking()
                .Where(s => s.CycleId == cycleId && topicIds.Contains(s.TopicId) && s.Status != SubmissionState.Withdrawn)
                .Select(s => new { s.TopicId, s.DistrictId, s.Status, s.UpdatedAt })
                .ToListAsync(cancellationToken))
            .Where(s => names.ContainsKey(s.DistrictId))
            .GroupBy(s => (s.TopicId, s.DistrictId))
            .Select(g => g.MaxBy(s => s.UpdatedAt)!)
            .ToLookup(s => s.TopicId);

        var response = new GetCycleOverviewResponse
        {
            CycleId = cycleId.ToString(),
            CycleName = cycle.Name,
            ActiveMemberCount = active.Count,
            NextPageToken = next,
        };
        var listed = new HashSet<Guid>();
        foreach (var topic in page)
        {
            var byDistrict = latest[topic.Id].ToDictionary(s => s.DistrictId, s => s.Status switch
            {
                SubmissionState.Submitted => ParticipationStatus.Submitted,
                SubmissionState.Accepted => ParticipationStatus.Accepted,
                _ => ParticipationStatus.Returned,
            });
            foreach (var missing in active.Where(id => !byDistrict.ContainsKey(id)))
            {
                byDistrict[missing] = ParticipationStatus.Missing;
            }

            var participation = new TopicParticipation { TopicId = topic.Id.ToString(), Title = topic.Title };
            foreach (var status in Statuses)
            {
                var ids = byDistrict.Where(d => d.Value == status).Select(d => d.Key).OrderBy(id => names[id], StringComparer.Ordinal).ToList();
                var group = new ParticipationGroup { Status = status, Count = ids.Count };
                group.Districts.AddRange(ids.Select(id => new DistrictRef { DistrictId = id.ToString(), DistrictName = names[id] }));
                participation.Groups.Add(group);
                listed.UnionWith(ids);
            }

            response.Topics.Add(participation);
        }

        audit.Record(caller, nameof(GetCycleOverview), new RevealedData(CycleId: cycleId, Districts: listed));
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
