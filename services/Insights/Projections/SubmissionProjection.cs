using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Projections;

/// <summary>
/// The one way a consumer changes submissions: under their districts' locks (so a membership
/// change and a contribution change of the same district never interleave), each only when its
/// event is newer (see <see cref="SubmissionRow.Apply"/>). Where a submission was or becomes
/// accepted, its district's contributions to the topic follow (<see cref="ContributionProjection"/>).
/// A batch of events is applied as one: what they all need is read in one query per table, the
/// events are applied in order in memory, and each district's contributions to a topic are
/// reconciled once, with its submissions as the last event left them. Nothing is saved here: the
/// consumer saves the events' effects once.
/// </summary>
public sealed class SubmissionProjection(
    InsightsDbContext db, IReadModelChanges changes, DistrictProjection districts, ContributionProjection contributions)
{
    public async Task ApplyAllAsync(IReadOnlyList<SubmissionEvent> messages, SubmissionState status, CancellationToken cancellationToken)
    {
        // A submission may arrive before its district joined: the placeholder counts nowhere until it does.
        Guid[] districtIds = [.. messages.Select(m => m.DistrictId).Distinct()];
        await districts.LockAllAsync(districtIds, cancellationToken);
        await districts.RowsAsync(districtIds, cancellationToken);

        // The districts' submissions to the topics (tracked, so the ones changed below are seen changed).
        Guid[] topicIds = [.. messages.Select(m => m.TopicId).Distinct()];
        var submissionsOf = (await db.Submissions
                .Where(s => districtIds.Contains(s.DistrictId) && topicIds.Contains(s.TopicId))
                .ToListAsync(cancellationToken))
            .GroupBy(s => new DistrictTopic(s.DistrictId, s.CycleId, s.TopicId))
            .ToDictionary(group => group.Key, group => group.ToList());

        var toReconcile = new HashSet<DistrictTopic>();
        foreach (var message in messages)
        {
            var key = new DistrictTopic(message.DistrictId, message.CycleId, message.TopicId);
            if (!submissionsOf.TryGetValue(key, out var submissions))
            {
                submissionsOf[key] = submissions = [];
            }

            var submission = submissions.Find(s => s.Id == message.SubmissionId);
            if (submission is null)
            {
                submission = SubmissionRow.For(message);
                db.Submissions.Add(submission);
                submissions.Add(submission);
            }

            var wasAccepted = submission.Status == SubmissionState.Accepted;
            if (!submission.Apply(message, status))
            {
                continue;
            }

            changes.TopicChanged(message.TopicId);
            if (wasAccepted || status == SubmissionState.Accepted)
            {
                toReconcile.Add(key);
            }
        }

        await contributions.ReconcileAllAsync(
            [.. toReconcile.Select(key => new ContributionProjection.DistrictSubmissions(key.DistrictId, key.CycleId, key.TopicId, submissionsOf[key]))],
            cancellationToken);
    }

    private readonly record struct DistrictTopic(Guid DistrictId, Guid CycleId, Guid TopicId);
}
