using System.Collections.Concurrent;
using System.Globalization;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Consortium.Contracts.Topics.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit;
using InsightsStage = Consortium.Contracts.Insights.V1.PipelineStage;
using PipelineStage = Consortium.Contracts.Pipeline.V1.PipelineStage;

namespace Consortium.AppHost.Tests.Faults;

/// <summary>
/// The consortium the fault suite works on: a few districts with a context profile and a leader
/// each, the clients of every service as consortium staff, and the ledger of what the platform
/// accepted (a write counts once it answered OK): each district's latest enrollment and its
/// enrolled leaders. What the read models must converge to is computed from the ledger alone.
/// </summary>
internal sealed class FaultConsortium
{
    /// <summary>Enough districts that medians and bench figures clear the k = 5 floor.</summary>
    private const int DistrictCount = 6;

    /// <summary>The role every leader is enrolled in (one of the Pipeline's built-in roles).</summary>
    private const string RoleCode = "principal";

    private readonly ConcurrentDictionary<string, int> _enrollments = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _leaders = new(StringComparer.Ordinal);
    private int _sequence;

    private FaultConsortium(RunningPlatform platform)
    {
        Staff = new Metadata { { "Authorization", $"Bearer {platform.Tokens.Issue("fault-suite", Roles.ConsortiumStaff)}" } };
        Districts = new DistrictsService.DistrictsServiceClient(CarefulChannel(platform, ResourceNames.Districts));
        Pipeline = new PipelineService.PipelineServiceClient(CarefulChannel(platform, ResourceNames.Pipeline));
        Insights = new InsightsService.InsightsServiceClient(CarefulChannel(platform, ResourceNames.Insights));
        Topics = new TopicsService.TopicsServiceClient(CarefulChannel(platform, ResourceNames.Topics));
        Submissions = new SubmissionsService.SubmissionsServiceClient(CarefulChannel(platform, ResourceNames.Submissions));
    }

    public Metadata Staff { get; }

