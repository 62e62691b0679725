using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Projections;

/// <summary>
/// The one way a consumer changes a submission: under its district's lock (so a membership change
/// and a contribution change of the same district never interleave), only when the event is newer
/// (see <see cref="SubmissionRow.Apply"/>). When the submission was or becomes accepted, the
/// district's contributions to the topic follow (<see cref="ContributionProjection"/>). Nothing is
/// saved here: the consumer saves the event's effects once.
/// </summary>
public sealed class SubmissionProjection(
    InsightsDbContext db, IReadModelChanges changes, DistrictProjection districts, ContributionProjection contributions)
{
    public async Task ApplyAsync(SubmissionEvent message, SubmissionState status, CancellationToken cancellationToken)
    {
        // A submission may arrive before its district joined: the placeholder counts nowhere until it does.
        await districts.LockAsync(message.DistrictId, cancellationToken);

        // The district's submissions to the topic, tracked, so the one changed below is seen changed.
        var submissions = await db.Submissions
            .Where(s => s.DistrictId == message.DistrictId && s.CycleId == message.CycleId && s.TopicId == message.TopicId)
            .ToListAsync(cancellationToken);
        var submission = submissions.SingleOrDefault(s => s.Id == message.SubmissionId);
        if (submission is null)
        {
            submission = SubmissionRow.For(message);
            db.Submissions.Add(submission);
            submissions.Add(submission);
        }

        var wasAccepted = submission.Status == SubmissionState.Accepted;
        if (!submission.Apply(message, status))
        {
            return;
        }

        changes.TopicChanged(message.TopicId);
        if (wasAccepted || status == SubmissionState.Accepted)
        {
            await contributions.ReconcileAsync(message.DistrictId, message.CycleId, message.TopicId, submissions, cancellationToken);
        }
    }
}
