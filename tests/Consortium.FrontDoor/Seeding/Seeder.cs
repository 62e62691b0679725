using System.Diagnostics;
using System.Globalization;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Contracts.Topics.V1;
using Consortium.FrontDoor.Callers;
using Google.Protobuf.WellKnownTypes;
using SubmissionKind = Consortium.Contracts.Submissions.V1.BenchmarkKind;
using TopicKind = Consortium.Contracts.Topics.V1.BenchmarkKind;

namespace Consortium.FrontDoor.Seeding;

/// <summary>
/// Builds the synthetic consortium through the front door, as consortium staff (and each district's lead writing its own): an open cycle
/// with its two topics, the member districts with their context profiles, and the submissions of
/// the districts that submit before the rush (saved, submitted, accepted), then waits until
/// Insights compares over all of them. Deterministic for a seed; a larger size adds districts.
/// </summary>
internal sealed class Seeder(FrontDoorClients clients, int seed, int concurrency, TextWriter log)
{
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(5);
    private readonly List<(SyntheticDistrict District, string Id)> _districts = [];

    public IReadOnlyList<(SyntheticDistrict District, string Id)> Districts => _districts;

    public async Task<BenchmarkCycle> OpenCycleAsync(CancellationToken cancellationToken)
    {
        var staff = await clients.StaffAsync(cancellationToken);
        var now = DateTime.UtcNow;
        // A school year far ahead of any real one, from the seed: a run never meets the demo's cycles.
        var year = 2060 + (seed % 30);
        var cycle = await clients.Topics.CreateCycleAsync(new CreateCycleRequest
        {
            RequestId = $"front-door-{seed}-{now.Ticks}",
            SchoolYear = $"{year}-{(year + 1) % 100:D2}",
            Half = SchoolYearHalf.First,
            Name = $"Front-door load {seed}",
            SubmissionOpensAt = Timestamp.FromDateTime(now.AddMinutes(1)),
            SubmissionClosesAt = Timestamp.FromDateTime(now.AddDays(2)),
        }, staff, cancellationToken: cancellationToken);
        var rush = await CreateTopicAsync(cycle.CycleId, "Window-close rush", BenchmarkCycle.RushTargetCode, staff, cancellationToken);
        var write = await CreateTopicAsync(cycle.CycleId, "Submit path", BenchmarkCycle.WriteTargetCode, staff, cancellationToken);
        await clients.Topics.OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId }, staff, cancellationToken: cancellationToken);
        return new BenchmarkCycle(cycle.CycleId, rush.TopicId, rush.Targets[0].TargetId, write.TopicId);
    }

    /// <summary>Adds districts up to <paramref name="size"/>; returns the time it took (districts/s is a figure too).</summary>
    public async Task<TimeSpan> AddDistrictsAsync(int size, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var added = Enumerable.Range(_districts.Count, Math.Max(0, size - _districts.Count)).Select(index => SyntheticDistrict.Create(seed, index)).ToList();
        var created = new (SyntheticDistrict, string)[added.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, added.Count), Options(cancellationToken), async (i, token) =>
        {
            var staff = await clients.StaffAsync(token);
            var district = added[i];
            var reply = await clients.Districts.CreateDistrictAsync(new CreateDistrictRequest
            {
                RequestId = $"front-door-{seed}-district-{district.Index}",
                Name = district.Name,
                NcesLeaId = district.NcesLeaId,
                State = district.State,
                LocaleCode = district.LocaleCode,
                SharingPreference = district.Sharing,
                Contacts = { new BenchmarkContact { Name = $"Lead {district.Index}", Email = $"lead{district.Index}@front-door.example", Role = "Benchmark lead", IsPrimary = true } },
            }, staff, cancellationToken: token);
            await clients.Districts.UpsertContextProfileAsync(new UpsertContextProfileRequest
            {
                RequestId = $"front-door-{seed}-profile-{district.Index}",
                DistrictId = reply.DistrictId,
                SchoolYear = "2025-26",
                Enrollment = district.Enrollment,
                SchoolCount = Math.Max(1, district.Enrollment / 450),
                PctEconomicallyDisadvantaged = Number(district.PctEconomicallyDisadvantaged),
                PctEnglishLearners = Number(district.PctEnglishLearners),
                PctStudentsWithDisabilities = Number(district.PctStudentsWithDisabilities),
                TeacherFte = Number(Math.Round(district.Enrollment / 16m, 1)),
                DataSource = "Synthetic (front-door load generator)",
            }, staff, cancellationToken: token);
            created[i] = (district, reply.DistrictId);
        });
        _districts.AddRange(created);
        log.WriteLine($"  {added.Count} districts with profiles in {started.Elapsed.TotalSeconds:F1} s");
        return started.Elapsed;
    }

    /// <summary>
    /// Saves, submits and accepts (as staff) the rush topic's submission of every district added
    /// since <paramref name="from"/> that submits before the rush; returns how long until Insights
    /// compared over all of them (seeding throughput and ingestion included).
    /// </summary>
    public async Task<TimeSpan> SubmitEarlyAsync(BenchmarkCycle cycle, int from, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var early = _districts.Skip(from).Where(d => !d.District.SubmitsInTheRush).ToList();
        await Parallel.ForEachAsync(early, Options(cancellationToken), async (entry, token) =>
        {
            // Only the district's own lead writes its submissions; staff review them.
            var lead = await clients.LeaderAsync(entry.Id, token);
            var staff = await clients.StaffAsync(token);
            var draft = await Eventually.SucceedsAsync(
                async () => await clients.Submissions.CreateSubmissionAsync(Draft(cycle.RushTopicId, BenchmarkCycle.RushTargetCode, SubmissionKind.Practice, entry.District, entry.Id, $"early-{cycle.CycleId}-{entry.District.Index}"), lead, cancellationToken: token),
                s_patience, token);
            await Eventually.SucceedsAsync(async () => await clients.Submissions.SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId }, lead, cancellationToken: token), s_patience, token);
            await clients.Submissions.AcceptAsync(new AcceptRequest { SubmissionId = draft.SubmissionId }, staff, cancellationToken: token);
        });
        var expected = _districts.Count(d => !d.District.SubmitsInTheRush);
        await WaitUntilComparedAsync(cycle, expected, cancellationToken);
        log.WriteLine($"  {early.Count} early submissions accepted and compared ({expected} in all) in {started.Elapsed.TotalSeconds:F1} s");
        return started.Elapsed;
    }

    public static CreateSubmissionRequest Draft(string topicId, string targetCode, SubmissionKind kind, SyntheticDistrict district, string districtId, string requestId) => new()
    {
        RequestId = requestId,
        DistrictId = districtId,
        TopicId = topicId,
        Kind = kind,
        Title = $"{district.Name}: {kind}",
        Narrative = "Synthetic submission of the front-door load generator.",
        ImplementationStage = district.Stage,
        Visibility = Contracts.Submissions.V1.Visibility.Inherit,
        Values = { new Contracts.Submissions.V1.TargetValue { TargetCode = targetCode, Number = Number(district.Value) } },
    };

    private async Task WaitUntilComparedAsync(BenchmarkCycle cycle, int districts, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(30);
        while (true)
        {
            var staff = await clients.StaffAsync(cancellationToken);
            var answer = await clients.Insights.CompareTargetAsync(new CompareTargetRequest
            {
                CycleId = cycle.CycleId,
                TargetId = cycle.RushTargetId,
                Scope = new ComparisonScope { AllMembers = new AllMembers() },
                PageSize = 1,
            }, staff, cancellationToken: cancellationToken);
            if (answer.GroupSize >= districts)
            {
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Insights compares {answer.GroupSize} of {districts} districts after 30 minutes.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private async Task<Topic> CreateTopicAsync(string cycleId, string title, string targetCode, Grpc.Core.Metadata staff, CancellationToken cancellationToken)
    {
        var topic = await clients.Topics.CreateTopicAsync(new CreateTopicRequest
        {
            CycleId = cycleId,
            Title = title,
            Description = "Synthetic topic of the front-door load generator.",
            FocusArea = "Load",
            WhyItMatters = "Measured at national scale.",
            BenchmarkKinds = { TopicKind.Program, TopicKind.Policy, TopicKind.Practice, TopicKind.Process, TopicKind.Context, TopicKind.Culture, TopicKind.Capacity },
            Targets =
            {
                new TargetDefinition
                {
                    Code = targetCode,
                    Name = $"{title} share",
                    Definition = "Share of schools doing it, synthetic.",
                    MeasureType = Contracts.Topics.V1.MeasureType.Percentage,
                    Direction = Contracts.Topics.V1.Direction.HigherIsBetter,
                    Required = true,
                },
            },
        }, staff, cancellationToken: cancellationToken);
        await clients.Topics.PublishTopicAsync(new PublishTopicRequest { TopicId = topic.TopicId }, staff, cancellationToken: cancellationToken);
        return topic;
    }

    private ParallelOptions Options(CancellationToken cancellationToken) => new() { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };

    private static Google.Type.Decimal Number(decimal value) => new() { Value = value.ToString(CultureInfo.InvariantCulture) };
}
