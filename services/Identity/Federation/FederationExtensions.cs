using Consortium.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;

namespace Consortium.Identity.Federation;

/// <summary>Wiring of sign-in through districts' own providers (ADR 27).</summary>
public static class FederationExtensions
{
    /// <summary>
    /// Plain HTTP (for this service's own endpoints and a provider's issuer) only on a local
    /// platform, in tests, or for a loopback address.
    /// </summary>
    public static bool AllowsPlainHttp(IHostEnvironment environment, Uri address) =>
        environment.IsDevelopment() || environment.IsEnvironment("Test") || address.IsLoopback;

    public static void AddFederation(this IHostApplicationBuilder builder, Uri issuer)
    {
        // Keys in the database: a protected client secret, a state token or a cookie made by one
        // instance (or before a restart) is readable by every instance.
        builder.Services.AddDataProtection().SetApplicationName("consortium-identity");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new DatabaseKeyRepository(scopes));

        builder.Services.AddSingleton<ExternalProviderRegistrations>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictClientOptions>>(services => services.GetRequiredService<ExternalProviderRegistrations>());
        builder.Services.AddSingleton<IOptionsChangeTokenSource<OpenIddictClientOptions>>(services => services.GetRequiredService<ExternalProviderRegistrations>());
        builder.Services.AddScoped<FederatedPeople>();

        var allowHttp = AllowsPlainHttp(builder.Environment, issuer);
        builder.Services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow()
                .SetRedirectionEndpointUris(ExternalProviderRegistrations.CallbackPath)
                // Required by OpenIddict's checks; the state tokens themselves are Data Protection's
                // (below), so these keys protect nothing. A random AES key and a P-256 key cost
                // nothing to make; the default ephemeral keys, two 4096-bit RSA keys, took 1–5 s of
                // CPU at every start of this service, on the platform's critical path (ADR 38).
                .AddEphemeralEncryptionKey(SecurityAlgorithms.Aes256KW)
                .AddEphemeralSigningKey(SecurityAlgorithms.EcdsaSha256);
            // Errors too (a refused code exchange, a bad state): the callback answers with its own page.
            var aspNetCore = client.UseAspNetCore().EnableRedirectionEndpointPassthrough().EnableErrorPassthrough();
            if (allowHttp)
            {
                aspNetCore.DisableTransportSecurityRequirement();
                // The correlation cookie is SameSite=None and Secure by default, which a browser
                // drops over plain HTTP; the provider answers with a GET redirect (query response
                // mode), so Lax suffices on a local platform.
                builder.Services.Configure<OpenIddictClientAspNetCoreOptions>(options =>
                {
                    options.CookieBuilder.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                    options.CookieBuilder.SameSite = SameSiteMode.Lax;
                });
            }

            client.UseSystemNetHttp();
            client.UseDataProtection();
        });
    }
}
