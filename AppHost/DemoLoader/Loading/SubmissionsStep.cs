using Consortium.Contracts.Submissions.V1;
using Consortium.DemoLoader.Model;
using Microsoft.Extensions.Logging;
using TopicsApi = Consortium.Contracts.Topics.V1;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// Submissions written by each district's own lead and taken through review by staff as far as
/// the data says: left as a draft, submitted, returned with comments, or accepted.
/// </summary>
internal sealed partial class SubmissionsStep(SubmissionsService.SubmissionsServiceClient submissions, DemoCallers callers, ILogger<SubmissionsStep> logger)
{
    /// <param name="earlier">
    /// The previous cycle: its request ids differ from the current one's, since carried-forward
    /// topics keep their target codes.
    /// </param>
    public async Task LoadAsync(IReadOnlyList<DemoSubmission> plan, LoadedDistricts districts, LoadedCycle cycle, bool earlier, CancellationToken cancellationToken)
    {
        using var span = Hosting.LoaderTelemetry.Step($"submissions: {cycle.Cycle.Name}");
        var staff = await callers.ReviewerAsync(cancellationToken);
        foreach (var submission in plan)
        {
            var district = districts[submission.District];
            var topic = cycle.Topic(submission.Topic);
            var lead = await callers.LeadOfAsync(district, cancellationToken);
            var key = $"demo-{(earlier ? "previous-" : string.Empty)}{district.NcesLeaId}-{topic.Targets[0].Definition.Code}";

            var draft = await EventualCopies.WhenArrivedAsync(
                async () => await submissions.CreateSubmissionAsync(Draft(submission, district, topic, key), lead, cancellationToken: cancellationToken),
                cancellationToken);
            if (submission.Outcome == ReviewOutcome.Draft)
            {
                continue;
            }

            // A draft may be written before the window opens; submitting waits until Submissions has heard CycleOpened.
            await EventualCopies.WhenArrivedAsync(
                async () => await submissions.SubmitAsync(new SubmitRequest { RequestId = $"{key}-submit", SubmissionId = draft.SubmissionId }, lead, cancellationToken: cancellationToken),
                cancellationToken);
            if (submission.Outcome == ReviewOutcome.Accepted)
            {
                await submissions.AcceptAsync(new AcceptRequest { RequestId = $"{key}-accept", SubmissionId = draft.SubmissionId }, staff, cancellationToken: cancellationToken);
            }
            else if (submission.Outcome == ReviewOutcome.Returned)
            {
                await submissions.ReturnAsync(
                    new ReturnRequest { RequestId = $"{key}-return", SubmissionId = draft.SubmissionId, ReviewerComments = submission.ReviewerComments ?? string.Empty },
                    staff,
                    cancellationToken: cancellationToken);
            }
        }

        foreach (var outcome in plan.GroupBy(s => s.Outcome).OrderBy(g => g.Key))
        {
            LogOutcome(cycle.Cycle.Name, outcome.Count(), outcome.Key);
        }
    }

    private static CreateSubmissionRequest Draft(DemoSubmission submission, LoadedDistrict district, TopicsApi.Topic topic, string key)
    {
        var contact = district.Data.Contacts.FirstOrDefault(c => c.IsPrimary);
        var request = new CreateSubmissionRequest
        {
            RequestId = $"{key}-create",
            DistrictId = district.Id,
            TopicId = topic.TopicId,
            Kind = submission.Kind,
            Title = submission.Title,
            Narrative = submission.Narrative,
            Successes = submission.Successes,
            Challenges = submission.Challenges,
            ImplementationStage = submission.ImplementationStage,
            Visibility = Visibility.Inherit,
            Contact = contact is null ? null : new ContactPerson { Name = contact.Name, Email = contact.Email },
        };
        request.EvidenceLinks.AddRange(submission.EvidenceLinks);
        request.Values.AddRange(submission.Values.Select(Value));
        return request;
    }

    private static TargetValue Value(DemoValue value)
    {
        var target = new TargetValue { TargetCode = value.Target };
        if (value.Number is { } number)
        {
            target.Number = ProtoValues.Decimal(number);
        }
        else if (value.RubricRank is { } rank)
        {
            target.RubricRank = rank;
        }
        else if (value.YesNo is { } yesNo)
        {
            target.YesNo = yesNo;
        }
        else
        {
            target.Text = value.Text ?? string.Empty;
        }

        return target;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle \"{CycleName}\": {Count} submissions {Outcome}")]
    private partial void LogOutcome(string cycleName, int count, ReviewOutcome outcome);
}
