using Consortium.Contracts.Events.Districts.V1;
using Consortium.Pipeline.Data;
using Consortium.Pipeline.Domain;
using Consortium.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Pipeline.Messaging;

/// <summary>The Districts events Pipeline listens to, each in its own queue (<c>pipeline-&lt;consumer&gt;</c>).</summary>
internal static class DistrictConsumers
{
    public static void Add(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<DistrictJoinedConsumer>();
        bus.AddConsumer<MembershipChangedConsumer>();
    }

    /// <summary>
    /// The district's copy, created empty if this is the first we hear of it (events may come in
    /// any order). Two first events at once both insert; one fails on the key and is retried.
    /// </summary>
    public static async Task<MemberDistrict> FindOrAddAsync(this PipelineDbContext db, Guid districtId, CancellationToken cancellationToken)
    {
        var district = await db.MemberDistricts.SingleOrDefaultAsync(d => d.Id == districtId, cancellationToken);
        if (district is null)
        {
            district = new MemberDistrict(districtId);
            db.MemberDistricts.Add(district);
        }

        return district;
    }
}

/// <summary>Keeps <see cref="MemberDistrict"/> in step with Districts.</summary>
public sealed class DistrictJoinedConsumer(PipelineDbContext db, TimeProvider time)
    : InboxConsumer<DistrictJoined, PipelineDbContext>(db, time)
{
    protected override async Task HandleAsync(DistrictJoined message, CancellationToken cancellationToken)
    {
        var district = await Db.FindOrAddAsync(message.DistrictId, cancellationToken);
        district.ApplyMembership(message.MembershipStatus == MembershipStatusV1.Active, message.DistrictVersion);
    }
}

public sealed class MembershipChangedConsumer(PipelineDbContext db, TimeProvider time)
    : InboxConsumer<MembershipChanged, PipelineDbContext>(db, time)
{
    protected override async Task HandleAsync(MembershipChanged message, CancellationToken cancellationToken)
    {
        var district = await Db.FindOrAddAsync(message.DistrictId, cancellationToken);
        district.ApplyMembership(message.ToStatus == MembershipStatusV1.Active, message.DistrictVersion);
    }
}
