using Consortium.Contracts.Topics.V1;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Idempotency;
using Consortium.ServiceDefaults.Security;
using Consortium.Topics.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Topics.Domain;

namespace Consortium.Topics.Api;

/// <summary>
/// The gRPC endpoints of <c>consortium.topics.v1</c>: check who may call, translate the message,
/// let the domain decide, save the change with its event in one transaction. Cycles are in
/// <c>TopicsApi.Cycles.cs</c>, topics in <c>TopicsApi.Topics.cs</c>, targets in
/// <c>TopicsApi.Targets.cs</c>. Only staff write (the <see cref="Policies.Staff"/> attribute on
/// each write); every signed-in caller reads cycles and published or retired topics.
/// </summary>
[Authorize]
public sealed partial class TopicsApi(
    TopicsDbContext db,
    IdempotentRequests<TopicsDbContext> requests,
    TimeProvider time) : TopicsService.TopicsServiceBase
{
    private async Task<Domain.Cycle> FindCycleAsync(Guid cycleId, CancellationToken cancellationToken, bool tracking = true)
    {
        var query = tracking ? db.Cycles : db.Cycles.AsNoTracking();
        return await query.SingleOrDefaultAsync(cycle => cycle.Id == cycleId, cancellationToken)
            ?? throw new NotFoundException("cycle", cycleId.ToString());
    }

    private async Task<Domain.Topic> FindTopicAsync(Guid topicId, CancellationToken cancellationToken, bool tracking = true)
    {
        var query = tracking ? db.Topics : db.Topics.AsNoTracking();
        return await query.SingleOrDefaultAsync(topic => topic.Id == topicId, cancellationToken)
            ?? throw new NotFoundException("topic", topicId.ToString());
    }

    private static void RequireVersion(string resource, int actual, int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != actual)
        {
            throw new VersionConflictException(resource, expected, actual);
        }
    }

    /// <summary>
    /// Drafts are staff working copies: to anyone else they do not exist (NOT_FOUND, not
    /// PERMISSION_DENIED, so ids of unpublished topics cannot be probed). Retired topics stay
    /// readable: submissions and results made against them still point at them.
    /// </summary>
    private static bool MaySee(Caller caller, Domain.Topic topic) => caller.IsStaff || topic.Status != Domain.TopicStatus.Draft;
}
