using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Consortium.Contracts.Topics.V1;
using Consortium.Testing.Services;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit;
using SubmissionKind = Consortium.Contracts.Submissions.V1.BenchmarkKind;
using TopicKind = Consortium.Contracts.Topics.V1.BenchmarkKind;

namespace Consortium.AppHost.Tests;

/// <summary>
/// Services cooperating only through events on the real broker: a cycle opened and a topic
/// published in Topics, and a district added in Districts, become what Submissions validates
/// against; closing the window in Topics makes Submissions refuse.
/// </summary>
public sealed class CrossServiceTests
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Submissions_validate_against_published_definitions_and_refuse_after_the_window_closes()
    {
        var stateDirectory = Directory.CreateTempSubdirectory("consortium-cross-service-").FullName;
        try
        {
            await using var host = await RunningPlatform.StartAsync(stateDirectory, loadDemo: false);
            GrpcChannel Channel(string service) => host.Channel(service);
            var staff = Bearer(host.Tokens.Issue("staff", Roles.ConsortiumStaff));
            var districts = new DistrictsService.DistrictsServiceClient(Channel(ResourceNames.Districts));
            var topics = new TopicsService.TopicsServiceClient(Channel(ResourceNames.Topics));
            var submissions = new SubmissionsService.SubmissionsServiceClient(Channel(ResourceNames.Submissions));

            var district = await districts.CreateDistrictAsync(new CreateDistrictRequest { Name = "Cross Service SD", NcesLeaId = "5399301", State = "WA", LocaleCode = 31 }, staff);
            var lead = Bearer(host.Tokens.Issue("lead", Roles.DistrictLead, Guid.Parse(district.DistrictId)));
            var cycle = await topics.CreateCycleAsync(new CreateCycleRequest
            {
                SchoolYear = "2030-31",
                Half = SchoolYearHalf.First,
                Name = "Cross-service cycle",
                SubmissionOpensAt = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(30)),
                SubmissionClosesAt = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(60)),
            }, staff);
            var topic = await topics.CreateTopicAsync(NewTopic(cycle.CycleId), staff);
            await topics.PublishTopicAsync(new PublishTopicRequest { TopicId = topic.TopicId }, staff);

            // The window is set just before it opens, so a slow machine's setup does not eat into it:
            // short enough to wait for; Submissions learns it from CycleOpened and enforces it itself.
            var closesAt = DateTime.UtcNow.AddSeconds(60);
            await topics.UpdateCycleAsync(new UpdateCycleRequest
            {
                CycleId = cycle.CycleId,
                SubmissionOpensAt = Timestamp.FromDateTime(DateTime.UtcNow.AddSeconds(30)),
                SubmissionClosesAt = Timestamp.FromDateTime(closesAt),
            }, staff);
            await topics.OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId }, staff);

            // 105 % is refused by the definition Submissions learned from TopicPublished.
            var invalid = Draft(district.DistrictId, topic.TopicId, SubmissionKind.Practice, percentage: 105m);
            var refused = await Eventually.ResultAsync(async () =>
            {
                var exception = await Assert.ThrowsAsync<RpcException>(async () => await submissions.CreateSubmissionAsync(invalid, lead));
                return exception.StatusCode == StatusCode.FailedPrecondition ? null : exception;
            }, EventTimeout, "Submissions to learn the topic's definition");
            Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);

            var accepted = await submissions.CreateSubmissionAsync(Draft(district.DistrictId, topic.TopicId, SubmissionKind.Practice, percentage: 42.5m), lead);
            var submitted = await Eventually.ResultAsync(async () =>
            {
                try
                {
                    return await submissions.SubmitAsync(new SubmitRequest { SubmissionId = accepted.SubmissionId }, lead);
                }
                catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition)
                {
                    return null; // the cycle's opening is still on its way
                }
            }, EventTimeout, "Submissions to learn that the cycle opened");
            Assert.Equal(SubmissionStatus.Submitted, submitted.Status);

            var late = await submissions.CreateSubmissionAsync(Draft(district.DistrictId, topic.TopicId, SubmissionKind.Policy, percentage: 10m), lead);
            var untilClosed = closesAt - DateTime.UtcNow + TimeSpan.FromSeconds(1);
            Assert.True(untilClosed > TimeSpan.Zero, "The steps before the window's end took longer than the window; lengthen it.");
            await Task.Delay(untilClosed, TestContext.Current.CancellationToken);

            await RpcAssert.RuleViolated(
                async () => await submissions.SubmitAsync(new SubmitRequest { SubmissionId = late.SubmissionId }, lead),
                "SUBMISSION_WINDOW_CLOSED");
        }
        finally
        {
            if (Directory.Exists(stateDirectory))
            {
                Directory.Delete(stateDirectory, recursive: true);
            }
        }
    }

    private static CreateTopicRequest NewTopic(string cycleId) => new()
    {
        CycleId = cycleId,
        Title = "Student voice in course design",
        Description = "How students help shape their courses.",
        FocusArea = "Student experience",
        WhyItMatters = "Engagement and belonging.",
        BenchmarkKinds = { TopicKind.Practice, TopicKind.Policy },
        Targets =
        {
            new TargetDefinition
            {
                Code = "SV-COURSES",
                Name = "Courses revised with student input",
                Definition = "Share of secondary courses revised this year with documented student input.",
                MeasureType = MeasureType.Percentage,
                Direction = Direction.HigherIsBetter,
                Required = true,
            },
        },
    };

    private static CreateSubmissionRequest Draft(string districtId, string topicId, SubmissionKind kind, decimal percentage) => new()
    {
        DistrictId = districtId,
        TopicId = topicId,
        Kind = kind,
        Title = "Course co-design teams",
        Narrative = "Students join teacher teams that revise one course a semester.",
        Values =
        {
            new Consortium.Contracts.Submissions.V1.TargetValue
            {
                TargetCode = "SV-COURSES",
                Number = new Google.Type.Decimal { Value = percentage.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            },
        },
    };

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
