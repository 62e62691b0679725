using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Security;
using Consortium.Hosting;
using Consortium.Pipeline.Data;
using Consortium.Testing;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>
/// The Pipeline service running against its own database and virtual host, with an event
/// collector listening like Insights would, and clients per role.
/// </summary>
public sealed class PipelineServiceFixture(TestInfrastructure servers) : IAsyncLifetime
{
    private ServiceUnderTest<Program>? _service;
    private EventCollector? _events;
    private EventPublisher? _publisher;

    public ServiceUnderTest<Program> Service => _service ?? throw new InvalidOperationException("Not started.");

    public EventCollector Events => _events ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.PipelineDb);
        _service = new ServiceUnderTest<Program>(environment);
        _events = await EventCollector.StartAsync(
            environment.MessagingConnectionString,
            typeof(LeaderEnrolled), typeof(LeaderStageChanged), typeof(ReadinessAssessed), typeof(LeaderMoved), typeof(LeaderLeft), typeof(SuccessionCoverageChanged));
        _publisher = await EventPublisher.StartAsync(environment.MessagingConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }

        if (_events is not null)
        {
            await _events.DisposeAsync();
        }

        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    public PipelineService.PipelineServiceClient Client(string? token) => new(Service.Channel(token));

    public PipelineService.PipelineServiceClient Staff() => Client(Service.Tokens.Issue("staff-1", Roles.ConsortiumStaff));

    public PipelineService.PipelineServiceClient LeadOf(Guid districtId) =>
        Client(Service.Tokens.Issue($"lead-{districtId}", Roles.DistrictLead, districtId));

    public PipelineService.PipelineServiceClient LeaderSignedInAs(string subject, Guid districtId) =>
        Client(Service.Tokens.Issue(subject, Roles.Leader, districtId));

    /// <summary>A new member district, announced the way Districts does and awaited until Pipeline has taken it in.</summary>
    public async Task<Guid> NewDistrictAsync()
    {
        var districtId = Guid.CreateVersion7();
        await (_publisher ?? throw new InvalidOperationException("Not started.")).PublishAsync(new DistrictJoined
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = DateTimeOffset.UtcNow,
            DistrictId = districtId,
            DistrictVersion = 1,
            Name = "Test District",
            NcesLeaId = "5300001",
            State = "WA",
            LocaleCode = 21,
            MembershipStatus = MembershipStatusV1.Active,
            JoinedOn = new DateOnly(2020, 7, 1),
            SharingPreference = SharingPreferenceV1.Anonymous,
        });
        for (var waited = 0; waited < 200; waited++)
        {
            if (await QueryAsync(db => db.MemberDistricts.AnyAsync(d => d.Id == districtId && d.IsActiveMember)))
            {
                return districtId;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Pipeline did not take in DistrictJoined for {districtId} within 10 s.");
    }

    public static EnrollLeaderRequest NewLeader(Guid districtId, string? name = null, PipelineStage stage = PipelineStage.Emerging, string? subject = null) => new()
    {
        DistrictId = districtId.ToString(),
        Name = name ?? $"Leader {Guid.NewGuid():N}"[..20],
        Email = "someone@district.k12.wa.us",
        RoleCode = "assistant-principal",
        RoleStartedOn = new Google.Type.Date { Year = 2024, Month = 8, Day = 1 },
        Stage = stage,
        LeaderSubject = subject ?? string.Empty,
    };

    public async Task<Leader> EnrollAsync(Guid districtId, string? name = null, PipelineStage stage = PipelineStage.Emerging, string? subject = null) =>
        await LeadOf(districtId).EnrollLeaderAsync(NewLeader(districtId, name, stage, subject));

    /// <summary>A new competency of the framework (staff-defined), unique to the caller's test.</summary>
    public async Task<string> NewCompetencyAsync(string domain = "Instructional leadership")
    {
        var code = $"competency-{Guid.NewGuid():N}"[..30];
        await Staff().DefineCompetencyAsync(new DefineCompetencyRequest { Code = code, Domain = domain, Label = $"Competency {code}" });
        return code;
    }

    public static AddDevelopmentActivityRequest NewActivity(Leader leader, string competencyCode, string title = "Aspiring Principals Cohort", int startDay = 1) => new()
    {
        LeaderId = leader.LeaderId,
        Kind = DevelopmentActivityKind.CohortProgram,
        Title = title,
        Provider = "District leadership academy",
        Hours = new Google.Type.Decimal { Value = "36" },
        StartOn = new Google.Type.Date { Year = 2025, Month = 9, Day = startDay },
        Status = DevelopmentActivityStatus.InProgress,
        CompetencyCodes = { competencyCode },
    };

    /// <summary>Reads the service's database directly, to check what was (not) written.</summary>
    public async Task<T> QueryAsync<T>(Func<PipelineDbContext, Task<T>> query)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PipelineDbContext>());
    }

    public Task<int> CountLeadersAsync(Guid districtId) => QueryAsync(db => db.Leaders.CountAsync(l => l.DistrictId == districtId));
}
