using Consortium.Contracts.Pipeline.V1;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Pipeline.Domain;

namespace Consortium.Pipeline.Api;

/// <summary>
/// Development activities. Same access as the leader's record: the district's lead and staff
/// write; whoever may read the leader (the leader included) reads.
/// </summary>
public sealed partial class PipelineApi
{
    public override Task<DevelopmentActivity> AddDevelopmentActivity(AddDevelopmentActivityRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var leaderId = ProtoConversions.ParseId(request.LeaderId, "leader_id");
        return requests.RunOnceAsync(caller, request.RequestId, nameof(AddDevelopmentActivity), request, async cancellationToken =>
        {
            var leader = await FindLeaderAsync(leaderId, cancellationToken, tracking: false);
            LeaderAccess.RequireManage(caller, leader.DistrictId);
            var violations = new Violations();
            var hours = ProtoConversions.ToDecimal(request.Hours, Domain.DevelopmentFields.Hours, violations);
            var startOn = ProtoConversions.ToDateOnly(request.StartOn, Domain.DevelopmentFields.StartOn, violations);
            var endOn = ProtoConversions.ToDateOnly(request.EndOn, Domain.DevelopmentFields.EndOn, violations);
            violations.ThrowIfAny();

            var activity = Domain.DevelopmentActivity.Add(
                leader,
                DevelopmentMessages.ToDomain(request.Kind),
                request.Title,
                request.Provider,
                hours,
                startOn,
                endOn,
                DevelopmentMessages.ToDomain(request.Status),
                request.CompetencyCodes,
                await KnownCompetenciesAsync(cancellationToken),
                caller.Subject,
                time.GetUtcNow());
            db.DevelopmentActivities.Add(activity);
            await db.SaveChangesAsync(cancellationToken);
            return activity.ToProto();
        }, context.CancellationToken);
    }

    public override Task<DevelopmentActivity> UpdateDevelopmentActivityStatus(UpdateDevelopmentActivityStatusRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var activityId = ProtoConversions.ParseId(request.ActivityId, "activity_id");
        return requests.RunOnceAsync(caller, request.RequestId, nameof(UpdateDevelopmentActivityStatus), request, async cancellationToken =>
        {
            var activity = await db.DevelopmentActivities.SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken)
                ?? throw new NotFoundException("development activity", activityId.ToString());
            var leader = await FindLeaderAsync(activity.LeaderId, cancellationToken, tracking: false);
            LeaderAccess.RequireManage(caller, leader.DistrictId);
            if (request.HasExpectedVersion && request.ExpectedVersion != activity.Version)
            {
                throw new VersionConflictException($"Development activity {activity.Id}", request.ExpectedVersion, activity.Version);
            }

            var violations = new Violations();
            var effectiveOn = ProtoConversions.ToDateOnly(request.EffectiveOn, Domain.DevelopmentFields.EffectiveOn, violations);
            var hours = ProtoConversions.ToDecimal(request.Hours, Domain.DevelopmentFields.Hours, violations);
            violations.ThrowIfAny();

            activity.ChangeStatus(leader, DevelopmentMessages.ToDomain(request.Status), effectiveOn, request.Reason, hours, caller.Subject, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return activity.ToProto();
        }, context.CancellationToken);
    }

    public override async Task<ListDevelopmentActivitiesResponse> ListDevelopmentActivities(ListDevelopmentActivitiesRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var violations = new Violations();
        var leaderId = ProtoConversions.ParseId(request.LeaderId, "leader_id", violations);
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var status = DevelopmentMessages.ToDomain(request.Status);
        violations.ThrowIfAny();

        var leader = await FindLeaderAsync(leaderId, context.CancellationToken, tracking: false);
        LeaderAccess.RequireRead(caller, leader);
        var fingerprint = Paging.Fingerprint(leaderId, status);
        var after = Paging.DecodeToken<StartCursor>(request.PageToken, fingerprint);

        var filtered = db.DevelopmentActivities.AsNoTracking().Where(a => a.LeaderId == leaderId);
        if (status is not null)
        {
            filtered = filtered.Where(a => a.Status == status);
        }

        var total = await filtered.CountAsync(context.CancellationToken);
        var page = filtered;
        if (after is not null)
        {
            page = page.Where(a => EF.Functions.GreaterThan(ValueTuple.Create(a.StartOn, a.Id), ValueTuple.Create(after.StartOn, after.Id)));
        }

        var activities = await page
            .OrderBy(a => a.StartOn).ThenBy(a => a.Id)
            .Take(pageSize + 1)
            .AsSplitQuery()
            .ToListAsync(context.CancellationToken);

        var response = new ListDevelopmentActivitiesResponse { TotalSize = total };
        response.Activities.AddRange(activities.Take(pageSize).Select(a => a.ToProto()));
        if (activities.Count > pageSize)
        {
            var last = activities[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new StartCursor(last.StartOn, last.Id), fingerprint);
        }

        await audit.ListedAsync(caller, "development-activity", activities.Take(pageSize).Select(a => (a.Id, (Guid?)leader.DistrictId)), "list row", context.CancellationToken);
        return response;
    }

    private async Task<IReadOnlySet<string>> KnownCompetenciesAsync(CancellationToken cancellationToken) =>
        (await db.Competencies.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private sealed record StartCursor(DateOnly StartOn, Guid Id);
}
