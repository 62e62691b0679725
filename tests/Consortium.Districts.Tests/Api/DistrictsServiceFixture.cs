using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Districts.Data;
using Consortium.Hosting;
using Consortium.ServiceDefaults.Security;
using Consortium.Testing;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.Districts.Tests.Api;

/// <summary>
/// The Districts service running against its own database and virtual host, with an event
/// collector listening like a consuming service would, and clients per role.
/// </summary>
public sealed class DistrictsServiceFixture(TestInfrastructure servers) : IAsyncLifetime
{
    private static int _nextLeaId;

    private ServiceUnderTest<Program>? _service;
    private EventCollector? _events;

    public ServiceUnderTest<Program> Service => _service ?? throw new InvalidOperationException("Not started.");

    public EventCollector Events => _events ?? throw new InvalidOperationException("Not started.");

    public string StaffToken => Service.Tokens.Issue("staff-1", Roles.ConsortiumStaff);

    public async ValueTask InitializeAsync()
    {
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.DistrictsDb);
        _service = new ServiceUnderTest<Program>(environment);
        _events = await EventCollector.StartAsync(
            environment.MessagingConnectionString,
            typeof(DistrictJoined), typeof(DistrictDetailsUpdated), typeof(MembershipChanged), typeof(SharingPreferencesChanged), typeof(DistrictProfileUpdated));
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

    public DistrictsService.DistrictsServiceClient Client(string? token) => new(Service.Channel(token));

    public DistrictsService.DistrictsServiceClient Staff() => Client(StaffToken);

    public DistrictsService.DistrictsServiceClient LeadOf(string districtId) =>
        Client(Service.Tokens.Issue($"lead-{districtId}", Roles.DistrictLead, Guid.Parse(districtId)));

    /// <summary>A valid, unique Washington (FIPS 53) NCES LEA id.</summary>
    public static string NextLeaId() => $"53{Interlocked.Increment(ref _nextLeaId) % 100_000:00000}";

    public static CreateDistrictRequest NewDistrict(string? name = null) => new()
    {
        Name = name ?? $"Test District {Guid.NewGuid():N}"[..24],
        NcesLeaId = NextLeaId(),
        State = "WA",
        LocaleCode = 21,
    };

    public async Task<District> CreateAsync(string? name = null) => await Staff().CreateDistrictAsync(NewDistrict(name));

    /// <summary>Reads the service's database directly, to check what was (not) written.</summary>
    public async Task<T> QueryAsync<T>(Func<DistrictsDbContext, Task<T>> query)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DistrictsDbContext>());
    }

    public Task<int> CountOutboxAsync() => QueryAsync(db => db.Set<Consortium.ServiceDefaults.Messaging.OutboxMessage>().CountAsync());
}
