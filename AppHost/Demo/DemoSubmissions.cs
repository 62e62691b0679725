using Consortium.Hosting.Security;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Grpc.Core;
using TopicsApi = Consortium.Contracts.Topics.V1;

namespace Consortium.AppHost.Demo;

/// <summary>
/// Submissions from the demo districts, written by each district's own lead and reviewed by
/// staff. The current cycle leaves them in every state of review: accepted (most topics clear the
/// five-district floor, one stays below it so suppression shows), submitted and awaiting review,
/// returned with comments, drafts, and districts that have not submitted. The previous cycle's
/// carried-forward topics were all accepted, with somewhat lower values, so trends show progress.
/// </summary>
internal static class DemoSubmissions
{
    private const string StaffSubject = "demo-reviewer@consortium.example";

    /// <summary>The previous cycle: (district LEA id, topic title); all accepted.</summary>
    public static IReadOnlyList<DemoSubmission> Previous { get; } =
    [
        .. Accepted("Student voice in course design", "5399101", "0699102", "2599107", "3999110", "1299112", "1999103", "2799104", "4899105"),
        .. Accepted("Social-emotional learning", "2599107", "1999103", "3799108", "2799104", "5399101", "0699102", "1299112"),
    ];

    /// <summary>The current cycle.</summary>
    public static IReadOnlyList<DemoSubmission> Current { get; } =
    [
        .. Accepted("Student voice in course design", "5399101", "0699102", "2599107", "3999110", "1299112", "2699106", "1999103", "3799108", "4299111"),
        new("2799104", "Student voice in course design", Outcome.Submitted),
        new("4899105", "Student voice in course design", Outcome.Returned),
        new("0899109", "Student voice in course design", Outcome.Draft),
        .. Accepted("Social-emotional learning", "2599107", "1999103", "3799108", "2799104", "5399101", "0699102", "1299112", "0899109", "4899105", "3999110"),
        .. Accepted("Career pathways", "3999110", "1299112", "0699102", "4899105", "4299111", "5399101", "2799104", "2599107"),
        .. Accepted("Performance assessment", "0899109", "2599107", "1999103", "3799108", "2699106", "2799104"),
        .. Accepted("Equitable access to advanced courses", "0699102", "5399101", "4899105", "3999110", "2599107"),
        new("1299112", "Equitable access to advanced courses", Outcome.Submitted),
        .. Accepted("Leadership development", "5399101", "0699102", "2799104", "1299112"),
    ];

    internal enum Outcome
    {
        Draft,
        Submitted,
        Returned,
        Accepted,
    }

    /// <summary>One planned submission and how far through review it gets.</summary>
    internal sealed record DemoSubmission(string LeaId, string Topic, Outcome Outcome);

    /// <summary>
    /// Writes <paramref name="plan"/> against <paramref name="topics"/>. <paramref name="earlier"/>
    /// marks the previous cycle: its values are lower (districts progressed since) and its request
    /// ids differ, since carried-forward topics keep their target codes.
    /// </summary>
    public static async Task<int> LoadAsync(
        SubmissionsService.SubmissionsServiceClient submissions,
        IReadOnlyList<District> districts,
        IReadOnlyList<TopicsApi.Topic> topics,
        IReadOnlyList<DemoSubmission> plan,
        bool earlier,
        DevelopmentTokens tokens,
        CancellationToken cancellationToken)
    {
        var staff = Bearer(tokens.Issue(StaffSubject, Roles.ConsortiumStaff));
        foreach (var (leaId, topicTitle, outcome) in plan)
        {
            var district = districts.Single(candidate => candidate.NcesLeaId == leaId);
            var topic = topics.Single(candidate => candidate.Title == topicTitle);
            var lead = Bearer(tokens.Issue($"lead@{leaId}.example", Roles.DistrictLead, Guid.Parse(district.DistrictId)));
            var key = $"demo-{(earlier ? "previous-" : string.Empty)}{leaId}-{topic.Targets[0].Definition.Code}";

            var draft = await CreateWhenCopiesArriveAsync(submissions, Draft(district, topic, key, earlier), lead, cancellationToken);
            if (outcome == Outcome.Draft)
            {
                continue;
            }

            await submissions.SubmitAsync(new SubmitRequest { RequestId = $"{key}-submit", SubmissionId = draft.SubmissionId }, lead, cancellationToken: cancellationToken);
            switch (outcome)
            {
                case Outcome.Accepted:
                    await submissions.AcceptAsync(new AcceptRequest { RequestId = $"{key}-accept", SubmissionId = draft.SubmissionId }, staff, cancellationToken: cancellationToken);
                    break;
                case Outcome.Returned:
                    await submissions.ReturnAsync(new ReturnRequest
                    {
                        RequestId = $"{key}-return",
                        SubmissionId = draft.SubmissionId,
                        ReviewerComments = "Please say which grades the course design teams cover, and check the student count against your October enrollment.",
                    }, staff, cancellationToken: cancellationToken);
                    break;
            }
        }

        return plan.Count;
    }

