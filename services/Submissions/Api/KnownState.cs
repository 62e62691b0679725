using Consortium.Submissions.Data;
using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Submissions.Api;

/// <summary>What this service knows from events about a submission's district, cycle and topic (any may not have arrived yet).</summary>
internal sealed record KnownState(KnownDistrict? District, KnownCycle? Cycle, KnownTopic? Topic)
{
    public static async Task<KnownState> LoadAsync(SubmissionsDbContext db, Submission submission, CancellationToken cancellationToken) => new(
        await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == submission.DistrictId, cancellationToken),
        await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == submission.CycleId, cancellationToken),
        await db.Topics.AsNoTracking().SingleOrDefaultAsync(t => t.Id == submission.TopicId, cancellationToken));
}
