using Consortium.Identity.Api;
using Consortium.Identity.Data;
using Consortium.Identity.Development;
using Consortium.Identity.Federation;
using Consortium.Identity.Messaging;
using Consortium.Identity.Signing;
using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace Consortium.Identity;

/// <summary>The identity service's own wiring; the shared part is in ServiceDefaults.</summary>
public static class IdentityServiceExtensions
{
    /// <summary>Resource names, as the AppHost provides them.</summary>
    public const string ServiceName = "identity";
    public const string DatabaseName = "identity-db";

    public static IHostApplicationBuilder AddIdentityService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityServiceOptions>().BindConfiguration(IdentityServiceOptions.SectionName)
            .Validate(options => options.SigningKeys.IsConsistent,
                "Identity:SigningKeys: the announcement must be positive and shorter than the signing period, the refresh interval shorter than the announcement.")
            .ValidateOnStart();
        var settings = builder.Configuration.GetSection(IdentityServiceOptions.SectionName).Get<IdentityServiceOptions>() ?? new IdentityServiceOptions();

        builder.AddServiceDatabase<IdentityServiceDbContext>(DatabaseName);
        // After the migrator (hosted services start in order): the keys live in the database.
        builder.Services.AddSingleton<SigningKeyRing>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SigningKeyRing>());
        builder.Services.AddHostedService<ClientRegistration>();
        builder.Services.AddHostedService<FirstStaffAccount>();
        builder.AddDevelopmentConveniences();
        builder.AddServiceMessaging<IdentityServiceDbContext>(ServiceName, bus => bus.AddConsumer<DistrictMembershipConsumer>());

        AddPeople(builder, settings);
        AddAuthorizationServer(builder, settings);
        TrustOwnTokens(builder);
        builder.AddFederation(settings.Issuer);
        builder.Services.AddAntiforgery();
        builder.Services.AddScoped<AccessAudit>();
        return builder;
    }

    public static WebApplication MapIdentityService(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapSignInPages();
        app.MapAuthorizationEndpoints();
        app.MapGrpcService<IdentityApi>();
        app.MapExternalSignIn();
        app.MapGrpcService<ExternalProvidersApi>();
        app.MapDevelopmentConveniences();
        return app;
    }

    /// <summary>Local accounts: ASP.NET Core Identity's user store, password rules and lockout, and its sign-in cookie.</summary>
    private static void AddPeople(IHostApplicationBuilder builder, IdentityServiceOptions settings)
    {
        // AddIdentityCore, not AddIdentity: the latter makes the cookie the default scheme, and
        // this service's gRPC API takes bearer tokens like every other service.
        builder.Services.AddIdentityCore<Person>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = settings.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = settings.LockoutDuration;
                options.ClaimsIdentity.UserIdClaimType = OpenIddictConstants.Claims.Subject;
                options.ClaimsIdentity.RoleClaimType = OpenIddictConstants.Claims.Role;
            })
            .AddEntityFrameworkStores<IdentityServiceDbContext>()
            .AddSignInManager();
        builder.Services.AddAuthentication().AddCookie(IdentityNames.CookieScheme, cookie =>
        {
            cookie.LoginPath = SignInPages.SignInPath;
            cookie.Cookie.Name = "consortium.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
    }

    /// <summary>The OpenID Connect provider: endpoints, flows, scopes, token formats and keys.</summary>
    private static void AddAuthorizationServer(IHostApplicationBuilder builder, IdentityServiceOptions settings)
    {
        var allowHttp = FederationExtensions.AllowsPlainHttp(builder.Environment, settings.Issuer);
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityServiceDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(settings.Issuer)
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow()
                    .RegisterScopes(
                        OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile,
                        OpenIddictConstants.Scopes.Email, OpenIddictConstants.Scopes.OfflineAccess,
                        IdentityNames.SubmissionsWriteScope)
                    .SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    // Services validate plain signed JWTs with the published keys.
                    .DisableAccessTokenEncryption();
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (allowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        builder.Services.AddSingleton<KeyRingServerCredentials>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(services => services.GetRequiredService<KeyRingServerCredentials>());
        builder.Services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(services => services.GetRequiredService<KeyRingServerCredentials>());
    }

    /// <summary>
    /// This service's own gRPC API takes its own tokens: validated with the key ring directly
    /// (asking its own discovery document over HTTP would wait on itself while starting).
    /// </summary>
    private static void TrustOwnTokens(IHostApplicationBuilder builder) =>
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<SigningKeyRing, IOptions<IdentityServiceOptions>>((options, ring, settings) =>
            {
                options.Authority = null;
                options.TokenValidationParameters.ValidIssuer = settings.Value.Issuer.AbsoluteUri;
                options.TokenValidationParameters.ValidAudience = settings.Value.Audience;
                options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => ring.ValidationKeys;
            });
}
