using Consortium.Contracts.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Consortium.ServiceDefaults.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// JWT bearer authentication configured the standard ASP.NET Core way, from
    /// <c>Authentication:Schemes:Bearer</c>: <c>Authority</c> (the identity service: its discovery
    /// document and published keys) and <c>ValidAudiences</c>, as the AppHost writes them; no key
    /// is configured (a per-service test gives its own issuer's public key as options). Plus the
    /// platform's policies. Every endpoint requires a signed-in caller unless
    /// it opts out (health, reflection).
    /// </summary>
    public static IHostApplicationBuilder AddConsortiumSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        var development = builder.Environment.IsDevelopment();
        // After the configuration is bound, before JWT bearer's own post-configuration checks it.
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // The authority's metadata over plain HTTP only on this machine (the AppHost's loopback
            // ports) or in Development; anywhere else a token's keys must come over TLS.
            if (Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) && (authority.IsLoopback || development))
            {
                options.RequireHttpsMetadata = false;
            }
        });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure<ILoggerFactory>((options, loggers) =>
        {
            // After JWT bearer's own post-configuration made the stock manager and backchannel.
            if (options.ConfigurationManager is ConfigurationManager<OpenIdConnectConfiguration> && options.MetadataAddress is { Length: > 0 } metadata)
            {
                options.ConfigurationManager = new AuthorityKeySet(
                    metadata,
                    new HttpDocumentRetriever(options.Backchannel) { RequireHttps = options.RequireHttpsMetadata },
                    TimeProvider.System,
                    loggers.CreateLogger<AuthorityKeySet>());
            }

            // Keep claim names as the token has them ("role", "district_id"), not WS-* URIs.
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = ClaimNames.Subject;
            options.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
        });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.ConsortiumStaff, Roles.Admin))
            .AddPolicy(Policies.DistrictMember, policy => policy.RequireAssertion(context =>
                context.User.IsInRole(Roles.ConsortiumStaff)
                || context.User.IsInRole(Roles.Admin)
                || context.User.HasClaim(claim => claim.Type == ClaimNames.DistrictId)));
        return builder;
    }
}
