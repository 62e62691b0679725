using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Statistics;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using MeasureType = Consortium.ServiceDefaults.Domain.Measures.MeasureType;

namespace Consortium.Insights.Api;

/// <summary>CompareTarget: one target's distribution over a group, the asking district's position, and the rows others share.</summary>
internal sealed partial class InsightsApi
{
    public override async Task<CompareTargetResponse> CompareTarget(CompareTargetRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var cancellationToken = context.CancellationToken;
        var violations = new Violations();
        var cycleId = ProtoConversions.ParseId(request.CycleId, "cycle_id", violations);
        var targetId = ProtoConversions.ParseId(request.TargetId, "target_id", violations);
        var asking = Access.AskingDistrict(caller, request.DistrictId, "district_id", violations);
        var choice = GroupChoice.Parse(request.Scope, "scope", violations);
        var pageSize = PageSize(request.PageSize, violations);
        violations.Require(choice is not SimilarChoice || asking is not null || !caller.IsStaff, "district_id", "is required to compare with similar districts: name the district whose peers to use.");
        violations.ThrowIfAny();
        Access.RequireActsFor(caller, asking);
        var viewer = Access.ViewerOf(caller);
        var fingerprint = Paging.Fingerprint(nameof(CompareTarget), cycleId, targetId, asking, choice.Describe());
        _ = Paging.DecodeToken<OffsetCursor>(request.PageToken, fingerprint);

        var target = await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == targetId, cancellationToken);
        if (target is null || target.CycleId != cycleId)
        {
            throw new NotFoundException("target", $"{cycleId}/{targetId}");
        }

        if (!MeasureSummary.IsAggregable(target.MeasureType))
        {
            throw new DomainValidationException("target_id", "is a text target: text answers are described, never compared.");
        }

        if (!viewer.IsStaff)
        {
            GiveToGet.Ensure(viewer, target.TopicId, await OwnSubmissionAsync(asking!.Value, cycleId, target.TopicId, cancellationToken));
        }

        var values = choice switch
        {
            SimilarChoice similar => await targetValues.GroupAsync(
                targetId,
                [asking!.Value, .. PeerGroups.Similar(await population.SimilarityAsync(cancellationToken), asking.Value, similar.Count).Members],
                cancellationToken),
            FilterChoice filter => await targetValues.GroupAsync(
                targetId, PeerGroups.Filtered(await population.SimilarityAsync(cancellationToken), filter.Filter).Members, cancellationToken),
            _ => await targetValues.AllMembersAsync(targetId, cancellationToken),
        };
        var ownValue = asking is { } own ? await targetValues.OwnValueAsync(targetId, own, cancellationToken) : null;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var group = new DistrictSet(values.Contributors.Select(c => c.DistrictId));
        var suppression = await guard.AdmitAsync(viewer, cycleId, targetId, group, cancellationToken);

        var response = new CompareTargetResponse { Target = target.ToProto(), GroupSize = values.GroupSize };
        if (asking is not null)
        {
            response.Own = new OwnValue();
            if (ownValue is { } value)
            {
                response.Own.Value = value.ToProto();
            }
        }

        IReadOnlyList<Guid> revealed = [];
        if (suppression is not null)
        {
            response.Suppression = suppression.ToProto();
        }
        else
        {
            response.Figures = FiguresOf(target.MeasureType, values);
            if (ownValue is { } value && target.MeasureType != MeasureType.YesNo)
            {
                var others = values.Contributors.Where(c => c.DistrictId != asking).Select(c => c.Value).ToList();
                response.Own.Position = Domain.Statistics.Position.Among(value, others, target.Direction).ToProto();
            }

            var disclosed = RowDisclosure.For(viewer, [.. values.Contributors.Select(c => c.ToContributed())], floor);
            var (rows, next) = Page(disclosed.Rows, request.PageToken, fingerprint, pageSize);
            var (sources, _) = Page(disclosed.Sources, request.PageToken, fingerprint, pageSize);
            response.Rows.AddRange(rows.Select(r => r.ToProto()));
            response.NextPageToken = next;
            response.RowsWithheld = (Contracts.Insights.V1.RowsWithheld)(int)disclosed.Withheld;
            response.RowsWithheldExplanation = disclosed.Explanation ?? string.Empty;
            revealed = sources;
        }

        audit.Record(caller, nameof(CompareTarget), new RevealedData(
            cycleId, target.TopicId, targetId, revealed, suppression is null ? group.Count : null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    private static Figures FiguresOf(MeasureType measureType, GroupValues values)
    {
        var figures = new Figures { DistrictCount = values.SortedValues.Count };
        if (measureType == MeasureType.YesNo)
        {
            figures.YesNo = new YesNoFigures { YesPercent = new YesNoSummary(values.SortedValues.Count, values.YesCount).YesPercent.ToProto() };
        }
        else
        {
            figures.Numeric = MeasureSummary.Distribution(measureType, values.SortedValues).ToProto();
        }

        return figures;
    }
}
