using System.Globalization;
using Consortium.Hosting.Security;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Security;
using Google.Type;
using Grpc.Core;
using Grpc.Net.Client;

namespace Consortium.AppHost.Demo;

/// <summary>
/// A leadership pipeline for every demo district, written through Pipeline's public API: staff
/// define the standards framework (and add one role to the list); each district's lead enrolls
/// 6–20 leaders (more in larger districts) across roles and stages, records readiness, a few
/// competency ratings and development activities, and names successors for its critical roles,
/// so succession coverage differs between districts. One leader moves between two districts with
/// both districts' consent; one principal retires. Every write carries a deterministic request id
/// and all dates are fixed (the 2025-26 school year), so loading again changes nothing.
/// </summary>
internal static class DemoPipeline
{
    private const string StaffSubject = "demo-pipeline@consortium.example";

    /// <summary>The move: from Cedar Ridge (WA) to Riverbend (MN), and the retirement in Northgate (OH).</summary>
    private const string MoveFrom = "5399101";
    private const string MoveTo = "2799104";
    private const string RetiresIn = "3999110";

    /// <summary>The framework: domains, competencies, and what proficiency looks like.</summary>
    private static readonly (string Code, string Domain, string Label, string Description)[] Framework =
    [
        ("equity-data-use", "Equity leadership", "Uses data to find and close opportunity gaps",
            "Disaggregates outcomes and access by student group, names the gaps with staff, and directs time, people and money to close them."),
        ("equity-inclusive-culture", "Equity leadership", "Builds an inclusive, culturally responsive school",
            "Students and families of every background report belonging; curriculum, discipline and family engagement practices are reviewed for bias."),
        ("instructional-vision", "Instructional leadership", "Sets and keeps a shared instructional vision",
            "Staff can describe what strong teaching and learning look like in the school, and decisions are checked against that picture."),
        ("instructional-feedback", "Instructional leadership", "Observes teaching and gives actionable feedback",
            "Visits classrooms weekly, gives timely, specific feedback tied to student work, and follows up on agreed next steps."),
        ("change-leadership", "Managing change", "Leads change with staff, students and community",
            "Explains why a change matters, involves those affected early, anticipates resistance, and keeps the change going after the launch."),
        ("change-implementation", "Managing change", "Plans and monitors implementation",
            "Uses implementation stages and a few leading indicators to decide when to adjust, scale up or stop an initiative."),
        ("collaboration-board", "Collaboration with board, administration and union", "Works productively with the board and cabinet",
            "Brings clear, evidence-based recommendations, keeps the board informed without surprises, and carries out decisions faithfully."),
        ("collaboration-labor", "Collaboration with board, administration and union", "Partners with the teachers' association",
            "Meets association leaders regularly, solves problems within the contract, and involves them in designing changes to working conditions."),
        ("talent-development", "Talent development", "Grows and keeps strong teachers and leaders",
            "Identifies emerging leaders, gives them stretch assignments and coaching, and keeps turnover of effective staff low."),
    ];

    /// <summary>Leader templates in the order a district enrolls them (small districts stop early): role, stage, years in role.</summary>
    private static readonly (string Role, PipelineStage Stage, int Years)[] Ladder =
    [
        ("principal-supervisor", PipelineStage.SystemLeader, 5),
        ("principal", PipelineStage.Established, 7),
        ("assistant-principal", PipelineStage.Emerging, 2),
        ("teacher-leader", PipelineStage.Aspiring, 1),
        ("principal", PipelineStage.Emerging, 2),
        ("instructional-coach", PipelineStage.Aspiring, 2),
        ("principal", PipelineStage.Established, 9),
        ("assistant-principal", PipelineStage.Established, 5),
        ("central-office-director", PipelineStage.Established, 4),
        ("teacher-leader", PipelineStage.Aspiring, 1),
        ("assistant-principal", PipelineStage.Emerging, 3),
        ("cabinet", PipelineStage.SystemLeader, 6),
        ("instructional-coach", PipelineStage.Emerging, 3),
        ("principal", PipelineStage.Established, 4),
        ("dean-of-students", PipelineStage.Aspiring, 2),
        ("assistant-principal", PipelineStage.Emerging, 1),
        ("teacher-leader", PipelineStage.Aspiring, 2),
        ("principal", PipelineStage.Emerging, 1),
        ("central-office-director", PipelineStage.SystemLeader, 8),
        ("assistant-principal", PipelineStage.Aspiring, 1),
    ];

