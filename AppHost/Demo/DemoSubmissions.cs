using Consortium.AppHost.Security;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Grpc.Core;
using TopicsApi = Consortium.Contracts.Topics.V1;

namespace Consortium.AppHost.Demo;

/// <summary>
/// Submissions from most demo districts, written by each district's own lead and reviewed by
/// staff, left in every state of review: accepted (enough per topic for comparisons to clear the
/// five-district floor), submitted and awaiting review, returned with comments, and drafts.
/// </summary>
internal static class DemoSubmissions
{
    private const string StaffSubject = "demo-reviewer@consortium.example";

    /// <summary>(district LEA id, topic title, how far it gets).</summary>
    private static readonly (string LeaId, string Topic, Outcome Outcome)[] Plan =
    [
        ("5399101", "Student voice in course design", Outcome.Accepted),
        ("0699102", "Student voice in course design", Outcome.Accepted),
        ("2599107", "Student voice in course design", Outcome.Accepted),
        ("3999110", "Student voice in course design", Outcome.Accepted),
        ("1299112", "Student voice in course design", Outcome.Accepted),
        ("2699106", "Student voice in course design", Outcome.Accepted),
        ("1999103", "Student voice in course design", Outcome.Accepted),
        ("2799104", "Student voice in course design", Outcome.Submitted),
        ("4899105", "Student voice in course design", Outcome.Returned),
        ("0899109", "Student voice in course design", Outcome.Draft),
        ("2599107", "Social-emotional learning", Outcome.Accepted),
        ("1999103", "Social-emotional learning", Outcome.Accepted),
        ("3799108", "Social-emotional learning", Outcome.Accepted),
        ("2799104", "Social-emotional learning", Outcome.Accepted),
        ("5399101", "Social-emotional learning", Outcome.Accepted),
        ("3999110", "Career pathways", Outcome.Accepted),
        ("1299112", "Career pathways", Outcome.Accepted),
        ("0699102", "Career pathways", Outcome.Accepted),
        ("4899105", "Career pathways", Outcome.Accepted),
        ("4299111", "Career pathways", Outcome.Accepted),
        ("1299112", "Equitable access to advanced courses", Outcome.Submitted),
    ];

    private enum Outcome
    {
        Draft,
        Submitted,
        Returned,
        Accepted,
    }

    public static async Task<int> LoadAsync(
        SubmissionsService.SubmissionsServiceClient submissions,
        IReadOnlyList<District> districts,
        IReadOnlyList<TopicsApi.Topic> topics,
        DevelopmentTokens tokens,
        CancellationToken cancellationToken)
    {
        var staff = Bearer(tokens.Issue(StaffSubject, Roles.ConsortiumStaff));
        foreach (var (leaId, topicTitle, outcome) in Plan)
        {
            var district = districts.Single(candidate => candidate.NcesLeaId == leaId);
            var topic = topics.Single(candidate => candidate.Title == topicTitle);
            var lead = Bearer(tokens.Issue($"lead@{leaId}.example", Roles.DistrictLead, Guid.Parse(district.DistrictId)));
            var key = $"demo-{leaId}-{topic.Targets[0].Definition.Code}";

            var draft = await CreateWhenCopiesArriveAsync(submissions, Draft(district, topic, key), lead, cancellationToken);
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

        return Plan.Length;
    }

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

    private static CreateSubmissionRequest Draft(District district, TopicsApi.Topic topic, string key)
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
            ImplementationStage = (ImplementationStage)(1 + (seed % 4)),
            Visibility = Visibility.Inherit,
            Contact = district.Contacts.Count > 0 ? new ContactPerson { Name = district.Contacts[0].Name, Email = district.Contacts[0].Email } : null,
        };
        request.EvidenceLinks.Add($"https://www.{string.Concat(district.Name.Split(' ').Take(2)).ToLowerInvariant()}.example.org/benchmarking/{topic.Targets[0].Definition.Code.ToLowerInvariant()}");

        foreach (var target in topic.Targets.Select(target => target.Definition))
        {
            request.Values.Add(ValueFor(target, seed, request.Values));
        }

        return request;
    }

    /// <summary>A plausible value for a target, varied by district so the distribution has a shape.</summary>
    private static TargetValue ValueFor(TopicsApi.TargetDefinition target, int seed, IEnumerable<TargetValue> earlier)
    {
        var value = new TargetValue { TargetCode = target.Code };
        switch (target.MeasureType)
        {
            case TopicsApi.MeasureType.Percentage:
                value.Number = DemoData.Decimal(12 + (seed * 7 % 55) + 0.5m);
                break;
            case TopicsApi.MeasureType.Count when !string.IsNullOrEmpty(target.PartOfTargetCode):
                var whole = decimal.Parse(earlier.Single(v => v.TargetCode == target.PartOfTargetCode).Number.Value, System.Globalization.CultureInfo.InvariantCulture);
                value.Number = DemoData.Decimal(Math.Round(whole * (0.02m + (seed % 9) / 100m)));
                break;
            case TopicsApi.MeasureType.Count:
                value.Number = DemoData.Decimal(40 + (seed * 37 % 2_400));
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
                value.Number = DemoData.Decimal(2.8m + (seed % 15) / 10m);
                break;
            case TopicsApi.MeasureType.Rubric:
                value.RubricRank = 1 + (seed % target.RubricLevels.Count);
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
