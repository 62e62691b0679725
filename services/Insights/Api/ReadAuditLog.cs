using System.Diagnostics;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Security;
using Roles = Consortium.Contracts.Security.Roles;

namespace Consortium.Insights.Api;

/// <summary>What one answer revealed of other districts.</summary>
internal sealed record RevealedData(
    Guid? CycleId = null,
    Guid? TopicId = null,
    Guid? TargetId = null,
    IReadOnlyCollection<Guid>? Districts = null,
    int? AggregateDistrictCount = null)
{
    public bool RevealsAnything => Districts is { Count: > 0 } || AggregateDistrictCount is > 0;
}

/// <summary>
/// Records every answer that revealed another district's data (who, what, when) in
/// <c>read_audits</c>, queryable by staff. The row is added to the request's unit of work, so it is
/// committed together with the differencing guard's record, before the answer leaves.
/// Staff reads are recorded too: they see private values.
/// </summary>
internal sealed class ReadAuditLog(InsightsDbContext db, TimeProvider time)
{
    private static readonly string[] RoleOrder = [Roles.Admin, Roles.ConsortiumStaff, Roles.DistrictLead, Roles.Leader];

    public void Record(Caller caller, string operation, RevealedData revealed)
    {
        if (!revealed.RevealsAnything)
        {
            return;
        }

        db.ReadAudits.Add(new ReadAuditRow
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            OccurredAt = time.GetUtcNow(),
            Subject = caller.Subject,
            CallerRole = RoleOrder.FirstOrDefault(caller.Roles.Contains) ?? string.Join(',', caller.Roles.Order(StringComparer.Ordinal)),
            CallerDistrictId = caller.DistrictId,
            Operation = operation,
            CycleId = revealed.CycleId,
            TopicId = revealed.TopicId,
            TargetId = revealed.TargetId,
            RevealedDistrictIds = [.. (revealed.Districts ?? []).Where(d => d != caller.DistrictId || caller.IsStaff).Distinct().Order()],
            AggregateDistrictCount = revealed.AggregateDistrictCount,
            TraceId = Activity.Current?.TraceId.ToString(),
        });
    }
}
