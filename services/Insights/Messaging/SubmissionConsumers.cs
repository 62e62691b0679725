using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Projections;

namespace Consortium.Insights.Messaging;

/// <summary>Submissions' events: each sets the status it names, a batch of them applied as one (see <see cref="SubmissionProjection"/>).</summary>
public abstract class SubmissionEventConsumer<TEvent>(InsightsDbContext db, TimeProvider time, SubmissionProjection submissions, SubmissionState status)
    : ReadModelConsumer<TEvent>(db, time)
    where TEvent : SubmissionEvent
{
    protected override Task HandleAsync(TEvent message, CancellationToken cancellationToken) =>
        HandleAllAsync([message], cancellationToken);

    protected override Task HandleAllAsync(IReadOnlyList<TEvent> events, CancellationToken cancellationToken) =>
        submissions.ApplyAllAsync(events, status, cancellationToken);
}

public sealed class SubmissionSubmittedConsumer(InsightsDbContext db, TimeProvider time, SubmissionProjection submissions)
    : SubmissionEventConsumer<SubmissionSubmitted>(db, time, submissions, SubmissionState.Submitted);

public sealed class SubmissionAcceptedConsumer(InsightsDbContext db, TimeProvider time, SubmissionProjection submissions)
    : SubmissionEventConsumer<SubmissionAccepted>(db, time, submissions, SubmissionState.Accepted);

public sealed class SubmissionReturnedConsumer(InsightsDbContext db, TimeProvider time, SubmissionProjection submissions)
    : SubmissionEventConsumer<SubmissionReturned>(db, time, submissions, SubmissionState.Returned);

public sealed class SubmissionWithdrawnConsumer(InsightsDbContext db, TimeProvider time, SubmissionProjection submissions)
    : SubmissionEventConsumer<SubmissionWithdrawn>(db, time, submissions, SubmissionState.Withdrawn);
