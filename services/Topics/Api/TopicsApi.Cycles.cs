using Consortium.Contracts.Topics.V1;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Messaging;
using Consortium.ServiceDefaults.Security;
using Consortium.Topics.Messaging;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Topics.Domain;

namespace Consortium.Topics.Api;

/// <summary>Cycle RPCs: schedule, read, replan, and move through the lifecycle.</summary>
public sealed partial class TopicsApi
{
    [Authorize(Policy = Policies.Staff)]
    public override Task<Cycle> CreateCycle(CreateCycleRequest request, ServerCallContext context) =>
        requests.RunOnceAsync(context.GetCaller(), request.RequestId, nameof(CreateCycle), request, async cancellationToken =>
        {
            var now = time.GetUtcNow();
            var violations = new Violations();
            var plan = new Domain.CyclePlan(
                request.SchoolYear,
                TopicsInputs.ToDomain(request.Half),
                request.Name,
                ProtoConversions.ToDateOnly(request.MeetingDate, Domain.CycleFields.MeetingDate, violations),
                TopicsInputs.ToTime(request.SubmissionOpensAt, Domain.CycleFields.SubmissionOpensAt, violations),
                TopicsInputs.ToTime(request.SubmissionClosesAt, Domain.CycleFields.SubmissionClosesAt, violations));
            violations.ThrowIfAny();

            var cycle = Domain.Cycle.Create(plan, now);
            await RequireHalfIsFreeAsync(cycle, cancellationToken);
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync(cancellationToken);
            return cycle.ToProto();
        }, context.CancellationToken);

    public override async Task<Cycle> GetCycle(GetCycleRequest request, ServerCallContext context)
    {
        var cycleId = ProtoConversions.ParseId(request.CycleId, "cycle_id");
        return (await FindCycleAsync(cycleId, context.CancellationToken, tracking: false)).ToProto();
    }

    public override async Task<ListCyclesResponse> ListCycles(ListCyclesRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var schoolYear = string.IsNullOrEmpty(request.SchoolYear) ? null : SchoolYear.TryCreate(request.SchoolYear, violations);
        var status = TopicsInputs.ToDomain(request.Status);
        violations.ThrowIfAny();
        var fingerprint = Paging.Fingerprint(schoolYear, status);
        var after = Paging.DecodeToken<CycleCursor>(request.PageToken, fingerprint);

        // Two cycles a year: even decades of them are a few dozen rows, so the newest-first
        // keyset is applied after loading.
        var query = db.Cycles.AsNoTracking();
        if (schoolYear is not null)
        {
            query = query.Where(cycle => cycle.SchoolYear == schoolYear);
        }

        if (status is not null)
        {
            query = query.Where(cycle => cycle.Status == status);
        }

        var cycles = (await query.ToListAsync(context.CancellationToken))
            .OrderByDescending(cycle => cycle.SchoolYear.StartYear).ThenByDescending(cycle => cycle.Half)
            .ToList();
        var page = cycles
            .Where(cycle => after is null || (cycle.SchoolYear.StartYear, (int)cycle.Half).CompareTo((after.StartYear, after.Half)) < 0)
            .Take(pageSize + 1)
            .ToList();

        var response = new ListCyclesResponse { TotalSize = cycles.Count };
        response.Cycles.AddRange(page.Take(pageSize).Select(cycle => cycle.ToProto()));
        if (page.Count > pageSize)
        {
            var last = page[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new CycleCursor(last.SchoolYear.StartYear, (int)last.Half), fingerprint);
        }

        return response;
    }

