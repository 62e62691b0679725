using Consortium.Contracts.Districts.V1;
using Consortium.Districts.Data;
using Consortium.Districts.Messaging;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Idempotency;
using Consortium.ServiceDefaults.Messaging;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Districts.Domain;

namespace Consortium.Districts.Api;

/// <summary>
/// The gRPC endpoints of <c>consortium.districts.v1</c>: check who may call, translate the
/// message, let the domain decide, save the change with its event in one transaction.
/// District RPCs are here; profiles are in <c>DistrictsApi.Profiles.cs</c>.
/// </summary>
[Authorize]
public sealed partial class DistrictsApi(
    DistrictsDbContext db,
    IdempotentRequests<DistrictsDbContext> requests,
    DistrictDirectoryCache directory,
    TimeProvider time) : DistrictsService.DistrictsServiceBase
{
    [Authorize(Policy = Policies.Staff)]
    public override async Task<District> CreateDistrict(CreateDistrictRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var created = await requests.RunOnceAsync(caller, request.RequestId, nameof(CreateDistrict), request, async cancellationToken =>
        {
            var now = time.GetUtcNow();
            var violations = new Violations();
            var joinedOn = ProtoConversions.ToDateOnly(request.JoinedOn, "joined_on", violations);
            violations.ThrowIfAny();

            var district = Domain.District.Create(
                request.Name,
                request.NcesLeaId,
                request.State,
                request.LocaleCode,
                caller.Subject,
                now,
                joinedOn,
                DistrictInputs.ToDomain(request.SharingPreference) ?? Domain.District.DefaultSharingPreference,
                DistrictInputs.ToDomain(request.Contacts));

            if (await db.Districts.AnyAsync(existing => existing.NcesLeaId == district.NcesLeaId, cancellationToken))
            {
                throw new AlreadyExistsException("district", district.NcesLeaId.Value, $"A member district with NCES LEA id {district.NcesLeaId} already exists.");
            }

            db.Districts.Add(district);
            db.AddIntegrationEvent(DistrictEvents.Joined(district, now));
            await db.SaveChangesAsync(cancellationToken);
            return district.ToProto();
        }, context.CancellationToken);
        await directory.InvalidateAsync();
        return created;
    }

    public override async Task<District> GetDistrict(GetDistrictRequest request, ServerCallContext context)
    {
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id");
        RequireActsFor(context.GetCaller(), districtId);
        var district = await FindDistrictAsync(districtId, context.CancellationToken, tracking: false);
        return district.ToProto();
    }

    public override Task<ListDistrictsResponse> ListDistricts(ListDistrictsRequest request, ServerCallContext context) =>
        directory.GetOrListAsync(request, () => DistrictDirectory.ListAsync(db, request, context.CancellationToken));

    public override async Task<District> UpdateDistrict(UpdateDistrictRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id");
        if (!caller.IsStaff)
        {
            // Name, NCES id, state and locale identify the district to every member and place it in
            // peer groups and filters: a lead changing them could pose as another district or steer
            // which groups it falls in (ADR 15).
            throw new PermissionDeniedException(
                "Only consortium staff change a district's name, NCES LEA id, state or locale; ask staff to correct them.");
        }

        var updated = await requests.RunOnceAsync(caller, request.RequestId, nameof(UpdateDistrict), request, async cancellationToken =>
        {
            var district = await FindDistrictAsync(districtId, cancellationToken);
            RequireVersion(district, request.HasExpectedVersion ? request.ExpectedVersion : null);

            var now = time.GetUtcNow();
            var changed = district.UpdateDetails(
                request.HasName ? request.Name : district.Name,
                request.HasState ? request.State : district.State.Code,
                request.HasLocaleCode ? request.LocaleCode : district.LocaleCode.Code,
                request.HasNcesLeaId ? request.NcesLeaId : null,
                now);
            if (changed)
            {
                db.AddIntegrationEvent(DistrictEvents.DetailsUpdated(district, now));
                await db.SaveChangesAsync(cancellationToken);
            }

            return district.ToProto();
        }, context.CancellationToken);
        await directory.InvalidateAsync();
        return updated;
    }

    [Authorize(Policy = Policies.Staff)]
    public override async Task<District> ChangeMembership(ChangeMembershipRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id");
        var changed = await requests.RunOnceAsync(caller, request.RequestId, nameof(ChangeMembership), request, async cancellationToken =>
        {
            var now = time.GetUtcNow();
            var violations = new Violations();
            var effectiveOn = ProtoConversions.ToDateOnly(request.EffectiveOn, "effective_on", violations) ?? DateOnly.FromDateTime(now.UtcDateTime);
            var newStatus = DistrictInputs.ToDomain(request.NewStatus);
            violations.Require(newStatus is not null, "new_status", "Choose the new status: ACTIVE, SUSPENDED or WITHDRAWN.");
            violations.ThrowIfAny();

            var district = await FindDistrictAsync(districtId, cancellationToken);
            RequireVersion(district, request.HasExpectedVersion ? request.ExpectedVersion : null);
            var change = newStatus switch
            {
                Domain.MembershipStatus.Suspended => district.Suspend(effectiveOn, request.Reason, caller.Subject, now),
                Domain.MembershipStatus.Withdrawn => district.Withdraw(effectiveOn, request.Reason, caller.Subject, now),
                _ when district.MembershipStatus == Domain.MembershipStatus.Withdrawn => district.Rejoin(effectiveOn, request.Reason, caller.Subject, now),
                _ => district.Reinstate(effectiveOn, request.Reason, caller.Subject, now),
            };

            db.AddIntegrationEvent(DistrictEvents.MembershipChanged(district, change, now));
            await db.SaveChangesAsync(cancellationToken);
            return district.ToProto();
        }, context.CancellationToken);
        await directory.InvalidateAsync();
        return changed;
    }

    public override Task<District> SetSharingPreferences(SetSharingPreferencesRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id");
        RequireCanManage(caller, districtId);
        return requests.RunOnceAsync(caller, request.RequestId, nameof(SetSharingPreferences), request, async cancellationToken =>
        {
            var preference = DistrictInputs.ToDomain(request.SharingPreference)
                ?? throw new DomainValidationException("sharing_preference", "Choose how others may see the district's values: NAMED, ANONYMOUS or PRIVATE.");
            var district = await FindDistrictAsync(districtId, cancellationToken);
            var now = time.GetUtcNow();
            if (district.SetSharingPreference(preference, now))
            {
                db.AddIntegrationEvent(DistrictEvents.SharingChanged(district, now));
                await db.SaveChangesAsync(cancellationToken);
            }

            return district.ToProto();
        }, context.CancellationToken);
    }

    public override Task<District> SetBenchmarkContacts(SetBenchmarkContactsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id");
        RequireCanManage(caller, districtId);
        return requests.RunOnceAsync(caller, request.RequestId, nameof(SetBenchmarkContacts), request, async cancellationToken =>
        {
            var district = await FindDistrictAsync(districtId, cancellationToken);
            if (district.ReplaceBenchmarkContacts(DistrictInputs.ToDomain(request.Contacts), time.GetUtcNow()))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return district.ToProto();
        }, context.CancellationToken);
    }

    private async Task<Domain.District> FindDistrictAsync(Guid districtId, CancellationToken cancellationToken, bool tracking = true)
    {
        var query = tracking ? db.Districts : db.Districts.AsNoTracking();
        return await query.SingleOrDefaultAsync(district => district.Id == districtId, cancellationToken)
            ?? throw new NotFoundException("district", districtId.ToString());
    }

    // Permission is checked before the lookup, so a caller cannot probe which ids exist.
    private static void RequireActsFor(Caller caller, Guid districtId)
    {
        if (!caller.ActsFor(districtId))
        {
            throw new PermissionDeniedException("You can only see your own district's details.");
        }
    }

    private static void RequireCanManage(Caller caller, Guid districtId)
    {
        if (!caller.CanManage(districtId))
        {
            throw new PermissionDeniedException("Only consortium staff or the district's own benchmark lead can change this district.");
        }
    }

    private static void RequireVersion(Domain.District district, int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != district.Version)
        {
            throw new VersionConflictException($"District {district.Id}", expected, district.Version);
        }
    }
}
