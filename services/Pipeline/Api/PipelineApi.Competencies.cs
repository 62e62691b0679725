using Consortium.Contracts.Pipeline.V1;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Pipeline.Domain;

namespace Consortium.Pipeline.Api;

/// <summary>The leadership standards framework (staff-defined) and leaders' competency ratings.</summary>
public sealed partial class PipelineApi
{
    [Authorize(Policy = Policies.Staff)]
    public override Task<Competency> DefineCompetency(DefineCompetencyRequest request, ServerCallContext context) =>
        requests.RunOnceAsync(context.GetCaller(), request.RequestId, nameof(DefineCompetency), request, async cancellationToken =>
        {
            var last = await db.Competencies.MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
            var competency = Domain.Competency.Define(request.Code, request.Domain, request.Label, request.Description, last + 10);
            if (await db.Competencies.AnyAsync(existing => existing.Code == competency.Code, cancellationToken))
            {
                throw new AlreadyExistsException("competency", competency.Code, $"The competency '{competency.Code}' already exists.");
            }

            db.Competencies.Add(competency);
            await db.SaveChangesAsync(cancellationToken);
            return competency.ToProto();
        }, context.CancellationToken);

    public override async Task<ListCompetenciesResponse> ListCompetencies(ListCompetenciesRequest request, ServerCallContext context)
    {
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var fingerprint = Paging.Fingerprint(nameof(ListCompetencies));
        var after = Paging.DecodeToken<CompetencyCursor>(request.PageToken, fingerprint);
        var query = db.Competencies.AsNoTracking();
        if (after is not null)
        {
            query = query.Where(c => EF.Functions.GreaterThan(
                ValueTuple.Create(c.Domain, c.SortOrder, c.Code), ValueTuple.Create(after.Domain, after.SortOrder, after.Code)));
        }

        var competencies = await query
            .OrderBy(c => c.Domain).ThenBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Take(pageSize + 1)
            .ToListAsync(context.CancellationToken);
        var response = new ListCompetenciesResponse();
        response.Competencies.AddRange(competencies.Take(pageSize).Select(c => c.ToProto()));
        if (competencies.Count > pageSize)
        {
            var last = competencies[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new CompetencyCursor(last.Domain, last.SortOrder, last.Code), fingerprint);
        }

        return response;
    }

    public override Task<Leader> RateCompetency(RateCompetencyRequest request, ServerCallContext context) =>
        ChangeLeaderAsync(context, request.RequestId, nameof(RateCompetency), request, request.LeaderId, expectedVersion: null,
            async (leader, caller, now, cancellationToken) =>
            {
                var violations = new Violations();
                var ratedOn = ProtoConversions.ToDateOnly(request.RatedOn, "rated_on", violations);
                violations.ThrowIfAny();
                leader.RateCompetency(
                    request.CompetencyCode, LeaderInputs.ToDomain(request.Source), request.Score, ratedOn, request.Evidence, await KnownCompetenciesAsync(cancellationToken), caller.Subject, now);
            },
            authorize: (caller, leader) =>
            {
                // A leader's own view of their practice belongs in their record; other sources are the district's.
                var selfRating = request.Source == RatingSource.Self && LeaderAccess.IsOwnRecord(caller, leader);
                if (!selfRating)
                {
                    LeaderAccess.RequireManage(caller, leader.DistrictId);
                }
            });

    private sealed record CompetencyCursor(string Domain, int SortOrder, string Code);
}
