using Consortium.Contracts.Events.Districts.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Projections;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// Districts' events. Each applies only the parts its event carries, and only if newer than what
/// the row holds (see <see cref="DistrictRow"/>); <c>|</c> rather than <c>||</c> so every part is tried.
/// </summary>
public sealed class DistrictJoinedConsumer(InsightsDbContext db, TimeProvider time, DistrictProjection districts)
    : ReadModelConsumer<DistrictJoined>(db, time)
{
    protected override Task HandleAsync(DistrictJoined message, CancellationToken cancellationToken) =>
        districts.ApplyAsync(
            message.DistrictId,
            district => district.MarkJoined(message.JoinedOn)
                | district.ApplyDetails(message.Name, message.NcesLeaId, message.State, message.LocaleCode, message.DistrictVersion)
                | district.ApplyMembership(message.MembershipStatus, message.DistrictVersion)
                | district.ApplySharing(message.SharingPreference, message.DistrictVersion),
            cancellationToken);
}

public sealed class DistrictDetailsUpdatedConsumer(InsightsDbContext db, TimeProvider time, DistrictProjection districts)
    : ReadModelConsumer<DistrictDetailsUpdated>(db, time)
{
    protected override Task HandleAsync(DistrictDetailsUpdated message, CancellationToken cancellationToken) =>
        districts.ApplyAsync(
            message.DistrictId,
            district => district.ApplyDetails(message.Name, message.NcesLeaId, message.State, message.LocaleCode, message.DistrictVersion),
            cancellationToken);
}

public sealed class MembershipChangedConsumer(InsightsDbContext db, TimeProvider time, DistrictProjection districts)
    : ReadModelConsumer<MembershipChanged>(db, time)
{
    protected override Task HandleAsync(MembershipChanged message, CancellationToken cancellationToken) =>
        districts.ApplyAsync(message.DistrictId, district => district.ApplyMembership(message.ToStatus, message.DistrictVersion), cancellationToken);
}

public sealed class SharingPreferencesChangedConsumer(InsightsDbContext db, TimeProvider time, DistrictProjection districts)
    : ReadModelConsumer<SharingPreferencesChanged>(db, time)
{
    protected override Task HandleAsync(SharingPreferencesChanged message, CancellationToken cancellationToken) =>
        districts.ApplyAsync(message.DistrictId, district => district.ApplySharing(message.SharingPreference, message.DistrictVersion), cancellationToken);
}

/// <summary>A profile is kept per (district, school year) with its own version; it never decides whether a district counts.</summary>
public sealed class DistrictProfileUpdatedConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<DistrictProfileUpdated>(db, time)
{
    protected override async Task HandleAsync(DistrictProfileUpdated message, CancellationToken cancellationToken)
    {
        var profile = await Db.DistrictProfiles.SingleOrDefaultAsync(
            p => p.DistrictId == message.DistrictId && p.SchoolYear == message.SchoolYear, cancellationToken);
        if (profile is null)
        {
            profile = new DistrictProfileRow { DistrictId = message.DistrictId, SchoolYear = message.SchoolYear };
            Db.DistrictProfiles.Add(profile);
        }

        if (profile.Apply(ToRow(message)))
        {
            changes.DistrictsChanged();
        }
    }

    private static DistrictProfileRow ToRow(DistrictProfileUpdated message) => new()
    {
        DistrictId = message.DistrictId,
        SchoolYear = message.SchoolYear,
        ProfileVersion = message.ProfileVersion,
        Enrollment = message.Enrollment,
        SchoolCount = message.SchoolCount,
        PctEconomicallyDisadvantaged = message.PctEconomicallyDisadvantaged,
        PctEnglishLearners = message.PctEnglishLearners,
        PctStudentsWithDisabilities = message.PctStudentsWithDisabilities,
        TeacherFte = message.TeacherFte,
        CultureConstructs = [.. message.CultureConstructs.Select(c => new CultureConstructValue
        {
            Code = c.Code,
            Label = c.Label,
            Score = c.Score,
            Respondents = c.Respondents,
            ResponseRatePercent = c.ResponseRatePercent,
        })],
    };
}
