using Consortium.Contracts.Districts.V1;
using Consortium.Districts.Messaging;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Messaging;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Districts.Domain;

namespace Consortium.Districts.Api;

/// <summary>
/// Context profile RPCs: one profile per district and school year. A district's own writes wait for
/// staff review; only accepted values are published (the event other services match peers on).
/// </summary>
public sealed partial class DistrictsApi
{
    public override Task<ContextProfile> UpsertContextProfile(UpsertContextProfileRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var violations = new Violations();
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id", violations);
        var schoolYear = SchoolYear.TryCreate(request.SchoolYear, violations);
        var values = DistrictInputs.ToValues(request, violations);
        // Report the domain's rules together with wire-level problems, in one answer.
        values.Validate(violations);
        violations.ThrowIfAny();
        RequireCanManage(caller, districtId);

        return requests.RunOnceAsync(caller, request.RequestId, nameof(UpsertContextProfile), request, async cancellationToken =>
        {
            if (!await db.Districts.AnyAsync(district => district.Id == districtId, cancellationToken))
            {
                throw new NotFoundException("district", districtId.ToString());
            }

            var now = time.GetUtcNow();
            var profile = await db.ContextProfiles.SingleOrDefaultAsync(
                existing => existing.DistrictId == districtId && existing.SchoolYear == schoolYear, cancellationToken);
            bool changed;
            if (profile is null)
            {
                profile = Domain.ContextProfile.Create(districtId, schoolYear!, values, caller.IsStaff, now);
                db.ContextProfiles.Add(profile);
                changed = true;
            }
            else
            {
                changed = profile.Update(values, caller.IsStaff, now);
            }

            if (changed)
            {
                PublishIfAccepted(profile, now);
                await db.SaveChangesAsync(cancellationToken);
            }

            return profile.ToProto();
        }, context.CancellationToken);
    }

    public override async Task<ContextProfile> GetContextProfile(GetContextProfileRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id", violations);
        var schoolYear = SchoolYear.TryCreate(request.SchoolYear, violations);
        violations.ThrowIfAny();
        RequireActsFor(context.GetCaller(), districtId);

        var profile = await db.ContextProfiles.AsNoTracking().SingleOrDefaultAsync(
            existing => existing.DistrictId == districtId && existing.SchoolYear == schoolYear, context.CancellationToken)
            ?? throw new NotFoundException("context profile", $"{districtId}/{schoolYear}");
        return profile.ToProto();
    }

    public override async Task<ListContextProfilesResponse> ListContextProfiles(ListContextProfilesRequest request, ServerCallContext context)
    {
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id");
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var fingerprint = Paging.Fingerprint(districtId);
        var after = Paging.DecodeToken<ProfileCursor>(request.PageToken, fingerprint);
        RequireActsFor(context.GetCaller(), districtId);

        // A district has one profile per school year (a few dozen at most), so the cursor is applied after loading.
        var profiles = await db.ContextProfiles.AsNoTracking()
            .Where(profile => profile.DistrictId == districtId)
            .ToListAsync(context.CancellationToken);
        var page = profiles
            .Where(profile => after is null || profile.SchoolYear.StartYear < after.StartYear)
            .OrderByDescending(profile => profile.SchoolYear.StartYear)
            .Take(pageSize + 1)
            .ToList();
        var response = new ListContextProfilesResponse();
        response.Profiles.AddRange(page.Take(pageSize).Select(profile => profile.ToProto()));
        if (page.Count > pageSize)
        {
            response.NextPageToken = Paging.EncodeToken(new ProfileCursor(page[pageSize - 1].SchoolYear.StartYear), fingerprint);
        }

        return response;
    }

    [Authorize(Policy = Policies.Staff)]
    public override Task<ContextProfile> AcceptContextProfile(AcceptContextProfileRequest request, ServerCallContext context) =>
        ReviewAsync(context, request, request.RequestId, nameof(AcceptContextProfile), request.DistrictId, request.SchoolYear,
            request.HasExpectedVersion ? request.ExpectedVersion : null, (profile, now) => profile.Accept(now));

    [Authorize(Policy = Policies.Staff)]
    public override Task<ContextProfile> ReturnContextProfile(ReturnContextProfileRequest request, ServerCallContext context) =>
        ReviewAsync(context, request, request.RequestId, nameof(ReturnContextProfile), request.DistrictId, request.SchoolYear,
            request.HasExpectedVersion ? request.ExpectedVersion : null, (profile, now) => profile.Return(request.ReviewerComments, now));

    [Authorize(Policy = Policies.Staff)]
    public override async Task<ListProfilesAwaitingReviewResponse> ListProfilesAwaitingReview(ListProfilesAwaitingReviewRequest request, ServerCallContext context)
    {
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var fingerprint = Paging.Fingerprint(nameof(ListProfilesAwaitingReview));
        var after = Paging.DecodeToken<AwaitingReviewCursor>(request.PageToken, fingerprint);
        var query = db.ContextProfiles.AsNoTracking().Where(p => p.ReviewStatus == Domain.ProfileReviewStatus.AwaitingReview);
        if (after is not null)
        {
            query = query.Where(p => p.UpdatedAt > after.UpdatedAt || (p.UpdatedAt == after.UpdatedAt && p.Id.CompareTo(after.Id) > 0));
        }

        var page = await query.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id).Take(pageSize + 1).ToListAsync(context.CancellationToken);
        var response = new ListProfilesAwaitingReviewResponse();
        response.Profiles.AddRange(page.Take(pageSize).Select(profile => profile.ToProto()));
        if (page.Count > pageSize)
        {
            var last = page[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new AwaitingReviewCursor(last.UpdatedAt, last.Id), fingerprint);
        }

        return response;
    }

    private Task<ContextProfile> ReviewAsync(
        ServerCallContext context,
        Google.Protobuf.IMessage request,
        string requestId,
        string operation,
        string districtIdText,
        string schoolYearText,
        int? expectedVersion,
        Action<Domain.ContextProfile, DateTimeOffset> review)
    {
        var violations = new Violations();
        var districtId = ProtoConversions.ParseId(districtIdText, "district_id", violations);
        var schoolYear = SchoolYear.TryCreate(schoolYearText, violations);
        violations.ThrowIfAny();

        return requests.RunOnceAsync(context.GetCaller(), requestId, operation, request, async cancellationToken =>
        {
            var profile = await db.ContextProfiles.SingleOrDefaultAsync(
                existing => existing.DistrictId == districtId && existing.SchoolYear == schoolYear, cancellationToken)
                ?? throw new NotFoundException("context profile", $"{districtId}/{schoolYear}");
            if (expectedVersion is { } expected && expected != profile.Version)
            {
                throw new VersionConflictException($"Context profile {districtId}/{schoolYear}", expected, profile.Version);
            }

            var now = time.GetUtcNow();
            review(profile, now);
            PublishIfAccepted(profile, now);
            await db.SaveChangesAsync(cancellationToken);
            return profile.ToProto();
        }, context.CancellationToken);
    }

    // Only accepted values leave the service: they are what other services match peers on.
    private void PublishIfAccepted(Domain.ContextProfile profile, DateTimeOffset now)
    {
        if (profile.IsAccepted)
        {
            db.AddIntegrationEvent(DistrictEvents.ProfileUpdated(profile, now));
        }
    }

    private sealed record ProfileCursor(int StartYear);

    private sealed record AwaitingReviewCursor(DateTimeOffset UpdatedAt, Guid Id);
}