    [Authorize(Policy = Policies.Staff)]
    public override Task<Cycle> UpdateCycle(UpdateCycleRequest request, ServerCallContext context)
    {
        var cycleId = ProtoConversions.ParseId(request.CycleId, "cycle_id");
        return requests.RunOnceAsync(context.GetCaller(), request.RequestId, nameof(UpdateCycle), request, async cancellationToken =>
        {
            var violations = new Violations();
            var meetingDate = ProtoConversions.ToDateOnly(request.MeetingDate, Domain.CycleFields.MeetingDate, violations);
            var opensAt = TopicsInputs.ToTime(request.SubmissionOpensAt, Domain.CycleFields.SubmissionOpensAt, violations);
            var closesAt = TopicsInputs.ToTime(request.SubmissionClosesAt, Domain.CycleFields.SubmissionClosesAt, violations);
            violations.ThrowIfAny();

            var cycle = await FindCycleAsync(cycleId, cancellationToken);
            RequireVersion($"Cycle {cycle.Id}", cycle.Version, request.HasExpectedVersion ? request.ExpectedVersion : null);
            var plan = new Domain.CyclePlan(
                request.HasSchoolYear ? request.SchoolYear : cycle.SchoolYear.ToString(),
                TopicsInputs.ToDomain(request.Half) ?? cycle.Half,
                request.HasName ? request.Name : cycle.Name,
                meetingDate ?? cycle.MeetingDate,
                opensAt ?? cycle.SubmissionOpensAt,
                closesAt ?? cycle.SubmissionClosesAt);
            var (year, half) = (cycle.SchoolYear, cycle.Half);
            if (cycle.Replan(plan, time.GetUtcNow()))
            {
                if (cycle.SchoolYear != year || cycle.Half != half)
                {
                    await RequireHalfIsFreeAsync(cycle, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            return cycle.ToProto();
        }, context.CancellationToken);
    }

    [Authorize(Policy = Policies.Staff)]
    public override Task<Cycle> OpenCycle(OpenCycleRequest request, ServerCallContext context) =>
        ChangeCycleAsync(request.CycleId, request.RequestId, request.HasExpectedVersion ? request.ExpectedVersion : null, nameof(OpenCycle), request, context,
            (cycle, now) =>
            {
                cycle.Open(now);
                db.AddIntegrationEvent(CycleEvents.Opened(cycle, now));
            });

    [Authorize(Policy = Policies.Staff)]
    public override Task<Cycle> CloseCycle(CloseCycleRequest request, ServerCallContext context) =>
        ChangeCycleAsync(request.CycleId, request.RequestId, request.HasExpectedVersion ? request.ExpectedVersion : null, nameof(CloseCycle), request, context,
            (cycle, now) =>
            {
                cycle.Close(now);
                db.AddIntegrationEvent(CycleEvents.Closed(cycle, now));
            });

    [Authorize(Policy = Policies.Staff)]
    public override Task<Cycle> PublishResults(PublishResultsRequest request, ServerCallContext context) =>
        ChangeCycleAsync(request.CycleId, request.RequestId, request.HasExpectedVersion ? request.ExpectedVersion : null, nameof(PublishResults), request, context,
            (cycle, now) =>
            {
                cycle.PublishResults(now);
                db.AddIntegrationEvent(CycleEvents.ResultsPublished(cycle, now));
            });

    /// <summary>The shape of every lifecycle command: find, check the version, apply, save with the event.</summary>
    private Task<Cycle> ChangeCycleAsync(
        string cycleIdText,
        string requestId,
        int? expectedVersion,
        string operation,
        Google.Protobuf.IMessage request,
        ServerCallContext context,
        Action<Domain.Cycle, DateTimeOffset> change)
    {
        var cycleId = ProtoConversions.ParseId(cycleIdText, "cycle_id");
        return requests.RunOnceAsync(context.GetCaller(), requestId, operation, request, async cancellationToken =>
        {
            var cycle = await FindCycleAsync(cycleId, cancellationToken);
            RequireVersion($"Cycle {cycle.Id}", cycle.Version, expectedVersion);
            change(cycle, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return cycle.ToProto();
        }, context.CancellationToken);
    }

    private async Task RequireHalfIsFreeAsync(Domain.Cycle cycle, CancellationToken cancellationToken)
    {
        if (await db.Cycles.AnyAsync(other => other.Id != cycle.Id && other.SchoolYear == cycle.SchoolYear && other.Half == cycle.Half, cancellationToken))
        {
            throw new AlreadyExistsException("cycle", cycle.Label, $"There is already a cycle for {cycle.Label}; the consortium runs one cycle per half year.");
        }
    }

    private sealed record CycleCursor(int StartYear, int Half);
}
