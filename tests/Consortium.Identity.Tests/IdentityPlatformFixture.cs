extern alias districts;
extern alias identity;
using System.Net.Http.Json;
using System.Text.Json;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Hosting;
using Consortium.Testing;
using Consortium.Testing.Services;
using Grpc.Net.Client;
using identity::Consortium.Identity;
using identity::Consortium.Identity.Data;
using identity::Consortium.Identity.Domain;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Xunit;
using DistrictsProgram = districts::Program;
using IdentityProgram = identity::Program;

namespace Consortium.Identity.Tests;

/// <summary>
/// The identity service and the Districts service, both hosted in the test process against the
/// private servers, Districts configured the way the AppHost configures every service: it trusts
/// the identity service as its authority (discovery document and published keys, fetched through
/// the in-process server) and holds no key of its own.
/// </summary>
public class IdentityPlatformFixture(TestInfrastructure servers) : IAsyncLifetime
{
    /// <summary>The issuer the identity service names (the test server's base address).</summary>
    public const string Issuer = "http://localhost/";

    /// <summary>The first staff account the service is configured to create at start.</summary>
    public const string FirstStaffEmail = "first-staff@consortium.example";

    public const string FirstStaffPassword = "First-Staff-Password-1";

    private WebApplicationFactory<IdentityProgram>? _identity;
    private WebApplicationFactory<DistrictsProgram>? _districts;

    public string MessagingConnectionString { get; private set; } = string.Empty;

    public WebApplicationFactory<IdentityProgram> Identity => _identity ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        MessagingConnectionString = await servers.CreateVirtualHostAsync(ResourceNames.IdentityDb);
        var identityDb = await servers.CreateDatabaseAsync(ResourceNames.IdentityDb);
        _identity = new WebApplicationFactory<IdentityProgram>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Test");
            host.UseSetting($"ConnectionStrings:{ResourceNames.IdentityDb}", identityDb);
            host.UseSetting($"ConnectionStrings:{ResourceNames.RabbitMq}", MessagingConnectionString);
            host.UseSetting("Identity:Issuer", Issuer);
            host.UseSetting("Identity:MaxFailedSignIns", "3");
            host.UseSetting("Identity:FirstStaff:Email", FirstStaffEmail);
            host.UseSetting("Identity:FirstStaff:Password", FirstStaffPassword);
            ConfigureIdentity(host);
        });
        _ = _identity.Server;

        var districtsDb = await servers.CreateDatabaseAsync(ResourceNames.DistrictsDb);
        var districtsVhost = await servers.CreateVirtualHostAsync(ResourceNames.DistrictsDb);
        var authorityHandler = _identity.Server.CreateHandler();
        _districts = new WebApplicationFactory<DistrictsProgram>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Test");
            host.UseSetting($"ConnectionStrings:{ResourceNames.DistrictsDb}", districtsDb);
            host.UseSetting($"ConnectionStrings:{ResourceNames.RabbitMq}", districtsVhost);
            host.UseSetting($"ConnectionStrings:{ResourceNames.Redis}", servers.RedisConnectionString);
            host.UseSetting("Cache:KeyPrefix", servers.NewKeyPrefix(ResourceNames.DistrictsDb));
            host.UseSetting("Authentication:Schemes:Bearer:Authority", Issuer);
            host.UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", IdentityNames.ApiAudience);
            // The authority is reached through the in-process server, not a socket.
            host.ConfigureTestServices(services => services.Configure<JwtBearerOptions>(
                JwtBearerDefaults.AuthenticationScheme, options => options.BackchannelHttpHandler = authorityHandler));
        });
        _ = _districts.Server;
    }

    /// <summary>Settings of the identity service that one test class needs and the others do not.</summary>
    protected virtual void ConfigureIdentity(IWebHostBuilder host)
    {
    }

    public async ValueTask DisposeAsync()
    {
        if (_districts is not null)
        {
            await _districts.DisposeAsync();
        }

        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Announces, as Districts would, that <paramref name="districtId"/> withdrew (the identity service applies it asynchronously).</summary>
    public async Task WithdrawDistrictAsync(Guid districtId)
    {
        await using var publisher = await EventPublisher.StartAsync(MessagingConnectionString);
        await publisher.PublishAsync(new MembershipChanged
        {
            EventId = Guid.NewGuid(),
            OccurredAt = DateTimeOffset.UtcNow,
            DistrictId = districtId,
            DistrictVersion = 2,
            FromStatus = MembershipStatusV1.Active,
            ToStatus = MembershipStatusV1.Withdrawn,
            EffectiveOn = DateOnly.FromDateTime(DateTime.UtcNow),
        });
    }

    /// <summary>A gRPC channel to Districts whose calls carry <paramref name="token"/>.</summary>
    public GrpcChannel Districts(string? token) =>
        GrpcChannel.ForAddress(_districts!.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerHandler(token) { InnerHandler = _districts.Server.CreateHandler() },
            DisposeHttpClient = true,
        });

    /// <summary>A browser: keeps cookies, does not follow redirects (the test follows them).</summary>
    public HttpClient Browser() =>
        Identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A person with a password, as if invited and signed in once.</summary>
    public async Task<Person> CreatePersonAsync(string role, Guid? districtId, string password)
    {
        await using var scope = Identity.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var email = $"{Guid.NewGuid():N}@example.org";
        var person = new Person { Id = Guid.NewGuid(), UserName = email, Email = email, Role = role, DistrictId = districtId, CreatedAt = DateTimeOffset.UtcNow };
        var created = await people.CreateAsync(person, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return person;
    }

    /// <summary>An automation client of <paramref name="districtId"/>; returns its id and secret.</summary>
    public async Task<(string ClientId, string Secret)> CreateAutomationClientAsync(Guid districtId)
    {
        await using var scope = Identity.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        var clientId = $"district-{districtId:N}-{InvitationCode.New()[..8]}";
        var secret = InvitationCode.New();
        await applications.CreateAsync(identity::Consortium.Identity.Api.AutomationClients.Descriptor(clientId, secret, clientId));
        db.AutomationClients.Add(new AutomationClient { ClientId = clientId, DistrictId = districtId, DisplayName = clientId, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return (clientId, secret);
    }

    /// <summary>The token endpoint's answer to a client-credentials request.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> ClientCredentialsAsync(string clientId, string secret)
    {
        using var http = Identity.CreateClient();
        var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = IdentityNames.SubmissionsWriteScope,
        }));
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>A gRPC channel to the identity service's staff API whose calls carry <paramref name="token"/>.</summary>
    public GrpcChannel IdentityApi(string? token) =>
        GrpcChannel.ForAddress(Identity.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerHandler(token) { InnerHandler = Identity.Server.CreateHandler() },
            DisposeHttpClient = true,
        });

    private sealed class BearerHandler(string? token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
