using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.ReadModel;
using Consortium.ServiceDefaults.Domain.Measures;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Projections;

/// <summary>
/// Keeps a district's contributions to a topic equal to what <see cref="ContributionRules"/>
/// derives from its accepted submissions: the rows that differ are added, replaced or removed
/// (tracked, saved with the event), and only their targets' generations move. A target's
/// distribution is its contributions in (target_id, value) index order, so nothing else is
/// recomputed: the cost is the district's answers to the topic, whatever the number of districts,
/// and acceptances of different districts never wait on each other. Several (district, topic)
/// pairs are reconciled with one read of their rows. The caller holds the districts' locks.
/// </summary>
public sealed class ContributionProjection(InsightsDbContext db, IReadModelChanges changes)
{
    /// <summary>A district's submissions to a topic: all of them, whatever their status.</summary>
    public sealed record DistrictSubmissions(Guid DistrictId, Guid CycleId, Guid TopicId, IReadOnlyCollection<SubmissionRow> Submissions);

    /// <summary>Applies the rule for (district, topic) given all the district's submissions to it; returns how many targets changed.</summary>
    public Task<int> ReconcileAsync(
        Guid districtId, Guid cycleId, Guid topicId, IReadOnlyCollection<SubmissionRow> submissions, CancellationToken cancellationToken) =>
        ReconcileAllAsync([new DistrictSubmissions(districtId, cycleId, topicId, submissions)], cancellationToken);

    /// <summary>Applies the rule for each (district, topic); returns how many of their targets changed.</summary>
    public async Task<int> ReconcileAllAsync(IReadOnlyCollection<DistrictSubmissions> pairs, CancellationToken cancellationToken)
    {
        if (pairs.Count == 0)
        {
            return 0;
        }

        Guid[] districtIds = [.. pairs.Select(p => p.DistrictId).Distinct()];
        Guid[] topicIds = [.. pairs.Select(p => p.TopicId).Distinct()];

        // Until TopicPublished says which targets are text, every answer waits here; text never reaches a comparison.
        var textTargets = (await db.Targets
                .Where(t => topicIds.Contains(t.TopicId) && t.MeasureType == MeasureType.Text)
                .Select(t => new { t.TopicId, t.Id })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.TopicId, t => t.Id);
        var rowsOf = (await db.Contributions
                .Where(c => districtIds.Contains(c.DistrictId) && topicIds.Contains(c.TopicId))
                .ToListAsync(cancellationToken))
            .ToLookup(c => (c.DistrictId, c.TopicId));

        var changedCount = 0;
        foreach (var (districtId, cycleId, topicId, submissions) in pairs)
        {
            var rows = rowsOf[(districtId, topicId)].ToDictionary(c => c.TargetId);
            var desired = ContributionRules.Desired(
                submissions.Where(s => s.Status == SubmissionState.Accepted).Select(s => s.ToAccepted()), textTargets[topicId].ToHashSet());
            var changed = ContributionRules.Changes(rows.ToDictionary(pair => pair.Key, pair => pair.Value.ToContribution()), desired);
            foreach (var change in changed)
            {
                if (change.After is null)
                {
                    db.Contributions.Remove(rows[change.TargetId]);
                }
                else if (change.Before is null)
                {
                    db.Contributions.Add(ContributionRow.For(districtId, cycleId, topicId, change.After));
                }
                else
                {
                    rows[change.TargetId].Take(cycleId, change.After);
                }

                changes.TargetChanged(change.TargetId, districtId);
            }

            changedCount += changed.Count;
        }

        return changedCount;
    }
}