    private static readonly string[] FirstNames =
    [
        "Alicia", "Marcus", "Priya", "Jamal", "Hannah", "Diego", "Grace", "Tyrone", "Mei", "Owen",
        "Fatima", "Luis", "Rebecca", "Andre", "Keiko", "Samuel", "Noor", "Caleb", "Rosa", "Ethan",
        "Imani", "Victor", "Leah", "Omar", "Claire", "Jorge", "Tanya", "Kwame", "Sofia", "Patrick",
        "Aisha", "Miguel", "Erin", "Darius", "Lena", "Hector", "Monique", "Ravi", "Julia", "Nathan",
    ];

    private static readonly string[] LastNames =
    [
        "Bennett", "Castillo", "Nguyen", "Okafor", "Schmidt", "Ramirez", "Patel", "Johnson", "Kowalski", "Yamamoto",
        "Haddad", "Morales", "Fischer", "Washington", "Chen", "O'Brien", "Abdi", "Lindgren", "Delgado", "Mensah",
        "Park", "Romero", "Sullivan", "Ibrahim", "Novak", "Greene", "Torres", "Becker", "Ali", "Harper",
        "Vasquez", "Brooks", "Kim", "Lopez", "Murphy", "Singh", "Evans", "Reyes", "Foster", "Adeyemi",
    ];

    private static readonly string[] Schools =
    [
        "Lincoln High School", "Roosevelt Middle School", "Jefferson Elementary", "Franklin High School",
        "Madison Middle School", "Hawthorne Elementary",
    ];

    /// <summary>Loads the pipeline and says what it holds.</summary>
    public static async Task<string> LoadAsync(Uri pipelineGrpc, IReadOnlyList<District> districts, DevelopmentTokens tokens, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(pipelineGrpc);
        var pipeline = new PipelineService.PipelineServiceClient(channel);
        var staff = Bearer(tokens.Issue(StaffSubject, Roles.ConsortiumStaff));
        await LoadFrameworkAsync(pipeline, staff, cancellationToken);

        var loaded = new Dictionary<string, DistrictPipeline>(StringComparer.Ordinal);
        var (activities, criticalRoles, enrolled) = (0, 0, 0);
        foreach (var (district, index) in districts.Select((district, index) => (district, index)))
        {
            var demo = DemoDistricts.All.Single(candidate => candidate.NcesLeaId == district.NcesLeaId);
            var lead = Bearer(tokens.Issue($"lead@{demo.NcesLeaId}.example", Roles.DistrictLead, Guid.Parse(district.DistrictId)));
            var districtPipeline = new DistrictPipeline(demo, district, lead, index);
            await EnrollAsync(pipeline, districtPipeline, enrolled, cancellationToken);
            enrolled += districtPipeline.Leaders.Count;
            activities += await DevelopAsync(pipeline, districtPipeline, cancellationToken);
            criticalRoles += await PlanSuccessionAsync(pipeline, districtPipeline, cancellationToken);
            loaded[demo.NcesLeaId] = districtPipeline;
        }

        await MoveAndRetireAsync(pipeline, loaded, cancellationToken);

        var covered = 0;
        foreach (var district in loaded.Values)
        {
            var coverage = await pipeline.GetSuccessionCoverageAsync(new GetSuccessionCoverageRequest { DistrictId = district.Id }, staff, cancellationToken: cancellationToken);
            covered += coverage.CoveredRoleCount;
        }

        return $"leadership pipeline: {loaded.Values.Sum(d => d.Leaders.Count)} leaders in {loaded.Count} districts, " +
            $"{activities} development activities, {criticalRoles} critical roles ({covered} with a ready-now successor), one move, one retirement";
    }

