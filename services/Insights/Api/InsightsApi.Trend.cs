using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Statistics;
using Consortium.Insights.Domain.Trends;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using MeasureType = Consortium.ServiceDefaults.Domain.Measures.MeasureType;
using Suppression = Consortium.Insights.Domain.Confidentiality.Suppression;

namespace Consortium.Insights.Api;

/// <summary>GetTrend: a district's own values for a target code across cycles, beside each cycle's consortium median.</summary>
internal sealed partial class InsightsApi
{
    public override async Task<GetTrendResponse> GetTrend(GetTrendRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var cancellationToken = context.CancellationToken;
        var violations = new Violations();
        var district = Access.AskingDistrict(caller, request.DistrictId, "district_id", violations);
        violations.Require(district is not null || !caller.IsStaff, "district_id", "is required: name the district whose trend to show.");
        var code = request.TargetCode.Trim();
        violations.Require(code.Length is > 0 and <= 100, "target_code", "is required (the target's code, up to 100 characters).");
        var topicId = ProtoConversions.ParseId(request.TopicId, "topic_id", violations);
        var pageSize = PageSize(request.PageSize, violations);
        violations.ThrowIfAny();
        Access.RequireActsFor(caller, district);
        var viewer = Access.ViewerOf(caller);
        var asking = district!.Value;
        var fingerprint = Paging.Fingerprint(nameof(GetTrend), asking, code, topicId);
        _ = Paging.DecodeToken<OffsetCursor>(request.PageToken, fingerprint);

        var links = await db.Topics.AsNoTracking().Select(t => new TopicLink(t.Id, t.CarriedFromTopicId)).ToListAsync(cancellationToken);
        if (!links.Any(l => l.TopicId == topicId))
        {
            throw new NotFoundException("topic", topicId.ToString());
        }

        var chain = TopicChain.Of(topicId, links).ToArray();
        var points = await (
            from target in db.Targets.AsNoTracking()
            where chain.Contains(target.TopicId) && target.Code == code
            join cycle in db.Cycles.AsNoTracking() on target.CycleId equals cycle.Id
            orderby cycle.SchoolYear, cycle.Half, target.Id
            select new { Target = target, Cycle = cycle })
            .ToListAsync(cancellationToken);
        if (points.Count == 0)
        {
            throw new NotFoundException("target", code);
        }

        var newest = points[^1].Target;
        if (!MeasureSummary.IsAggregable(newest.MeasureType))
        {
            throw new DomainValidationException("target_code", "is a text target: text answers are described, never compared.");
        }

        var (page, next) = Page(points, request.PageToken, fingerprint, pageSize);
        var response = new GetTrendResponse
        {
            TargetCode = code,
            MeasureType = ContractEnums.MeasureType.ToContract(newest.MeasureType),
            Direction = ContractEnums.Direction.ToContract(newest.Direction),
            Unit = newest.Unit ?? newest.Currency ?? string.Empty,
            NextPageToken = next,
        };

        // Everything is read before the guard's transaction: the distribution reads open their own snapshot.
        var loaded = new List<(TargetRow Target, CycleRow Cycle, PreparedComparison Values, decimal? Own, Suppression? NotGiven)>();
        foreach (var point in page)
        {
            var (values, _) = await targetValues.AsSeenByAsync(
                viewer, await targetValues.PreparedAllMembersAsync(point.Target.Id, point.Target.MeasureType, cancellationToken), point.Target.Id, point.Target.MeasureType, allMembers: true, cancellationToken);
            var own = values.ValueOf(asking)
                ?? await targetValues.OwnValueAsync(point.Target.Id, asking, cancellationToken);
            var notGiven = viewer.IsStaff ? null : GiveToGet.Check(viewer, await OwnSubmissionAsync(asking, point.Cycle.Id, point.Target.TopicId, cancellationToken));
            loaded.Add((point.Target, point.Cycle, values, own, notGiven));
        }

        var largestShown = 0;
        foreach (var (target, cycle, values, own, notGiven) in loaded)
        {
            var suppression = notGiven
                ?? policy.Check(viewer, values.Group.Count, values.MakeupFor(viewer))
                ?? await guard.AdmitAsync(viewer, cycle.Id, target.Id, values.AnsweredFor(viewer), cancellationToken);
            var trendPoint = new TrendPoint
            {
                CycleId = cycle.Id.ToString(),
                CycleName = cycle.Name,
                SchoolYear = cycle.SchoolYear,
                Half = (int)cycle.Half,
                TargetId = target.Id.ToString(),
                Consortium = InsightsMessages.Median(values.Group.Count, Guarded.From(suppression, () => values.CentreFor(viewer, policy))),
            };
            if (own is { } value)
            {
                trendPoint.Value = value.ToProto();
            }

            largestShown = Math.Max(largestShown, suppression is null ? values.Group.Count : 0);
            response.Points.Add(trendPoint);
        }

        audit.Record(caller, nameof(GetTrend), new RevealedData(AggregateDistrictCount: largestShown == 0 ? null : largestShown));
        await db.CommitRequestAsync(cancellationToken);
        return response;
    }

}
