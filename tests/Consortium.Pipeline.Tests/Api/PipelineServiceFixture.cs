using Consortium.AppHost;
using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Security;
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

    public ServiceUnderTest<Program> Service => _service ?? throw new InvalidOperationException("Not started.");

    public EventCollector Events => _events ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.PipelineDb);
        _service = new ServiceUnderTest<Program>(environment);
        _events = await EventCollector.StartAsync(
            environment.MessagingConnectionString,
            typeof(LeaderEnrolled), typeof(LeaderStageChanged), typeof(ReadinessAssessed), typeof(LeaderMoved), typeof(LeaderLeft), typeof(SuccessionCoverageChanged));
    }

    public async ValueTask DisposeAsync()
    {
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

    public static Guid NewDistrict() => Guid.CreateVersion7();

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

    /// <summary>Reads the service's database directly, to check what was (not) written.</summary>
    public async Task<T> QueryAsync<T>(Func<PipelineDbContext, Task<T>> query)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PipelineDbContext>());
    }

    public Task<int> CountLeadersAsync(Guid districtId) => QueryAsync(db => db.Leaders.CountAsync(l => l.DistrictId == districtId));
}
