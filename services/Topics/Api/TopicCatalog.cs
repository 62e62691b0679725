using Consortium.Contracts.Topics.V1;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Consortium.Topics.Data;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Topics.Domain;

namespace Consortium.Topics.Api;

/// <summary>
/// The topic catalogue: topics by title, filtered, one keyset page at a time, showing only what
/// the caller may see (drafts to staff only).
/// </summary>
internal static class TopicCatalog
{
    private static readonly Domain.TopicStatus[] VisibleToMembers = [Domain.TopicStatus.Published, Domain.TopicStatus.Retired];

    public static async Task<ListTopicsResponse> ListAsync(TopicsDbContext db, Caller caller, ListTopicsRequest request, CancellationToken cancellationToken)
    {
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var cycleId = string.IsNullOrEmpty(request.CycleId) ? (Guid?)null : ProtoConversions.ParseId(request.CycleId, "cycle_id");
        var status = TopicsInputs.ToDomain(request.Status);
        if (status == Domain.TopicStatus.Draft && !caller.IsStaff)
        {
            throw new PermissionDeniedException("Draft topics are visible to consortium staff only.");
        }

        Domain.TopicStatus[]? statuses = status is { } one ? [one] : caller.IsStaff ? null : VisibleToMembers;
        var fingerprint = Paging.Fingerprint(cycleId, statuses is null ? "all" : string.Join(",", statuses));
        var after = Paging.DecodeToken<TitleCursor>(request.PageToken, fingerprint);

        var filtered = db.Topics.AsNoTracking();
        if (cycleId is not null)
        {
            filtered = filtered.Where(topic => topic.CycleId == cycleId);
        }

        if (statuses is not null)
        {
            filtered = filtered.Where(topic => statuses.Contains(topic.Status));
        }

        var total = await filtered.CountAsync(cancellationToken);
        var page = filtered;
        if (after is not null)
        {
            page = page.Where(topic => EF.Functions.GreaterThan(
                ValueTuple.Create(topic.Title, topic.Id), ValueTuple.Create(after.Title, after.Id)));
        }

        var topics = await page
            .OrderBy(topic => topic.Title).ThenBy(topic => topic.Id)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);

        var response = new ListTopicsResponse { TotalSize = total };
        response.Topics.AddRange(topics.Take(pageSize).Select(topic => topic.ToProto()));
        if (topics.Count > pageSize)
        {
            var last = topics[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new TitleCursor(last.Title, last.Id), fingerprint);
        }

        return response;
    }

    private sealed record TitleCursor(string Title, Guid Id);
}
