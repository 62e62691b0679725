using Consortium.Contracts.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consortium.ServiceDefaults.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// JWT bearer authentication configured the standard ASP.NET Core way, from
    /// <c>Authentication:Schemes:Bearer</c> (<c>Authority</c> for a real identity provider, or
    /// <c>ValidIssuer</c>, <c>ValidAudiences</c> and <c>SigningKeys</c> as <c>dotnet user-jwts</c> and
    /// our AppHost write them), plus the platform's policies. Every endpoint requires a signed-in
    /// caller unless it opts out (health, reflection).
    /// </summary>
    public static IHostApplicationBuilder AddConsortiumSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
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
