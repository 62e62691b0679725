using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Projections;
using Consortium.ServiceDefaults.Messaging;

namespace Consortium.Insights.Messaging;

/// <summary>Submissions' events: each sets the status it names, a batch of them applied as one (see <see cref="SubmissionProjection"/>).</summary>
public sealed class SubmissionSubmittedConsumer(InsightsDbContext db, TimeProvider time, SubmissionProjection submissions)
    : ReadModelConsumer<SubmissionSubmitted>(db, time)
{
    protected override Task HandleAsync(SubmissionSubmitted message, CancellationToken cancellationToken) =>
        HandleAllAsync([message], cancellationToken);

    protected override Task HandleAllAsync(IReadOnlyList<SubmissionSubmitted> events, CancellationToken cancellationToken) =>
        submissions.ApplyAllAsync(events, SubmissionState.Submitted, cancellationToken);
}

public sealed class SubmissionAcceptedConsumer(InsightsDbContext db, TimeProvider time, SubmissionProjection submissions)
    : ReadModelConsumer<SubmissionAccepted>(db, time)
{
    protected override Task HandleAsync(SubmissionAccepted message, CancellationToken cancellationToken) =>
        HandleAllAsync([message], cancellationToken);

    protected override Task HandleAllAsync(IReadOnlyList<SubmissionAccepted> events, CancellationToken cancellationToken) =>
        submissions.ApplyAllAsync(events, SubmissionState.Accepted, cancellationToken);
}

public sealed class SubmissionReturnedConsumer(InsightsDbContext db, TimeProvider time, SubmissionProjection submissions)
    : ReadModelConsumer<SubmissionReturned>(db, time)
{
    protected override Task HandleAsync(SubmissionReturned message, CancellationToken cancellationToken) =>
        HandleAllAsync([message], cancellationToken);

    protected override Task HandleAllAsync(IReadOnlyList<SubmissionReturned> events, CancellationToken cancellationToken) =>
        submissions.ApplyAllAsync(events, SubmissionState.Returned, cancellationToken);
}

public sealed class SubmissionWithdrawnConsumer(InsightsDbContext db, TimeProvider time, SubmissionProjection submissions)
    : ReadModelConsumer<SubmissionWithdrawn>(db, time)
{
    protected override Task HandleAsync(SubmissionWithdrawn message, CancellationToken cancellationToken) =>
        HandleAllAsync([message], cancellationToken);

    protected override Task HandleAllAsync(IReadOnlyList<SubmissionWithdrawn> events, CancellationToken cancellationToken) =>
        submissions.ApplyAllAsync(events, SubmissionState.Withdrawn, cancellationToken);
}
