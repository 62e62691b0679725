using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.ReadModel;
using Consortium.ServiceDefaults.Domain.Measures;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Projections;

/// <summary>
/// Keeps one district's contributions to one topic equal to what <see cref="ContributionRules"/>
/// derives from its accepted submissions: the rows that differ are added, replaced or removed
/// (tracked, saved with the event), and only their targets' generations move. A target's
/// distribution is its contributions in (target_id, value) index order, so nothing else is
/// recomputed: the cost is the district's answers to the topic, whatever the number of districts,
/// and acceptances of different districts never wait on each other. The caller holds the
/// district's lock.
/// </summary>
public sealed class ContributionProjection(InsightsDbContext db, IReadModelChanges changes)
{
    /// <summary>Applies the rule for (district, topic) given all the district's submissions to it; returns how many targets changed.</summary>
    public async Task<int> ReconcileAsync(
        Guid districtId, Guid cycleId, Guid topicId, IReadOnlyCollection<SubmissionRow> submissions, CancellationToken cancellationToken)
    {
        // Until TopicPublished says which targets are text, every answer waits here; text never reaches a comparison.
        var textTargets = await db.Targets
            .Where(t => t.TopicId == topicId && t.MeasureType == MeasureType.Text)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var rows = await db.Contributions
            .Where(c => c.DistrictId == districtId && c.TopicId == topicId)
            .ToDictionaryAsync(c => c.TargetId, cancellationToken);

        var desired = ContributionRules.Desired(
            submissions.Where(s => s.Status == SubmissionState.Accepted).Select(s => s.ToAccepted()), textTargets.ToHashSet());
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

        return changed.Count;
    }
}
