using Consortium.Contracts.Events;
using Consortium.Contracts.Submissions.V1;
using Consortium.ServiceDefaults.Auditing;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Idempotency;
using Consortium.ServiceDefaults.Messaging;
using Consortium.ServiceDefaults.Security;
using Consortium.Submissions.Data;
using Consortium.Submissions.Messaging;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Submissions.Domain;

namespace Consortium.Submissions.Api;

/// <summary>
/// The gRPC endpoints of <c>consortium.submissions.v1</c>: check who may call, translate the
/// message, let the domain decide, save the change with its version and event in one
/// transaction. Writes are here; reads are in <c>SubmissionsApi.Reads.cs</c>.
/// </summary>
[Authorize]
public sealed partial class SubmissionsApi(
    SubmissionsDbContext db,
    IdempotentRequests<SubmissionsDbContext> requests,
    TimeProvider time,
    AuditTrail audit) : SubmissionsService.SubmissionsServiceBase
{
    public override Task<Submission> CreateSubmission(CreateSubmissionRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var violations = new Violations();
        var districtId = ProtoConversions.ParseId(request.DistrictId, Domain.SubmissionFields.DistrictId, violations);
        var topicId = ProtoConversions.ParseId(request.TopicId, Domain.SubmissionFields.TopicId, violations);
        var kind = SubmissionInputs.ToDomain(request.Kind);
        violations.Require(kind is not null, Domain.SubmissionFields.Kind, "Choose what the submission describes: PROGRAM, POLICY, PRACTICE, PROCESS, CONTEXT, CULTURE or CAPACITY.");
        violations.ThrowIfAny();
        RequireAuthor(caller, districtId);

        return requests.RunOnceAsync(caller, request.RequestId, nameof(CreateSubmission), request, async cancellationToken =>
        {
            var district = await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == districtId, cancellationToken);
            var topic = await db.Topics.AsNoTracking().SingleOrDefaultAsync(t => t.Id == topicId, cancellationToken);
            var (submission, version) = Domain.Submission.Create(
                districtId, district, topicId, topic, kind!.Value, SubmissionInputs.ToChanges(request),
                SubmissionInputs.ToDomain(request.Values), caller.Subject, time.GetUtcNow());

            if (await db.Submissions.AnyAsync(
                existing => existing.DistrictId == districtId && existing.TopicId == topicId && existing.Kind == submission.Kind
                    && existing.Status != Domain.SubmissionStatus.Withdrawn,
                cancellationToken))
            {
                throw new AlreadyExistsException("submission", $"{districtId}/{topicId}/{submission.Kind}",
                    "Your district already has a submission of this kind on this topic; continue that one, or withdraw it first.");
            }

            // Saved by the idempotent request, with its record.
            db.Submissions.Add(submission);
            db.SubmissionVersions.Add(version);
            return submission.ToProto(district, topic, View.Own);
        }, context.CancellationToken);
    }

    public override Task<Submission> UpdateDraft(UpdateDraftRequest request, ServerCallContext context) =>
        ChangeAsync(context, request, request.RequestId, nameof(UpdateDraft), request.SubmissionId, request.HasExpectedVersion ? request.ExpectedVersion : null, reviewing: false,
            (submission, known, by, now) => (submission.UpdateDraft(SubmissionInputs.ToChanges(request), by, now), null));

    public override Task<Submission> SetTargetValues(SetTargetValuesRequest request, ServerCallContext context) =>
        ChangeAsync(context, request, request.RequestId, nameof(SetTargetValues), request.SubmissionId, request.HasExpectedVersion ? request.ExpectedVersion : null, reviewing: false,
            (submission, known, by, now) => (
                submission.SetValues(known.Topic ?? throw MissingTopic(submission), SubmissionInputs.ToDomain(request.Values), request.ReplaceAll, by, now),
                null));

    public override Task<Submission> Submit(SubmitRequest request, ServerCallContext context) =>
        ChangeAsync(context, request, request.RequestId, nameof(Submit), request.SubmissionId, request.HasExpectedVersion ? request.ExpectedVersion : null, reviewing: false,
            (submission, known, by, now) =>
            {
                var version = submission.Submit(known.Topic, known.Cycle, known.District, by, now);
                return (version, SubmissionEvents.Submitted(submission, Resolve(submission, known), now));
            });

    public override Task<Submission> Resubmit(ResubmitRequest request, ServerCallContext context) =>
        ChangeAsync(context, request, request.RequestId, nameof(Resubmit), request.SubmissionId, request.HasExpectedVersion ? request.ExpectedVersion : null, reviewing: false,
            (submission, known, by, now) =>
            {
                var version = submission.Resubmit(known.Topic, known.Cycle, known.District, by, now);
                return (version, SubmissionEvents.Submitted(submission, Resolve(submission, known), now));
            });

    [Authorize(Policy = Policies.Staff)]
    public override Task<Submission> Return(ReturnRequest request, ServerCallContext context) =>
        ChangeAsync(context, request, request.RequestId, nameof(Return), request.SubmissionId, request.HasExpectedVersion ? request.ExpectedVersion : null, reviewing: true,
            (submission, known, by, now) =>
            {
                var version = submission.Return(request.ReviewerComments, by, now);
                return (version, SubmissionEvents.Returned(submission, Resolve(submission, known), now));
            });

    [Authorize(Policy = Policies.Staff)]
    public override Task<Submission> Accept(AcceptRequest request, ServerCallContext context) =>
        ChangeAsync(context, request, request.RequestId, nameof(Accept), request.SubmissionId, request.HasExpectedVersion ? request.ExpectedVersion : null, reviewing: true,
            (submission, known, by, now) =>
            {
                var version = submission.Accept(by, now);
                return (version, SubmissionEvents.Accepted(submission, Resolve(submission, known), now));
            });

    public override Task<Submission> Withdraw(WithdrawRequest request, ServerCallContext context) =>
        ChangeAsync(context, request, request.RequestId, nameof(Withdraw), request.SubmissionId, request.HasExpectedVersion ? request.ExpectedVersion : null, reviewing: false,
            (submission, known, by, now) =>
            {
                var version = submission.Withdraw(by, now);
                // Nobody outside the district heard of a draft, so only a submitted one is announced.
                IntegrationEvent? withdrawn = submission.WasEverSubmitted ? SubmissionEvents.Withdrawn(submission, Resolve(submission, known), now) : null;
                return (version, withdrawn);
            });

    /// <summary>
    /// The shape of every change to an existing submission: find it, check the caller may make
    /// the change and the version they read, apply it, and save the new version and its event
    /// together (once per request id).
    /// </summary>
    private Task<Submission> ChangeAsync(
        ServerCallContext context,
        IMessage request,
        string requestId,
        string operation,
        string submissionIdText,
        int? expectedVersion,
        bool reviewing,
        Func<Domain.Submission, KnownState, string, DateTimeOffset, (Domain.SubmissionVersion? Version, IntegrationEvent? Event)> change)
    {
        var caller = context.GetCaller();
        var submissionId = ProtoConversions.ParseId(submissionIdText, "submission_id");
        return requests.RunOnceAsync(caller, requestId, operation, request, async cancellationToken =>
        {
            var (submission, known) = await KnownState.FindAsync(db, db.Submissions, submissionId, cancellationToken)
                ?? throw new NotFoundException("submission", submissionId.ToString());
            // Reviewing RPCs are staff-only by policy; every other change is the district lead's.
            if (!reviewing)
            {
                RequireAuthor(caller, submission.DistrictId);
            }

            if (expectedVersion is { } expected && expected != submission.Version)
            {
                throw new VersionConflictException($"Submission {submission.Id}", expected, submission.Version);
            }

            var (version, integrationEvent) = change(submission, known, caller.Subject, time.GetUtcNow());
            if (version is not null)
            {
                // Saved by the idempotent request, with its record: one round trip for both.
                db.SubmissionVersions.Add(version);
                if (integrationEvent is not null)
                {
                    db.AddIntegrationEvent(integrationEvent);
                }
            }

            return submission.ToProto(known.District, known.Topic, View.Own);
        }, context.CancellationToken);
    }

    private static Domain.Visibility Resolve(Domain.Submission submission, KnownState known) =>
        Domain.VisibilityResolution.Resolve(submission.Visibility, known.District?.SharingPreference);

    private static RuleViolationException MissingTopic(Domain.Submission submission) =>
        new($"topic/{submission.TopicId}", Domain.SubmissionRules.TopicNotOpen, "This submission's topic is not known to this service.");

    private static void RequireAuthor(Caller caller, Guid districtId)
    {
        if (!SubmissionAccess.MayAuthor(caller, districtId))
        {
            throw new PermissionDeniedException("Only the district's own benchmark lead can write its submissions.");
        }
    }
}