    /// <summary>
    /// A channel as a careful client configures one: HTTP/2 keepalive pings, so a connection whose
    /// server went silent is given up within seconds rather than at each call's deadline. The
    /// services' endpoints are the processes themselves (ADR 24), so a killed service resets its
    /// connections and its calls fail at once as UNAVAILABLE; the pings guard against a server that
    /// hangs without dying, which a real client meets too.
    /// </summary>
    private static GrpcChannel CarefulChannel(RunningPlatform platform, string service) =>
        GrpcChannel.ForAddress(platform.Endpoint(service, "grpc"), new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                KeepAlivePingDelay = TimeSpan.FromSeconds(1),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(2),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
                EnableMultipleHttp2Connections = true,
            },
        });

    public DistrictsService.DistrictsServiceClient Districts { get; }

    public PipelineService.PipelineServiceClient Pipeline { get; }

    public InsightsService.InsightsServiceClient Insights { get; }

    public TopicsService.TopicsServiceClient Topics { get; }

    public SubmissionsService.SubmissionsServiceClient Submissions { get; }

    public IReadOnlyList<string> DistrictIds => [.. _enrollments.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The school year that has started today (profiles of later years count nowhere yet).</summary>
    public static string CurrentSchoolYear
    {
        get
        {
            var today = DateTime.UtcNow;
            var start = today.Month >= 7 ? today.Year : today.Year - 1;
            return $"{start}-{(start + 1) % 100:D2}";
        }
    }

    /// <summary>Creates the districts with a profile and a leader each, and waits until Insights compares them.</summary>
    public static async Task<FaultConsortium> SeedAsync(RunningPlatform platform, TimeSpan bound)
    {
        var consortium = new FaultConsortium(platform);
        var options = new CallOptions(consortium.Staff);
        for (var i = 0; i < DistrictCount; i++)
        {
            var district = await consortium.Districts.CreateDistrictAsync(new CreateDistrictRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                Name = $"Fault Suite District {i + 1}",
                NcesLeaId = $"53977{i:D2}",
                State = "WA",
                LocaleCode = 41 + (i % 3),
                SharingPreference = SharingPreference.Named,
            }, options);
            consortium._leaders[district.DistrictId] = [];
            await consortium.Districts.UpsertContextProfileAsync(consortium.ProfileUpdate(district.DistrictId, Guid.NewGuid().ToString(), out var enrollment), options);
            consortium._enrollments[district.DistrictId] = enrollment;
        }

        // The Pipeline learns of a district from DistrictJoined; until then it refuses to enroll there.
        foreach (var districtId in consortium.DistrictIds)
        {
            var request = consortium.Enrollment(districtId, Guid.NewGuid().ToString());
            var leader = await Eventually.ResultAsync(
                async () =>
                {
                    try
                    {
                        return await consortium.Pipeline.EnrollLeaderAsync(request, options);
                    }
                    catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition)
                    {
                        return null;
                    }
                },
                bound,
                $"the Pipeline to learn that district {districtId} joined");
            consortium.RecordLeader(districtId, leader.LeaderId);
        }

        await consortium.AssertReadModelsConvergeAsync(bound);
        return consortium;
    }

    /// <summary>A staff update of a district's profile (accepted at once, so published) with a new enrollment.</summary>
    public UpsertContextProfileRequest ProfileUpdate(string districtId, string requestId, out int enrollment)
    {
        enrollment = 1_000 + Interlocked.Increment(ref _sequence);
        return new UpsertContextProfileRequest
        {
            RequestId = requestId,
            DistrictId = districtId,
            SchoolYear = CurrentSchoolYear,
            Enrollment = enrollment,
            SchoolCount = 4,
            PctEconomicallyDisadvantaged = Decimal(40),
            PctEnglishLearners = Decimal(12),
            PctStudentsWithDisabilities = Decimal(14),
            TeacherFte = Decimal(80),
        };
    }

    public EnrollLeaderRequest Enrollment(string districtId, string requestId) => new()
    {
        RequestId = requestId,
        DistrictId = districtId,
        Name = $"Fault Suite Leader {Interlocked.Increment(ref _sequence)}",
        RoleCode = RoleCode,
        RoleStartedOn = new Google.Type.Date { Year = 2024, Month = 8, Day = 1 },
        Stage = PipelineStage.Emerging,
    };

    public void RecordEnrollment(string districtId, int enrollment) => _enrollments[districtId] = enrollment;

    public void RecordLeader(string districtId, string leaderId) => _leaders[districtId].Add(leaderId);

    public int AcceptedLeaders => _leaders.Values.Sum(leaders => leaders.Count);

    /// <summary>
    /// Every accepted write is readable from the service that accepted it, exactly once: each
    /// district's latest enrollment, and exactly the leaders enrolled (a retried request with the
    /// same id created no second leader).
    /// </summary>
    public async Task AssertAcceptedWritesAreReadableAsync()
    {
        var options = new CallOptions(Staff);
        foreach (var districtId in DistrictIds)
        {
            var profile = await Districts.GetContextProfileAsync(new GetContextProfileRequest { DistrictId = districtId, SchoolYear = CurrentSchoolYear }, options);
            Assert.Equal(_enrollments[districtId], profile.Enrollment);

            var leaders = await Pipeline.ListLeadersAsync(new ListLeadersRequest { DistrictId = districtId, PageSize = 200 }, options);
            Assert.True(leaders.NextPageToken.Length == 0, "More than one page of leaders; raise the page size.");
            Assert.Equal(
                _leaders[districtId].Order(StringComparer.Ordinal),
                leaders.Leaders.Select(leader => leader.LeaderId).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// Waits until Insights, which learns only from events, shows exactly what was accepted: every
    /// district's latest enrollment in its context comparison (through its cache), and the emerging
    /// leaders of the bench counted once each. Returns how long that took; fails past the bound.
    /// </summary>
    public async Task<TimeSpan> AssertReadModelsConvergeAsync(TimeSpan bound)
    {
        var started = DateTimeOffset.UtcNow;
        var lastDifference = "nothing compared yet";
        while (true)
        {
            try
            {
                lastDifference = await ReadModelDifferenceAsync();
            }
            catch (RpcException exception) when (ClientStatus.Of(exception) == StatusCode.Unavailable)
            {
                lastDifference = $"Insights answered UNAVAILABLE: {exception.Status.Detail}";
            }

            if (lastDifference.Length == 0)
            {
                return DateTimeOffset.UtcNow - started;
            }

            Assert.True(DateTimeOffset.UtcNow - started < bound, $"The read models did not converge within {bound.TotalSeconds} s: {lastDifference}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    // What Insights shows that differs from the ledger, in words; empty when nothing does.
    private async Task<string> ReadModelDifferenceAsync()
    {
        var options = new CallOptions(Staff);
        foreach (var districtId in DistrictIds)
        {
            var comparison = await Insights.CompareContextAsync(new CompareContextRequest { DistrictId = districtId }, options);
            var shown = comparison.Comparisons.SingleOrDefault(c => c.Code == "enrollment")?.Value?.Value;
            var expected = _enrollments[districtId];
            if (shown is null || decimal.Parse(shown, CultureInfo.InvariantCulture) != expected)
            {
                return $"district {districtId}: CompareContext shows enrollment {shown ?? "none"}, accepted {expected}";
            }
        }

        var bench = await Insights.GetBenchStrengthAsync(new GetBenchStrengthRequest(), options);
        var emerging = bench.ByStage.Single(stage => stage.Stage == InsightsStage.Emerging).Count;
        return emerging.OutcomeCase == LeaderCount.OutcomeOneofCase.Leaders && emerging.Leaders == AcceptedLeaders
            ? string.Empty
            : $"bench strength counts {(emerging.OutcomeCase == LeaderCount.OutcomeOneofCase.Leaders ? emerging.Leaders.ToString(CultureInfo.InvariantCulture) : "nothing (suppressed)")} emerging leaders, accepted {AcceptedLeaders}";
    }

    private static Google.Type.Decimal Decimal(int value) => new() { Value = value.ToString(CultureInfo.InvariantCulture) };
}
