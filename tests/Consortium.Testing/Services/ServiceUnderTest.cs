using Grpc.Net.Client;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Testing.Services;

/// <summary>
/// One of our services hosted in the test process against the shared private servers, isolated
/// from other tests by its own database, RabbitMQ virtual host and Redis key prefix. Configured
/// exactly as the AppHost configures it (Aspire-style connection strings, bearer settings), so
/// the test exercises the real composition, not a test double of it.
/// </summary>
public sealed class ServiceUnderTest<TEntryPoint> : IAsyncDisposable
    where TEntryPoint : class
{
    private readonly WebApplicationFactory<TEntryPoint> _factory;

    /// <summary>The servers, names and tokens this service was started with.</summary>
    public ServiceEnvironment Environment { get; }

    public IServiceProvider Services => _factory.Services;

    public TestTokenIssuer Tokens => Environment.Tokens;

    /// <summary>
    /// Starts the service; <paramref name="settings"/> may add or override configuration, and
    /// <paramref name="services"/> add test-only registrations (e.g. a fault to inject).
    /// </summary>
    public ServiceUnderTest(
        ServiceEnvironment environment, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Environment = environment;
        _factory = new WebApplicationFactory<TEntryPoint>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Test");
            foreach (var (key, value) in environment.Configuration().Concat(settings ?? new Dictionary<string, string?>()))
            {
                host.UseSetting(key, value);
            }

            // Last, so the service trusts this test's issuer (public key only) and nothing else.
            host.ConfigureTestServices(registrations =>
            {
                services?.Invoke(registrations);
                registrations.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, environment.Tokens.ConfigureValidation);
            });
        });

        // Creating the server starts the host: migrations run, the bus and the outbox start.
        _ = _factory.Server;
    }

    /// <summary>A gRPC channel whose calls carry <paramref name="token"/> (none: unauthenticated).</summary>
    public GrpcChannel Channel(string? token = null) =>
        GrpcChannel.ForAddress(_factory.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(token) { InnerHandler = _factory.Server.CreateHandler() },
            DisposeHttpClient = true,
        });

    /// <summary>A plain HTTP client (JSON transcoding, health) whose requests carry <paramref name="token"/>.</summary>
    public HttpClient Http(string? token = null) =>
        new(new BearerTokenHandler(token) { InnerHandler = _factory.Server.CreateHandler() }) { BaseAddress = _factory.Server.BaseAddress };

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private sealed class BearerTokenHandler(string? token) : DelegatingHandler
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
