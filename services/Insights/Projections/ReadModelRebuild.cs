using Consortium.Insights.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Projections;

/// <summary>
/// The full computation the incremental projection must equal: every district's contributions to
/// every topic derived again from its accepted submissions by the same rule
/// (<see cref="ContributionProjection"/>), one (district, topic) per transaction under the
/// district's lock, so consumers keep running meanwhile. Whatever differed is corrected, its
/// targets' generations move, and the count is returned: zero when the projection is right (the
/// tests prove it is over generated change sequences; <see cref="PeriodicRebuild"/> logs any
/// other count as drift).
/// </summary>
public sealed class ReadModelRebuild(InsightsDbContext db, ReadModelChanges changes, ContributionProjection contributions)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Every (district, topic) that has submissions or contributions: a contribution left
        // without its accepted submission must go too.
        var fromSubmissions = await db.Submissions.AsNoTracking()
            .Select(s => new { s.DistrictId, s.CycleId, s.TopicId }).Distinct().ToListAsync(cancellationToken);
        var fromContributions = await db.Contributions.AsNoTracking()
            .Select(c => new { c.DistrictId, c.CycleId, c.TopicId }).Distinct().ToListAsync(cancellationToken);
        var corrected = 0;
        foreach (var pair in fromSubmissions.Union(fromContributions).OrderBy(p => p.DistrictId).ThenBy(p => p.TopicId))
        {
            corrected += await ReconcileAsync(pair.DistrictId, pair.CycleId, pair.TopicId, cancellationToken);
        }

        return corrected;
    }

    private async Task<int> ReconcileAsync(Guid districtId, Guid cycleId, Guid topicId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        int corrected;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.LockDistrictsAsync([districtId], cancellationToken);
            var submissions = await db.Submissions
                .Where(s => s.DistrictId == districtId && s.CycleId == cycleId && s.TopicId == topicId)
                .ToListAsync(cancellationToken);
            corrected = await contributions.ReconcileAsync(districtId, cycleId, topicId, submissions, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // After the commit, as for an event: the corrected targets' cached answers are retired.
        await changes.PublishAsync();
        return corrected;
    }
}
