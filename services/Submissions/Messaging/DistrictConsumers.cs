using Consortium.Contracts.Events.Districts.V1;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Submissions.Data;
using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Submissions.Messaging;

/// <summary>
/// Keeps <see cref="KnownDistrict"/> in step with Districts. Each consumer applies only the
/// parts its event carries, and only if newer than what we hold (see <see cref="KnownDistrict"/>).
/// </summary>
public sealed class DistrictJoinedConsumer(SubmissionsDbContext db, TimeProvider time)
    : InboxConsumer<DistrictJoined, SubmissionsDbContext>(db, time)
{
    protected override async Task HandleAsync(DistrictJoined message, CancellationToken cancellationToken)
    {
        var district = await Db.FindOrAddDistrictAsync(message.DistrictId, cancellationToken);
        district.ApplyName(message.Name, message.DistrictVersion);
        district.ApplyMembership(EventMapping.ToDomain(message.MembershipStatus), message.DistrictVersion);
        district.ApplySharing(EventMapping.ToDomain(message.SharingPreference), message.DistrictVersion);
    }
}

public sealed class DistrictDetailsUpdatedConsumer(SubmissionsDbContext db, TimeProvider time)
    : InboxConsumer<DistrictDetailsUpdated, SubmissionsDbContext>(db, time)
{
    protected override async Task HandleAsync(DistrictDetailsUpdated message, CancellationToken cancellationToken)
    {
        var district = await Db.FindOrAddDistrictAsync(message.DistrictId, cancellationToken);
        district.ApplyName(message.Name, message.DistrictVersion);
    }
}

public sealed class MembershipChangedConsumer(SubmissionsDbContext db, TimeProvider time)
    : InboxConsumer<MembershipChanged, SubmissionsDbContext>(db, time)
{
    protected override async Task HandleAsync(MembershipChanged message, CancellationToken cancellationToken)
    {
        var district = await Db.FindOrAddDistrictAsync(message.DistrictId, cancellationToken);
        district.ApplyMembership(EventMapping.ToDomain(message.ToStatus), message.DistrictVersion);
    }
}

public sealed class SharingPreferencesChangedConsumer(SubmissionsDbContext db, TimeProvider time)
    : InboxConsumer<SharingPreferencesChanged, SubmissionsDbContext>(db, time)
{
    protected override async Task HandleAsync(SharingPreferencesChanged message, CancellationToken cancellationToken)
    {
        var district = await Db.FindOrAddDistrictAsync(message.DistrictId, cancellationToken);
        district.ApplySharing(EventMapping.ToDomain(message.SharingPreference), message.DistrictVersion);
    }
}

internal static class KnownDistrictLookup
{
    /// <summary>
    /// The district's copy, created empty if this is the first we hear of it (events may come in
    /// any order). Two first events at once both insert; one fails on the key and is retried.
    /// </summary>
    public static async Task<KnownDistrict> FindOrAddDistrictAsync(this SubmissionsDbContext db, Guid districtId, CancellationToken cancellationToken)
    {
        var district = await db.Districts.SingleOrDefaultAsync(d => d.Id == districtId, cancellationToken);
        if (district is null)
        {
            district = new KnownDistrict(districtId);
            db.Districts.Add(district);
        }

        return district;
    }
}
