using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Data;
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

        var target = await targetValues.DefinitionAsync(cycleId, targetId, cancellationToken);
        // Everything below (the asker's submission, the values) is keyed by these: one round trip to Redis.
        await answers.ReadGenerationsAsync(CacheGenerations.Target(targetId), CacheGenerations.Districts, CacheGenerations.Topic(target.TopicId));
        if (!MeasureSummary.IsAggregable(target.MeasureType))
        {
            throw new DomainValidationException("target_id", "is a text target: text answers are described, never compared.");
        }

        if (!viewer.IsStaff)
        {
            GiveToGet.Ensure(viewer, target.TopicId, await OwnSubmissionAsync(asking!.Value, cycleId, target.TopicId, cancellationToken));
        }

        var prepared = choice switch
        {
            SimilarChoice similar => await targetValues.PreparedGroupAsync(
                targetId,
                [asking!.Value, .. (await population.SimilarPeersAsync(asking.Value, similar.Count, cancellationToken)).Members],
                target.MeasureType,
                cancellationToken),
            FilterChoice filter => await targetValues.PreparedGroupAsync(
                targetId, PeerGroups.Filtered(await population.SimilarityAsync(cancellationToken), filter.Filter).Members, target.MeasureType, cancellationToken),
            _ => await targetValues.PreparedAllMembersAsync(targetId, target.MeasureType, cancellationToken),
        };

        // Complementary suppression (ADR 15): 1 … k−1 values the caller cannot see with a name
        // would be pinned by the figures beside the named ones, so they are left out.
        var groupSize = prepared.GroupSize;
        (prepared, var leftOut) = await targetValues.AsSeenByAsync(viewer, prepared, targetId, target.MeasureType, choice is AllMembersChoice, cancellationToken);

        var response = new CompareTargetResponse { Target = target.ToProto(), GroupSize = groupSize };
        var suppression = policy.Check(viewer, prepared.Group.Count, prepared.MakeupFor(viewer))
            ?? await guard.AdmitAsync(viewer, cycleId, targetId, prepared.AnsweredFor(viewer), cancellationToken);
        if (suppression?.Reason == Domain.Confidentiality.SuppressionReason.DifferencingRisk
            && await EarlierGroupAsync(viewer, cycleId, target, prepared, cancellationToken) is { } earlier
            && policy.Check(viewer, earlier.Group.Count, earlier.MakeupFor(viewer)) is null
            && policy.LeftOut(viewer, earlier.MakeupFor(viewer), allMembers: false) == LeftOutValues.None)
        {
            // No count of the districts left out: it would tell how many have just submitted.
            response.EarlierGroup = new EarlierGroup
            {
                DistrictCount = earlier.Group.Count,
                Explanation = $"These figures cover the {earlier.Group.Count} districts you compared with before. "
                    + $"Districts that have a value since are included once at least {floor.K} have changed, "
                    + "so that no comparison singles out fewer.",
            };
            (prepared, suppression) = (earlier, null);
        }

        var group = prepared.Group;

        // The asker's value as it entered the figures when it is in the group (the position is
        // computed among the same values); its current value otherwise.
        var ownValue = asking is { } own ? prepared.ValueOf(own) ?? await targetValues.OwnValueAsync(targetId, own, cancellationToken) : null;
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
            response.Figures = prepared.FiguresFor(viewer, policy);
            response.Figures.UnnamedLeftOutExplanation = leftOut switch
            {
                LeftOutValues.Private => $"Values of districts that keep them private are left out: fewer than {floor.K} of them are in this group, so any figure over them would reveal them.",
                LeftOutValues.Unnamed => $"Values of districts that do not share by name are left out: fewer than {floor.K} of them are in this group, so any figure over them would reveal them.",
                _ => string.Empty,
            };

            if (ownValue is { } value && target.MeasureType != MeasureType.YesNo
                && policy.Statistics(viewer, prepared.MakeupFor(viewer).Total).HasFlag(PublishedStatistics.Position))
            {
                response.Own.Position = Domain.Statistics.Position.InSorted(
                    value, prepared.AscendingValues, prepared.ValueOf(asking!.Value) is not null, target.Direction).ToProto();
            }

            var (rows, withheld) = prepared.Rows.For(viewer);
            var (page, next) = Page(rows, request.PageToken, fingerprint, pageSize);
            response.Rows.AddRange(page.Select(r => r.Row.ToProto()));
            response.NextPageToken = next;
            response.RowsWithheld = ContractEnums.RowsWithheld.ToContract(withheld);
            response.RowsWithheldExplanation = DisclosedRows.ExplanationOf(withheld) ?? string.Empty;
            revealed = [.. page.Select(r => r.DistrictId)];
        }

        audit.Record(caller, nameof(CompareTarget), new RevealedData(
            cycleId, target.TopicId, targetId, revealed, suppression is null ? group.Count : null));
        await db.CommitRequestAsync(cancellationToken);
        return response;
    }

    // The comparison over the largest group answered before inside the refused one: its values
    // all stand (they are among the refused group's), so nothing needs reading again.
    private async Task<PreparedComparison?> EarlierGroupAsync(
        Domain.Confidentiality.Viewer viewer, Guid cycleId, Data.ReadModel.TargetRow target, PreparedComparison refused, CancellationToken cancellationToken) =>
        await guard.LargestAnsweredWithinAsync(viewer, cycleId, target.Id, refused.Contributions, cancellationToken) is { } seen
            ? await targetValues.PreparedWithinAsync(target.Id, refused, seen, target.MeasureType, cancellationToken)
            : null;
}