    private static async Task LoadFrameworkAsync(PipelineService.PipelineServiceClient pipeline, Metadata staff, CancellationToken cancellationToken)
    {
        // Existence checks as well as request ids: the framework may have been set up by hand.
        var existing = (await pipeline.ListCompetenciesAsync(new ListCompetenciesRequest { PageSize = 200 }, staff, cancellationToken: cancellationToken)).Competencies.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, domain, label, description) in Framework.Where(competency => !existing.Contains(competency.Code)))
        {
            await pipeline.DefineCompetencyAsync(
                new DefineCompetencyRequest { RequestId = $"demo-pipeline-competency-{code}", Code = code, Domain = domain, Label = label, Description = description },
                staff,
                cancellationToken: cancellationToken);
        }

        var roles = (await pipeline.ListRolesAsync(new ListRolesRequest { PageSize = 200 }, staff, cancellationToken: cancellationToken)).Roles;
        if (!roles.Any(role => role.Code == "dean-of-students"))
        {
            await pipeline.AddRoleAsync(new AddRoleRequest { RequestId = "demo-pipeline-role-dean-of-students", Code = "dean-of-students", Label = "Dean of students" }, staff, cancellationToken: cancellationToken);
        }
    }

    /// <param name="enrolledBefore">Leaders enrolled in earlier districts: numbers every demo leader, so no two share a name.</param>
    private static async Task EnrollAsync(PipelineService.PipelineServiceClient pipeline, DistrictPipeline district, int enrolledBefore, CancellationToken cancellationToken)
    {
        // Larger districts have deeper benches: 6 leaders at 2,000 students, 20 from about 35,000.
        var count = Math.Clamp(6 + (district.Demo.Enrollment / 2_500), 6, 20);
        var seed = district.Seed;
        for (var i = 0; i < count; i++)
        {
            var (role, stage, years) = Ladder[i];
            // 7 is coprime with 40, so first names cycle through all 40; the last name shifts each cycle.
            var number = enrolledBefore + i;
            var first = FirstNames[number * 7 % FirstNames.Length];
            var last = LastNames[((number * 17) + (number / FirstNames.Length)) % LastNames.Length];
            var roleStart = new System.DateOnly(2025 - years - (seed % 2), 7 + (i % 2), 1);
            var request = new EnrollLeaderRequest
            {
                RequestId = district.RequestId($"enroll-{i}"),
                DistrictId = district.Id,
                Name = $"{first} {last}",
                Email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal)}@{district.Domain}",
                RoleCode = role,
                RoleStartedOn = Day(roleStart),
                Stage = stage,
                // Stages often predate the current role (an established leader promoted this year).
                StageStartedOn = Day(stage == PipelineStage.Established ? roleStart.AddYears(-1) : roleStart),
                // One leader per district can sign in and see their own record (token --role leader --subject …).
                LeaderSubject = i == 2 ? $"leader@{district.Demo.NcesLeaId}.example" : string.Empty,
            };
            district.Leaders.Add(new DemoLeader(await EnrollWhenDistrictKnownAsync(pipeline, request, district.Lead, cancellationToken), role, stage, i));
        }

        foreach (var leader in district.Leaders.Where(leader => NextRole(leader.Role) is not null))
        {
            var readiness = ReadinessFor(leader, seed);
            leader.Readiness = readiness;
            await pipeline.AssessReadinessAsync(new AssessReadinessRequest
            {
                RequestId = district.RequestId($"readiness-{leader.Index}"),
                LeaderId = leader.Id,
                TargetRoleCode = NextRole(leader.Role),
                Level = readiness,
                Assessor = leader.Role is "teacher-leader" or "instructional-coach" ? "Principal, home school" : "Principal supervisor",
                AssessedOn = Day(new System.DateOnly(2026, 5, 15 + (leader.Index % 10))),
                Note = readiness == ReadinessLevel.ReadyNow
                    ? "Led the school's improvement plan this year; staff and families trust their judgement."
                    : "Strong with students and staff; needs experience with budgets and difficult conversations.",
            }, district.Lead, cancellationToken: cancellationToken);
        }

        // A few ratings from the three usual views, for the first leaders of each district.
        foreach (var leader in district.Leaders.Take(4))
        {
            var competency = Framework[(seed + leader.Index) % Framework.Length].Code;
            var rated = new System.DateOnly(2026, 4, 10 + leader.Index);
            foreach (var (source, score, evidence) in new[]
            {
                (RatingSource.Self, 3, "Self-assessment for the spring evaluation conference."),
                (RatingSource.Supervisor, 2 + ((seed + leader.Index) % 3), "Two school visits and the spring data review."),
                (RatingSource.Coach, 3, "Coaching log, January–April."),
            }.Take(leader.Index % 2 == 0 ? 3 : 2))
            {
                await pipeline.RateCompetencyAsync(new RateCompetencyRequest
                {
                    RequestId = district.RequestId($"rating-{leader.Index}-{source}"),
                    LeaderId = leader.Id,
                    CompetencyCode = competency,
                    Source = source,
                    Score = score,
                    RatedOn = Day(rated),
                    Evidence = evidence,
                }, district.Lead, cancellationToken: cancellationToken);
            }
        }
    }

    /// <summary>
    /// Pipeline learns member districts from Districts' events; right after the demo created them
    /// they may still be on their way, which the service says with FAILED_PRECONDITION.
    /// </summary>
    private static async Task<Leader> EnrollWhenDistrictKnownAsync(PipelineService.PipelineServiceClient pipeline, EnrollLeaderRequest request, Metadata lead, CancellationToken cancellationToken)
    {
        var deadline = System.DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                return await pipeline.EnrollLeaderAsync(request, lead, cancellationToken: cancellationToken);
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition && System.DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    /// <summary>Development suited to each stage; every other leader has some, a few have finished or withdrawn.</summary>
    private static async Task<int> DevelopAsync(PipelineService.PipelineServiceClient pipeline, DistrictPipeline district, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var leader in district.Leaders.Where(leader => (leader.Index + district.Seed) % 2 == 0 || leader.Index == 2))
        {
            var (kind, title, provider, hours, competencies) = leader.Stage switch
            {
                PipelineStage.Aspiring => (DevelopmentActivityKind.CohortProgram, "Aspiring Leaders Academy 2025-26", $"{district.Demo.Name} leadership academy", "60", new[] { "instructional-vision", "equity-data-use" }),
                PipelineStage.Emerging when leader.Role == "assistant-principal" => (DevelopmentActivityKind.Residency, "Principal residency", "State university school leadership program", "400", new[] { "instructional-feedback", "change-leadership", "collaboration-labor" }),
                PipelineStage.Emerging => (DevelopmentActivityKind.Coaching, "First-years principal coaching", "Regional leadership coaching partners", "30", new[] { "instructional-feedback", "change-implementation" }),
                PipelineStage.Established => (DevelopmentActivityKind.CommunityOfPractice, "Principals' equity network", "Consortium principals' network", "24", new[] { "equity-inclusive-culture", "equity-data-use" }),
                _ => (DevelopmentActivityKind.Mentoring, "Mentoring a new principal supervisor", "State superintendents' association", "20", new[] { "talent-development", "collaboration-board" }),
            };
            var completed = (leader.Index + district.Seed) % 5 == 0;
            var activity = await pipeline.AddDevelopmentActivityAsync(new AddDevelopmentActivityRequest
            {
                RequestId = district.RequestId($"activity-{leader.Index}"),
                LeaderId = leader.Id,
                Kind = kind,
                Title = title,
                Provider = provider,
                Hours = new Google.Type.Decimal { Value = hours },
                StartOn = Day(new System.DateOnly(2025, 9, 8)),
                EndOn = Day(new System.DateOnly(2026, 6, 12)),
                Status = DevelopmentActivityStatus.InProgress,
                CompetencyCodes = { competencies },
            }, district.Lead, cancellationToken: cancellationToken);
            added++;
            if (completed)
            {
                await pipeline.UpdateDevelopmentActivityStatusAsync(new UpdateDevelopmentActivityStatusRequest
                {
                    RequestId = district.RequestId($"activity-{leader.Index}-complete"),
                    ActivityId = activity.ActivityId,
                    Status = DevelopmentActivityStatus.Completed,
                    EffectiveOn = Day(new System.DateOnly(2026, 6, 12)),
                }, district.Lead, cancellationToken: cancellationToken);
            }
            else if (leader.Index == 3)
            {
                await pipeline.UpdateDevelopmentActivityStatusAsync(new UpdateDevelopmentActivityStatusRequest
                {
                    RequestId = district.RequestId($"activity-{leader.Index}-withdraw"),
                    ActivityId = activity.ActivityId,
                    Status = DevelopmentActivityStatus.Withdrawn,
                    EffectiveOn = Day(new System.DateOnly(2026, 1, 30)),
                    Reason = "Took on a grade-level team lead role this year; will rejoin next year's cohort.",
                }, district.Lead, cancellationToken: cancellationToken);
            }

            // Leaders ready for a bigger role have a short course planned for the coming year.
            if (leader.Readiness == ReadinessLevel.ReadyNow)
            {
                await pipeline.AddDevelopmentActivityAsync(new AddDevelopmentActivityRequest
                {
                    RequestId = district.RequestId($"activity-{leader.Index}-planned"),
                    LeaderId = leader.Id,
                    Kind = DevelopmentActivityKind.Course,
                    Title = "School finance and board relations",
                    Provider = "State school administrators' association",
                    Hours = new Google.Type.Decimal { Value = "12.5" },
                    StartOn = Day(new System.DateOnly(2027, 1, 11)),
                    EndOn = Day(new System.DateOnly(2027, 3, 1)),
                    Status = DevelopmentActivityStatus.Planned,
                    CompetencyCodes = { "collaboration-board", "change-implementation" },
                }, district.Lead, cancellationToken: cancellationToken);
                added++;
            }
        }

        return added;
    }

    /// <summary>
    /// Critical roles (more in districts with more schools), each with its incumbent when the
    /// district has one and a slate of those assessed for that role: coverage follows from who is
    /// ready now, so it differs between districts.
    /// </summary>
    private static async Task<int> PlanSuccessionAsync(PipelineService.PipelineServiceClient pipeline, DistrictPipeline district, CancellationToken cancellationToken)
    {
        var count = Math.Clamp(2 + (district.Demo.Schools / 10), 2, 6);
        var positions = Enumerable.Range(0, count).Select(j => j switch
        {
            0 => ("principal-supervisor", "Principal supervisor, secondary schools"),
            1 => ("principal", $"Principal, {Schools[0]}"),
            5 => ("cabinet", "Chief academic officer"),
            _ => ("principal", $"Principal, {Schools[j - 1]}"),
        }).ToList();
        var incumbents = new Queue<DemoLeader>(district.Leaders.Where(leader => leader.Role == "principal"));
        foreach (var ((roleCode, title), j) in positions.Select((position, j) => (position, j)))
        {
            var incumbent = roleCode switch
            {
                "principal" => incumbents.Count > 0 ? incumbents.Dequeue() : null,
                _ => district.Leaders.FirstOrDefault(leader => leader.Role == roleCode),
            };
            var critical = await pipeline.DefineCriticalRoleAsync(new DefineCriticalRoleRequest
            {
                RequestId = district.RequestId($"critical-{j}"),
                DistrictId = district.Id,
                Title = title,
                RoleCode = roleCode,
                IncumbentLeaderId = incumbent?.Id ?? string.Empty,
            }, district.Lead, cancellationToken: cancellationToken);

            // Candidates assessed for this role; a different few for each position, at most three.
            var candidates = district.Leaders
                .Where(leader => NextRole(leader.Role) == roleCode && leader != incumbent && leader.Readiness is not null)
                .ToList();
            var slate = new SetSuccessionSlateRequest { RequestId = district.RequestId($"slate-{j}"), CriticalRoleId = critical.CriticalRoleId };
            slate.Successors.AddRange(candidates
                .Skip(candidates.Count == 0 ? 0 : j % candidates.Count)
                .Concat(candidates)
                .Distinct()
                .Take(Math.Min(3, 1 + ((district.Seed + j) % 3)))
                .Select(leader => new Successor { LeaderId = leader.Id, Readiness = leader.Readiness!.Value }));
            await pipeline.SetSuccessionSlateAsync(slate, district.Lead, cancellationToken: cancellationToken);
        }

        return count;
    }

    /// <summary>An assistant principal moves from Cedar Ridge to Riverbend (both consent); a Northgate principal retires.</summary>
    private static async Task MoveAndRetireAsync(PipelineService.PipelineServiceClient pipeline, IReadOnlyDictionary<string, DistrictPipeline> districts, CancellationToken cancellationToken)
    {
        if (districts.TryGetValue(MoveFrom, out var from) && districts.TryGetValue(MoveTo, out var to))
        {
            var mover = from.Leaders.First(leader => leader.Role == "assistant-principal" && leader.Stage == PipelineStage.Established);
            await pipeline.MoveLeaderAsync(new MoveLeaderRequest { RequestId = from.RequestId("move-propose"), LeaderId = mover.Id, ToDistrictId = to.Id }, from.Lead, cancellationToken: cancellationToken);
            await pipeline.ConfirmLeaderMoveAsync(new ConfirmLeaderMoveRequest { RequestId = to.RequestId("move-confirm"), LeaderId = mover.Id }, to.Lead, cancellationToken: cancellationToken);
            from.Leaders.Remove(mover);
            to.Leaders.Add(mover);
        }

        if (districts.TryGetValue(RetiresIn, out var retiring))
        {
            var retiree = retiring.Leaders.Last(leader => leader.Role == "principal" && leader.Stage == PipelineStage.Established);
            await pipeline.RecordDepartureAsync(new RecordDepartureRequest
            {
                RequestId = retiring.RequestId("retire"),
                LeaderId = retiree.Id,
                Kind = DepartureKind.Left,
                LeftOn = Day(new System.DateOnly(2026, 6, 30)),
            }, retiring.Lead, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The role a leader is being prepared for; <c>null</c> at the top of the ladder.</summary>
    private static string? NextRole(string role) => role switch
    {
        "teacher-leader" or "instructional-coach" or "dean-of-students" => "assistant-principal",
        "assistant-principal" => "principal",
        "principal" => "principal-supervisor",
        "principal-supervisor" or "central-office-director" => "cabinet",
        _ => null,
    };

    /// <summary>Mostly by stage, varied by district so benches (and coverage) differ.</summary>
    private static ReadinessLevel ReadinessFor(DemoLeader leader, int seed) => (leader.Stage, (seed + leader.Index) % 3) switch
    {
        (PipelineStage.Aspiring, 0) => ReadinessLevel.Ready1To2Years,
        (PipelineStage.Aspiring, _) => ReadinessLevel.Ready3PlusYears,
        (PipelineStage.Emerging, 0) => ReadinessLevel.ReadyNow,
        (PipelineStage.Emerging, _) => ReadinessLevel.Ready1To2Years,
        (_, 2) => ReadinessLevel.Ready1To2Years,
        _ => ReadinessLevel.ReadyNow,
    };

    private static Date Day(System.DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };

    /// <summary>What the demo wrote for one district, for the later steps.</summary>
    private sealed class DistrictPipeline(DemoDistrict demo, District district, Metadata lead, int index)
    {
        public DemoDistrict Demo { get; } = demo;

        public string Id { get; } = district.DistrictId;

        public Metadata Lead { get; } = lead;

        /// <summary>Varies names, readiness and coverage between districts, the same on every run.</summary>
        public int Seed { get; } = index + int.Parse(demo.NcesLeaId[^3..], CultureInfo.InvariantCulture);

        public string Domain => $"{string.Concat(Demo.Name.Split(' ').Take(2)).ToLowerInvariant()}.example.org";

        public List<DemoLeader> Leaders { get; } = [];

        public string RequestId(string operation) => Demo.RequestId($"pipeline-{operation}");
    }

    /// <summary>An enrolled leader as the demo planned them.</summary>
    private sealed class DemoLeader(Leader leader, string role, PipelineStage stage, int index)
    {
        public string Id { get; } = leader.LeaderId;

        public string Role { get; } = role;

        public PipelineStage Stage { get; } = stage;

        public int Index { get; } = index;

        public ReadinessLevel? Readiness { get; set; }
    }
}