    private static IEnumerable<DemoSubmission> Accepted(string topic, params string[] leaIds) =>
        leaIds.Select(leaId => new DemoSubmission(leaId, topic, Outcome.Accepted));

    /// <summary>
    /// Submissions learns districts and topics from events; right after the demo created them the
    /// copies may still be on their way, which the service says with FAILED_PRECONDITION.
    /// </summary>
    private static async Task<Submission> CreateWhenCopiesArriveAsync(
        SubmissionsService.SubmissionsServiceClient submissions, CreateSubmissionRequest request, Metadata lead, CancellationToken cancellationToken)
    {
        // Generous: on a busy machine the first events can take a while to cross the broker.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                return await submissions.CreateSubmissionAsync(request, lead, cancellationToken: cancellationToken);
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    private static CreateSubmissionRequest Draft(District district, TopicsApi.Topic topic, string key, bool earlier)
    {
        var seed = int.Parse(district.NcesLeaId[^3..], System.Globalization.CultureInfo.InvariantCulture);
        var request = new CreateSubmissionRequest
        {
            RequestId = $"{key}-create",
            DistrictId = district.DistrictId,
            TopicId = topic.TopicId,
            Kind = topic.BenchmarkKinds[0] switch
            {
                TopicsApi.BenchmarkKind.Program => BenchmarkKind.Program,
                TopicsApi.BenchmarkKind.Practice => BenchmarkKind.Practice,
                TopicsApi.BenchmarkKind.Policy => BenchmarkKind.Policy,
                _ => BenchmarkKind.Process,
            },
            Title = $"{topic.Title} in {district.Name}",
            Narrative = $"{district.Name} describes how it approaches {topic.Title.ToLowerInvariant()}: who leads it, which schools and grades take part, and what students and staff experience. {topic.Description}",
            Successes = "Participation grew every semester; students and teachers asked to keep it going.",
            Challenges = "Finding common planning time, and keeping the work going when a principal moved on.",
            ImplementationStage = (ImplementationStage)Math.Max(1, 1 + (seed % 4) - (earlier ? 1 : 0)),
            Visibility = Visibility.Inherit,
            Contact = district.Contacts.Count > 0 ? new ContactPerson { Name = district.Contacts[0].Name, Email = district.Contacts[0].Email } : null,
        };
        request.EvidenceLinks.Add($"https://www.{string.Concat(district.Name.Split(' ').Take(2)).ToLowerInvariant()}.example.org/benchmarking/{topic.Targets[0].Definition.Code.ToLowerInvariant()}");

        foreach (var target in topic.Targets.Select(target => target.Definition))
        {
            request.Values.Add(ValueFor(target, seed, earlier ? 0.8m : 1m, request.Values));
        }

        return request;
    }

    /// <summary>A plausible value for a target, varied by district so the distribution has a shape.</summary>
    private static TargetValue ValueFor(TopicsApi.TargetDefinition target, int seed, decimal progress, IEnumerable<TargetValue> answered)
    {
        var value = new TargetValue { TargetCode = target.Code };
        switch (target.MeasureType)
        {
            case TopicsApi.MeasureType.Percentage:
                value.Number = DemoData.Decimal(Math.Round((12 + (seed * 7 % 55) + 0.5m) * progress, 1));
                break;
            case TopicsApi.MeasureType.Count when !string.IsNullOrEmpty(target.PartOfTargetCode):
                var whole = decimal.Parse(answered.Single(v => v.TargetCode == target.PartOfTargetCode).Number.Value, System.Globalization.CultureInfo.InvariantCulture);
                value.Number = DemoData.Decimal(Math.Round(whole * (0.02m + (seed % 9) / 100m)));
                break;
            case TopicsApi.MeasureType.Count:
                value.Number = DemoData.Decimal(Math.Round((40 + (seed * 37 % 2_400)) * (target.Direction == TopicsApi.Direction.HigherIsBetter ? progress : 1)));
                break;
            case TopicsApi.MeasureType.Amount:
                value.Number = DemoData.Decimal(25_000 + (seed * 1_750 % 150_000));
                break;
            case TopicsApi.MeasureType.Ratio when target.Unit.Contains("percentage points", StringComparison.Ordinal):
                value.Number = DemoData.Decimal(3 + (seed * 11 % 17));
                break;
            case TopicsApi.MeasureType.Ratio:
                value.Number = DemoData.Decimal(180 + (seed * 23 % 260));
                break;
            case TopicsApi.MeasureType.Scale:
                value.Number = DemoData.Decimal(Math.Round((2.8m + (seed % 15) / 10m) * progress, 1));
                break;
            case TopicsApi.MeasureType.Rubric:
                value.RubricRank = Math.Max(1, 1 + (seed % target.RubricLevels.Count) - (progress < 1 ? 1 : 0));
                break;
            case TopicsApi.MeasureType.YesNo:
                value.YesNo = seed % 3 != 0;
                break;
            default:
                value.Text = "A grade 8 research task scored by teachers from three schools; it showed students could argue from evidence better than our test scores suggested.";
                break;
        }

        return value;
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
