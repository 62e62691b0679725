using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Learning;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Direction = Consortium.ServiceDefaults.Domain.Measures.Direction;
using Visibility = Consortium.Insights.Domain.Confidentiality.Visibility;

namespace Consortium.Insights.Api;

/// <summary>FindWhomToLearnFrom: similar districts further along on a topic that share by name, with whom to ask.</summary>
internal sealed partial class InsightsApi
{
    public override async Task<FindWhomToLearnFromResponse> FindWhomToLearnFrom(FindWhomToLearnFromRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var cancellationToken = context.CancellationToken;
        var violations = new Violations();
        var topicId = ProtoConversions.ParseId(request.TopicId, "topic_id", violations);
        var district = Access.AskingDistrict(caller, request.DistrictId, "district_id", violations);
        violations.Require(district is not null || !caller.IsStaff, "district_id", "is required: name the district that wants to learn.");
        var peerCount = GroupChoice.PeerCount(request.PeerCount, "peer_count", violations);
        var pageSize = PageSize(request.PageSize, violations);
        violations.ThrowIfAny();
        Access.RequireActsFor(caller, district);
        var viewer = Access.ViewerOf(caller);
        var asking = district!.Value;
        var fingerprint = Paging.Fingerprint(nameof(FindWhomToLearnFrom), topicId, asking, peerCount);
        _ = Paging.DecodeToken<OffsetCursor>(request.PageToken, fingerprint);

        var topic = await db.Topics.AsNoTracking().SingleOrDefaultAsync(t => t.Id == topicId && t.PublishedAt != null, cancellationToken)
            ?? throw new NotFoundException("topic", topicId.ToString());
        if (!viewer.IsStaff)
        {
            GiveToGet.Ensure(viewer, topicId, await OwnSubmissionAsync(asking, topic.CycleId, topicId, cancellationToken));
        }

        var peers = await population.SimilarPeersAsync(asking, peerCount, cancellationToken);
        var candidates = peers.Members.ToArray();
        Guid[] involved = [asking, .. candidates];

        var submissions = (await db.Submissions.AsNoTracking()
                .Where(s => s.TopicId == topicId && involved.Contains(s.DistrictId) && s.Status != SubmissionState.Withdrawn)
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.DistrictId)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.UpdatedAt)!);
        var districts = await db.Districts.AsNoTracking().Where(d => candidates.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var targets = await db.Targets.AsNoTracking().Where(t => t.TopicId == topicId).OrderBy(t => t.Position).ToListAsync(cancellationToken);
        // A district's values for a topic may come from several accepted submissions (of different
        // kinds), each with its own sharing choice: only values that are named now may stand
        // beside a name (ADR 15), whatever the submission shown here says.
        var values = (await db.Contributions.AsNoTracking()
                .Where(c => c.TopicId == topicId && involved.Contains(c.DistrictId))
                .Select(c => new { c.DistrictId, c.TargetCode, c.Value, c.Visibility })
                .ToListAsync(cancellationToken))
            .Where(c => c.DistrictId == asking || IsNamedNow(c.Visibility, districts.GetValueOrDefault(c.DistrictId)))
            .ToLookup(c => c.DistrictId);

        TopicReport ReportOf(Guid id) => new(
            (int?)submissions.GetValueOrDefault(id)?.ImplementationStage,
            values[id].ToDictionary(v => v.TargetCode, v => v.Value));

        var ownReport = ReportOf(asking);
        var directions = targets.Where(t => t.Direction != Direction.Neither).Select(t => new TargetDirection(t.Code, t.Direction)).ToList();
        var found = new List<LearnFromDistrict>();
        foreach (var candidate in candidates)
        {
            // Only accepted work shared by name now: the submission's choice and the district's current preference.
            if (!submissions.TryGetValue(candidate, out var submission) || submission.Status != SubmissionState.Accepted
                || !districts.TryGetValue(candidate, out var row) || !row.Counts
                || !IsNamedNow(submission.Visibility, row))
            {
                continue;
            }

            var reasons = LearningReasons.Compare(ownReport, ReportOf(candidate), directions);
            if (reasons.Any)
            {
                found.Add(ToProto(row, submission, peers.Similarity[candidate], reasons));
            }
        }

        var (page, next) = Page(found, request.PageToken, fingerprint, pageSize);
        var response = new FindWhomToLearnFromResponse
        {
            NextPageToken = next,
            OwnStage = ContractEnums.ImplementationStage.ToContract(submissions.GetValueOrDefault(asking)?.ImplementationStage),
        };
        response.Districts.AddRange(page);

        audit.Record(caller, nameof(FindWhomToLearnFrom), new RevealedData(
            topic.CycleId, topicId, Districts: [.. page.Select(d => Guid.Parse(d.DistrictId))]));
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }

    private static bool IsNamedNow(Contracts.Events.Submissions.V1.VisibilityV1 visibility, DistrictRow? district) =>
        district is not null
        && EffectiveVisibility.Of(ContractEnums.SubmittedVisibility.ToDomain(visibility), ContractEnums.PreferenceOrNull(district.SharingPreference)) == Visibility.Named;

    private static LearnFromDistrict ToProto(DistrictRow district, SubmissionRow submission, double similarity, LearningReasons reasons)
    {
        var result = new LearnFromDistrict
        {
            DistrictId = district.Id.ToString(),
            DistrictName = district.Name,
            Similarity = Math.Round(similarity, 1),
            SubmissionId = submission.Id.ToString(),
            Title = submission.Title,
            NarrativeSummary = NarrativeSummary.Of(submission.Narrative),
            ImplementationStage = ContractEnums.ImplementationStage.ToContract(submission.ImplementationStage),
            HigherStage = reasons.HigherStage,
            EvidenceLinks = { submission.EvidenceLinks },
        };
        result.BetterValues.AddRange(reasons.BetterValues.Select(b => new Contracts.Insights.V1.BetterValue
        {
            TargetCode = b.TargetCode,
            Value = b.Value.ToProto(),
            OwnValue = b.OwnValue.ToProto(),
        }));
        if (!string.IsNullOrWhiteSpace(submission.ContactName) || !string.IsNullOrWhiteSpace(submission.ContactEmail))
        {
            result.Contact = new Contact { Name = submission.ContactName ?? string.Empty, Email = submission.ContactEmail ?? string.Empty };
        }

        return result;
    }
}
