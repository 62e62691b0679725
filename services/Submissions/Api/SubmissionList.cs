using Consortium.Contracts.Submissions.V1;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Consortium.Submissions.Data;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Submissions.Domain;

namespace Consortium.Submissions.Api;

/// <summary>
/// Lists submissions, newest first, one keyset page at a time, filtered in the database to what
/// the caller may see (the same rules as <see cref="SubmissionAccess"/>, as a query).
/// </summary>
internal static class SubmissionList
{
    public static async Task<ListSubmissionsResponse> ListAsync(SubmissionsDbContext db, Caller caller, ListSubmissionsRequest request, CancellationToken cancellationToken)
    {
        var violations = new Violations();
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var districtId = OptionalId(request.DistrictId, "district_id", violations);
        var cycleId = OptionalId(request.CycleId, "cycle_id", violations);
        var topicId = OptionalId(request.TopicId, "topic_id", violations);
        var status = SubmissionInputs.ToDomain(request.Status);
        var kind = SubmissionInputs.ToDomain(request.Kind);
        violations.ThrowIfAny();

        var fingerprint = Paging.Fingerprint(districtId, cycleId, topicId, status, kind);
        var after = Paging.DecodeToken<Cursor>(request.PageToken, fingerprint);

        var query = Visible(db, caller, districtId);
        if (districtId is { } district)
        {
            query = query.Where(s => s.DistrictId == district);
        }

        if (cycleId is { } cycle)
        {
            query = query.Where(s => s.CycleId == cycle);
        }

        if (topicId is { } topic)
        {
            query = query.Where(s => s.TopicId == topic);
        }

        if (status is { } wanted)
        {
            query = query.Where(s => s.Status == wanted);
        }

        if (kind is { } wantedKind)
        {
            query = query.Where(s => s.Kind == wantedKind);
        }

        if (after is not null)
        {
            query = query.Where(s => EF.Functions.LessThan(
                ValueTuple.Create(s.CreatedAt, s.Id), ValueTuple.Create(after.CreatedAt, after.Id)));
        }

        var page = await query
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);

        var shown = page.Take(pageSize).ToList();
        var districtIds = shown.Select(s => s.DistrictId).Distinct().ToList();
        var topicIds = shown.Select(s => s.TopicId).Distinct().ToList();
        var districts = await db.Districts.AsNoTracking().Where(d => districtIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);

        var response = new ListSubmissionsResponse();
        foreach (var submission in shown)
        {
            var known = districts.GetValueOrDefault(submission.DistrictId);
            var view = SubmissionAccess.ViewFor(caller, submission, known?.SharingPreference);
            // The query already filtered; this guards against a preference that changed in between.
            if (view != View.None)
            {
                response.Submissions.Add(submission.ToProto(known, topics.GetValueOrDefault(submission.TopicId), view));
            }
        }

        if (page.Count > pageSize)
        {
            var last = page[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new Cursor(last.CreatedAt, last.Id), fingerprint);
        }

        return response;
    }

    /// <summary>
    /// Staff see all; a district's lead sees all of its own, its other people its accepted ones;
    /// others see accepted submissions that are effectively named, or anonymous unless they filter
    /// by that district (which would name it).
    /// </summary>
    private static IQueryable<Domain.Submission> Visible(SubmissionsDbContext db, Caller caller, Guid? districtFilter)
    {
        var submissions = db.Submissions.AsNoTracking();
        if (caller.IsStaff)
        {
            return submissions;
        }

        var own = caller.DistrictId ?? Guid.Empty;
        var workInProgress = caller.IsDistrictLead;
        var anonymousAllowed = districtFilter is null || districtFilter == own;
        // Another district's submission by its effective visibility: the stricter of its choice
        // and the district's current preference, so a district that turned private is hidden.
        return submissions.Where(s =>
            (s.DistrictId == own && (workInProgress || s.Status == Domain.SubmissionStatus.Accepted))
            || (s.Status == Domain.SubmissionStatus.Accepted
                && s.Visibility != Domain.Visibility.Private
                && db.Districts.Any(d => d.Id == s.DistrictId
                    && ((d.SharingPreference == Domain.SharingPreference.Named && (anonymousAllowed || s.Visibility != Domain.Visibility.Anonymous))
                        || (anonymousAllowed && d.SharingPreference == Domain.SharingPreference.Anonymous)))));
    }

    private static Guid? OptionalId(string value, string field, Violations violations) =>
        string.IsNullOrWhiteSpace(value) ? null : ProtoConversions.ParseId(value, field, violations);

    private sealed record Cursor(DateTimeOffset CreatedAt, Guid Id);
}
