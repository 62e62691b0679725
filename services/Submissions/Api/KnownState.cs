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
        // Joins on the copies' keys. A correlated FirstOrDefault per copy translated to a
        // ROW_NUMBER() window over the whole copy table, so every call read the known districts
        // in id order up to its own: up to all 13,000 of a state (KnownStateTests).
        var found = await (
            from submission in submissions.Where(s => s.Id == submissionId)
            join district in db.Districts on submission.DistrictId equals district.Id into districts
            from district in districts.DefaultIfEmpty()
            join cycle in db.Cycles on submission.CycleId equals cycle.Id into cycles
            from cycle in cycles.DefaultIfEmpty()
            join topic in db.Topics on submission.TopicId equals topic.Id into topics
            from topic in topics.DefaultIfEmpty()
            select new { Submission = submission, District = (KnownDistrict?)district, Cycle = (KnownCycle?)cycle, Topic = (KnownTopic?)topic })
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
