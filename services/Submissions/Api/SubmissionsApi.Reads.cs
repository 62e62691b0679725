using Consortium.Contracts.Submissions.V1;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Submissions.Domain;

namespace Consortium.Submissions.Api;

/// <summary>Read RPCs: one submission, lists, and version history; each shows only what the caller may see.</summary>
public sealed partial class SubmissionsApi
{
    public override async Task<Submission> GetSubmission(GetSubmissionRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var submissionId = ProtoConversions.ParseId(request.SubmissionId, "submission_id");
        var found = await KnownState.FindAsync(db, db.Submissions.AsNoTracking(), submissionId, context.CancellationToken);
        // A submission the caller may not see is "not found", so private work cannot be probed for.
        if (found is not ({ } submission, { } known)
            || SubmissionAccess.ViewFor(caller, submission, known.District?.SharingPreference) is var view && view == View.None)
        {
            throw new NotFoundException("submission", submissionId.ToString());
        }

        await audit.OtherDistrictReadAsync(caller, submission, view, context.CancellationToken);
        return submission.ToProto(known.District, known.Topic, view);
    }

    public override async Task<ListSubmissionsResponse> ListSubmissions(ListSubmissionsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var response = await SubmissionList.ListAsync(db, caller, request, context.CancellationToken);
        await audit.OtherDistrictsListedAsync(caller, response, context.CancellationToken);
        return response;
    }

    public override async Task<ListSubmissionVersionsResponse> ListSubmissionVersions(ListSubmissionVersionsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var submissionId = ProtoConversions.ParseId(request.SubmissionId, "submission_id");
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var fingerprint = Paging.Fingerprint(submissionId);
        var after = Paging.DecodeToken<VersionCursor>(request.PageToken, fingerprint);
        var (submission, known) = await FindHistoryAsync(caller, submissionId, context.CancellationToken);

        var versions = await db.SubmissionVersions.AsNoTracking()
            .Where(v => v.SubmissionId == submissionId && v.Version > (after == null ? 0 : after.Version))
            .OrderBy(v => v.Version)
            .Take(pageSize + 1)
            .ToListAsync(context.CancellationToken);
        var response = new ListSubmissionVersionsResponse();
        response.Versions.AddRange(versions.Take(pageSize).Select(v => v.ToProto(submission, known.District, known.Topic)));
        if (versions.Count > pageSize)
        {
            response.NextPageToken = Paging.EncodeToken(new VersionCursor(versions[pageSize - 1].Version), fingerprint);
        }

        return response;
    }

    public override async Task<SubmissionVersion> GetSubmissionVersion(GetSubmissionVersionRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var submissionId = ProtoConversions.ParseId(request.SubmissionId, "submission_id");
        if (request.Version < 1)
        {
            throw new DomainValidationException("version", "Versions are numbered from 1.");
        }

        var (submission, known) = await FindHistoryAsync(caller, submissionId, context.CancellationToken);
        var version = await db.SubmissionVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.SubmissionId == submissionId && v.Version == request.Version, context.CancellationToken)
            ?? throw new NotFoundException("submission version", $"{submissionId}/{request.Version}");
        return version.ToProto(submission, known.District, known.Topic);
    }

    /// <summary>
    /// The submission whose history the caller asks for. Those who cannot see it at all get
    /// NOT_FOUND; those who see the accepted result but are not its district get
    /// PERMISSION_DENIED: drafts and reviewer exchanges stay between the district and staff.
    /// </summary>
    private async Task<(Domain.Submission Submission, KnownState Known)> FindHistoryAsync(Caller caller, Guid submissionId, CancellationToken cancellationToken)
    {
        var found = await KnownState.FindAsync(db, db.Submissions.AsNoTracking(), submissionId, cancellationToken);
        if (found is not ({ } submission, { } known) || SubmissionAccess.ViewFor(caller, submission, known.District?.SharingPreference) == View.None)
        {
            throw new NotFoundException("submission", submissionId.ToString());
        }

        if (!SubmissionAccess.MayReadHistory(caller, submission.DistrictId))
        {
            throw new PermissionDeniedException("A submission's history (drafts and the review exchange) is shown only to its district's benchmark lead and consortium staff.");
        }

        return (submission, known);
    }

    private sealed record VersionCursor(int Version);
}
