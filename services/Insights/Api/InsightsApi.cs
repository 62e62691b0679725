using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Api;

/// <summary>
/// The gRPC endpoints of <c>consortium.insights.v1</c>, one partial file per area. Each endpoint
/// checks who asks and as which district, reads the (cached) read model, lets the domain decide
/// what may be shown (k-floor, differencing guard, give-to-get, effective visibility), and
/// records what was revealed — the guard's record and the audit row commit in one transaction
/// before the answer leaves.
/// </summary>
[Authorize]
internal sealed partial class InsightsApi(
    InsightsDbContext db,
    TargetValues targetValues,
    MemberPopulation population,
    DifferencingGuard guard,
    ReadAuditLog audit,
    SuppressionFloor floor,
    DisclosurePolicy policy,
    IAnsweredGroupStore answeredGroups,
    AnswerCache answers,
    PublishedBenchStore publishedBench,
    TimeProvider time) : InsightsService.InsightsServiceBase
{
    /// <summary>
    /// Where the asking district's own submission for a topic stands (its newest that is not
    /// withdrawn). Kept in the process per generation of the topic, which every change of one of
    /// its submissions moves, so give-to-get costs no query when nothing changed.
    /// </summary>
    private async Task<SubmissionStatus?> OwnSubmissionAsync(Guid districtId, Guid cycleId, Guid topicId, CancellationToken cancellationToken)
    {
        var own = await answers.GetOrBuildLocalAsync(
            $"topic:{topicId}:own:{districtId}:{cycleId}",
            [CacheGenerations.Topic(topicId)],
            async ct => new OwnSubmission(await db.Submissions.AsNoTracking()
                .Where(s => s.DistrictId == districtId && s.CycleId == cycleId && s.TopicId == topicId && s.Status != SubmissionState.Withdrawn)
                .OrderByDescending(s => s.UpdatedAt)
                .Select(s => (SubmissionState?)s.Status)
                .FirstOrDefaultAsync(ct)),
            _ => 1,
            cancellationToken);
        return own.State switch
        {
            SubmissionState.Submitted => SubmissionStatus.Submitted,
            SubmissionState.Accepted => SubmissionStatus.Accepted,
            SubmissionState.Returned => SubmissionStatus.Returned,
            _ => null,
        };
    }

    private static int PageSize(int requested, Violations violations)
    {
        violations.Require(requested >= 0, "page_size", $"must not be negative (0 means {Paging.DefaultPageSize}).");
        return Paging.NormalizePageSize(Math.Max(requested, 0));
    }

    /// <summary>A district's own submission state for a topic (none: nothing submitted, or withdrawn).</summary>
    private sealed record OwnSubmission(SubmissionState? State);

    /// <summary>An offset into a list computed per request (bounded by the group or peer count), bound to the request's fields.</summary>
    private sealed record OffsetCursor(int Offset);

    private static (List<T> Page, string NextToken) Page<T>(IReadOnlyList<T> items, string pageToken, string fingerprint, int pageSize)
    {
        var offset = Paging.DecodeToken<OffsetCursor>(pageToken, fingerprint)?.Offset ?? 0;
        // By index: the list may be a view over a prepared one, and skipping must not walk it.
        var page = new List<T>(Math.Clamp(items.Count - offset, 0, pageSize));
        for (var index = offset; index < items.Count && index < offset + pageSize; index++)
        {
            page.Add(items[index]);
        }

        var next = offset + pageSize < items.Count ? Paging.EncodeToken(new OffsetCursor(offset + pageSize), fingerprint) : string.Empty;
        return (page, next);
    }
}
