using Consortium.Hosting;
using Consortium.AppHost.Orchestration;
using Consortium.Hosting.Security;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Topics.V1;
using Google.Type;
using Grpc.Net.Client;

namespace Consortium.AppHost.Demo;

/// <summary>
/// Loads the demo consortium through the services' public gRPC APIs, exactly as a client would
/// (so it exercises validation, events and read models). Every write carries a deterministic
/// request id, so running it again on the same state changes nothing.
/// </summary>
public static class DemoData
{
    private const string LoaderSubject = "demo-loader@consortium.example";

    public static async Task LoadAsync(
        IReadOnlyDictionary<string, ServiceEndpoints> endpoints,
        DevelopmentTokens tokens,
        Action<string> report,
        CancellationToken cancellationToken)
    {
        var staff = new Grpc.Core.Metadata { { "Authorization", $"Bearer {tokens.Issue(LoaderSubject, Roles.ConsortiumStaff)}" } };

        using var districtsChannel = GrpcChannel.ForAddress(endpoints[ResourceNames.Districts].Grpc);
        var districts = await LoadDistrictsAsync(new DistrictsService.DistrictsServiceClient(districtsChannel), staff, cancellationToken);
        report($"{districts.Count} member districts with context profiles for 2024-25 and 2025-26");

        using var topicsChannel = GrpcChannel.ForAddress(endpoints[ResourceNames.Topics].Grpc);
        var topicsClient = new TopicsService.TopicsServiceClient(topicsChannel);
        using var submissionsChannel = GrpcChannel.ForAddress(endpoints[ResourceNames.Submissions].Grpc);
        var submissions = new Contracts.Submissions.V1.SubmissionsService.SubmissionsServiceClient(submissionsChannel);

        var previous = await DemoCycle.LoadPreviousAsync(topicsClient, staff, cancellationToken);
        var previousTopics = await DemoCycle.PublishedTopicsAsync(topicsClient, previous, staff, cancellationToken);
        if (previous.Status == CycleStatus.Open)
        {
            await DemoSubmissions.LoadAsync(submissions, districts, previousTopics, DemoSubmissions.Previous, earlier: true, tokens, cancellationToken);
            await DemoCycle.FinishAsync(topicsClient, previous, staff, cancellationToken);
        }

        report($"cycle \"{previous.Name}\" with results published: {DemoSubmissions.Previous.Count} accepted submissions on {previousTopics.Count} topics");

        var cycle = await DemoCycle.LoadCurrentAsync(topicsClient, staff, previousTopics, cancellationToken);
        var topics = await DemoCycle.PublishedTopicsAsync(topicsClient, cycle, staff, cancellationToken);
        report($"cycle \"{cycle.Name}\" open until {cycle.SubmissionClosesAt.ToDateTime():yyyy-MM-dd} with {topics.Count} published topics ({DemoCycle.CarriedForward.Count} carried forward)");

        var submitted = await DemoSubmissions.LoadAsync(submissions, districts, topics, DemoSubmissions.Current, earlier: false, tokens, cancellationToken);
        report($"{submitted} submissions: accepted, awaiting review, returned with comments, and drafts");
        report(await DemoPipeline.LoadAsync(endpoints[ResourceNames.Pipeline].Grpc, districts, tokens, cancellationToken));
    }

    private static async Task<IReadOnlyList<District>> LoadDistrictsAsync(DistrictsService.DistrictsServiceClient districts, Grpc.Core.Metadata staff, CancellationToken cancellationToken)
    {
        var loaded = new List<District>();
        foreach (var demo in DemoDistricts.All)
        {
            var district = await districts.CreateDistrictAsync(NewDistrict(demo), staff, cancellationToken: cancellationToken);
            foreach (var (schoolYear, growth) in new[] { ("2024-25", 0.98m), ("2025-26", 1m) })
            {
                await districts.UpsertContextProfileAsync(Profile(demo, district.DistrictId, schoolYear, growth), staff, cancellationToken: cancellationToken);
            }

            loaded.Add(district);
        }

        return loaded;
    }

    private static CreateDistrictRequest NewDistrict(DemoDistrict demo) => new()
    {
        RequestId = demo.RequestId("create"),
        Name = demo.Name,
        NcesLeaId = demo.NcesLeaId,
        State = demo.State,
        LocaleCode = demo.LocaleCode,
        JoinedOn = new Date { Year = 2019, Month = 7, Day = 1 },
        SharingPreference = demo.Sharing switch
        {
            "named" => SharingPreference.Named,
            "private" => SharingPreference.Private,
            _ => SharingPreference.Anonymous,
        },
        Contacts = { new BenchmarkContact { Name = demo.ContactName, Email = demo.ContactEmail, Role = demo.ContactRole, IsPrimary = true } },
    };

    private static UpsertContextProfileRequest Profile(DemoDistrict demo, string districtId, string schoolYear, decimal growth)
    {
        // A little drift between years, so trends and "last year" comparisons show something.
        var drift = schoolYear == "2025-26" ? 0m : -1.2m;
        var request = new UpsertContextProfileRequest
        {
            RequestId = demo.RequestId($"profile-{schoolYear}"),
            DistrictId = districtId,
            SchoolYear = schoolYear,
            Enrollment = (int)Math.Round(demo.Enrollment * growth),
            SchoolCount = demo.Schools,
            PctEconomicallyDisadvantaged = Decimal(demo.PctEconomicallyDisadvantaged + drift),
            PctEnglishLearners = Decimal(demo.PctEnglishLearners),
            PctStudentsWithDisabilities = Decimal(demo.PctStudentsWithDisabilities),
            TeacherFte = Decimal(Math.Round(demo.TeacherFte * growth, 1)),
            DataSource = $"District October count {schoolYear}; culture survey spring {schoolYear[..4]}",
        };

        // 5Essentials-style constructs on a 1–99 scale; small districts have fewer respondents.
        var respondents = Math.Max(6, demo.Enrollment / 60);
        var seed = int.Parse(demo.NcesLeaId[^3..], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (code, label, offset) in Constructs)
        {
            request.CultureConstructs.Add(new CultureConstruct
            {
                Code = code,
                Label = label,
                Score = Decimal(Math.Clamp(40 + ((seed * 7 + offset) % 35), 1, 99)),
                Respondents = respondents,
                ResponseRate = Decimal(Math.Clamp(62 + ((seed + offset) % 30), 0, 100)),
            });
        }

        return request;
    }

    private static readonly (string Code, string Label, int Offset)[] Constructs =
    [
        ("collective-responsibility", "Collective responsibility", 3),
        ("teacher-principal-trust", "Teacher–principal trust", 11),
        ("student-voice", "Student voice", 17),
        ("academic-personalism", "Academic personalism", 23),
    ];

    internal static Google.Type.Decimal Decimal(decimal value) =>
        new() { Value = value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
