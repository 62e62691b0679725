using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using Xunit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.Identity.Tests;

/// <summary>
/// A district's own OpenID Connect provider, as the tests need one: a small OpenIddict server on a
/// loopback port (the identity service reaches its discovery document, keys and token endpoint
/// over real HTTP), with no UI: the browser names the test user to sign in with an extra
/// <c>test_user</c> parameter on the authorization request. It knows its clients and their
/// secrets, so the identity service must present the secret staff stored.
/// </summary>
public sealed class ExternalOidcServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TestUser> _users = new(StringComparer.Ordinal);
    private WebApplication? _app;

    /// <summary>A person at the provider: their subject there and the claims of their ID token.</summary>
    public sealed record TestUser(string Subject, string Email, IReadOnlyList<(string Type, string Value)> Claims);

    /// <summary>The issuer, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Issuer { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Registers a client of this provider (what a district's IT does for the consortium).</summary>
    public (string ClientId, string Secret) AddClient()
    {
        var client = ($"consortium-{Guid.NewGuid():N}", $"secret-{Guid.NewGuid():N}");
        _clients[client.Item1] = client.Item2;
        return client;
    }

    /// <summary>Adds a person; the key goes on the authorization request as <c>test_user</c>.</summary>
    public string AddUser(TestUser user)
    {
        var key = Guid.NewGuid().ToString("N");
        _users[key] = user;
        return key;
    }

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            // No database: codes are self-contained; clients are checked by the handlers below.
            server.EnableDegradedMode()
                .SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                .AllowClientCredentialsFlow()
                .RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile)
                .AddEphemeralEncryptionKey().AddEphemeralSigningKey()
                .DisableAccessTokenEncryption();
            server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            server.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId is null || !_clients.ContainsKey(context.ClientId))
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }

                return default;
            }));
            server.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId is null || !_clients.TryGetValue(context.ClientId, out var secret) || secret != context.Request.ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                }

                return default;
            }));
        });

        _app = builder.Build();
        _app.MapGet("/connect/authorize", (Delegate)Authorize);
        _app.MapPost("/connect/token", (Delegate)TokenAsync);
        await _app.StartAsync();
        Issuer = new Uri(_app.Urls.Single().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private IResult Authorize(HttpContext http)
    {
        if (!_users.TryGetValue(http.Request.Query["test_user"].ToString(), out var user))
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Subject).SetClaim(Claims.Email, user.Email);
        foreach (var (type, value) in user.Claims)
        {
            identity.AddClaim(new Claim(type, value));
        }

        identity.SetScopes(http.GetOpenIddictServerRequest()!.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()!;
        if (request.IsClientCredentialsGrantType())
        {
            // What a district's provider could put in its own token: the consortium's claim names,
            // staff's role, the consortium's audience. Services must still refuse it.
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId).SetClaim("role", "consortium-staff").SetClaim("district_id", Guid.NewGuid().ToString());
            identity.SetResources("consortium-api");
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(code.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
