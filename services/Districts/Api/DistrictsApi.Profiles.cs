using Consortium.Contracts.Districts.V1;
using Consortium.Districts.Messaging;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Messaging;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Districts.Domain;

namespace Consortium.Districts.Api;

/// <summary>Context profile RPCs: one profile per district and school year.</summary>
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
                profile = Domain.ContextProfile.Create(districtId, schoolYear!, values, now);
                db.ContextProfiles.Add(profile);
                changed = true;
            }
            else
            {
                changed = profile.Update(values, now);
            }

            if (changed)
            {
                db.AddIntegrationEvent(DistrictEvents.ProfileUpdated(profile, now));
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

    private sealed record ProfileCursor(int StartYear);
}
