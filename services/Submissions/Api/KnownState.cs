using Consortium.Submissions.Data;
using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Submissions.Api;

/// <summary>What this service knows from events about a submission's district, cycle and topic (any may not have arrived yet).</summary>
internal sealed record KnownState(KnownDistrict? District, KnownCycle? Cycle, KnownTopic? Topic)
{
    /// <summary>
    /// A submission with what this service knows of its district, cycle and topic, in one query
    /// (one round trip where it took four); <c>null</c> when there is no such submission. The
    /// submission is tracked when <paramref name="submissions"/> tracks.
    /// </summary>
    public static async Task<(Submission Submission, KnownState Known)?> FindAsync(
        SubmissionsDbContext db, IQueryable<Submission> submissions, Guid submissionId, CancellationToken cancellationToken)
    {
        var found = await submissions
            .Where(s => s.Id == submissionId)
            .Select(s => new
            {
                Submission = s,
                District = db.Districts.FirstOrDefault(d => d.Id == s.DistrictId),
                Cycle = db.Cycles.FirstOrDefault(c => c.Id == s.CycleId),
                Topic = db.Topics.FirstOrDefault(t => t.Id == s.TopicId),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        // The copies of what others announced are read here, never written: the save that follows
        // must not look at them for changes.
        foreach (var copy in new object?[] { found.District, found.Cycle, found.Topic })
        {
            if (copy is not null)
            {
                db.Entry(copy).State = EntityState.Detached;
            }
        }

        return (found.Submission, new KnownState(found.District, found.Cycle, found.Topic));
    }
}
