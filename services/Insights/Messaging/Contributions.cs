using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Domain.Measures;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// Rebuilds one district's contributions to one topic from its accepted submissions (see
/// <see cref="ContributionRow.FromAccepted"/>) and recomputes the distributions of the targets
/// whose contribution changed. The caller holds the district's lock.
/// </summary>
public sealed class Contributions(InsightsDbContext db, Distributions distributions)
{
    public async Task RebuildAsync(Guid districtId, Guid topicId, CancellationToken cancellationToken)
    {
        // The submission change must be visible to the query below.
        await db.SaveChangesAsync(cancellationToken);
        var accepted = await db.Submissions
            .Where(s => s.DistrictId == districtId && s.TopicId == topicId && s.Status == SubmissionState.Accepted)
            .ToListAsync(cancellationToken);
        var textTargets = await db.Targets
            .Where(t => t.TopicId == topicId && t.MeasureType == MeasureType.Text)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var desired = ContributionRow.FromAccepted(accepted, textTargets.ToHashSet());
        var existing = await db.Contributions
            .Where(c => c.DistrictId == districtId && c.TopicId == topicId)
            .ToDictionaryAsync(c => c.TargetId, cancellationToken);

        var changed = new List<Guid>();
        foreach (var (targetId, contribution) in existing.Where(pair => !desired.ContainsKey(pair.Key)))
        {
            db.Contributions.Remove(contribution);
            changed.Add(targetId);
        }

        foreach (var (targetId, contribution) in desired)
        {
            if (!existing.TryGetValue(targetId, out var current))
            {
                db.Contributions.Add(contribution);
                changed.Add(targetId);
            }
            else if (current.UpdateFrom(contribution))
            {
                changed.Add(targetId);
            }
        }

        await distributions.RecomputeAsync(changed, cancellationToken);
    }
}
