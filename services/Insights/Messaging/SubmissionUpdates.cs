using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// The one way a consumer changes a submission: under its district's lock (so a membership change
/// and a contribution change of the same district never interleave), only when the event is newer
/// (see <see cref="SubmissionRow.Apply"/>). When the submission was or becomes accepted, the
/// district's contributions to the topic are rebuilt and the affected distributions recomputed.
/// </summary>
public sealed class SubmissionUpdates(InsightsDbContext db, IReadModelChanges changes, DistrictUpdates districts, Contributions contributions)
{
    public async Task ApplyAsync(SubmissionEvent message, SubmissionState status, CancellationToken cancellationToken)
    {
        // A submission may arrive before its district joined: the placeholder counts nowhere until it does.
        await districts.LockAsync(message.DistrictId, cancellationToken);
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == message.SubmissionId, cancellationToken);
        if (submission is null)
        {
            submission = SubmissionRow.For(message);
            db.Submissions.Add(submission);
        }

        var wasAccepted = submission.Status == SubmissionState.Accepted;
        if (!submission.Apply(message, status))
        {
            return;
        }

        changes.TopicChanged(message.TopicId);
        if (wasAccepted || status == SubmissionState.Accepted)
        {
            await contributions.RebuildAsync(message.DistrictId, message.TopicId, cancellationToken);
        }
    }
}
