using System.Security.Claims;
using Consortium.Contracts.Security;
using Consortium.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Consortium.Web.Hosting;

/// <summary>
/// Sign-in through the identity service: OpenID Connect, authorization code + PKCE, a cookie
/// session. The Web keeps no password and has no other way in: every page needs a signed-in person.
/// </summary>
internal static class SignInRegistration
{
    public static WebApplicationBuilder AddSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SessionTokens>();
        builder.Services.AddSingleton<ITokenEndpoint, IdentityTokenEndpoint>();
        builder.Services.AddSingleton<SessionAccess>();
        builder.Services.AddScoped<CurrentUser>();

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "consortium.session";
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
                options.Events.OnValidatePrincipal = context =>
                {
                    // A session the server no longer knows (signed out, or the Web restarted) is over.
                    var tokens = context.HttpContext.RequestServices.GetRequiredService<SessionTokens>();
                    if (!tokens.IsActive(context.Principal?.FindFirstValue(WebClaims.SessionId)))
                    {
                        context.RejectPrincipal();
                    }

                    return Task.CompletedTask;
                };
            })
            .AddOpenIdConnect();

        builder.Services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, ConfigureOpenIdConnect>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>
    /// Pages are rendered with the person's data, so no response may be kept by the browser:
    /// after sign-out, the back button would otherwise show the last page from the cache.
    /// Static assets set their own caching in their endpoint, which runs later and wins. "no-cache"
    /// as well, because antiforgery (every form page) requires it and logs a warning per response
    /// when it has to add it to a header set before it.
    /// </summary>
    public static WebApplication UseNoStoreResponses(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-cache, no-store";
            return next(context);
        });
        return app;
    }

    /// <summary><c>/signin</c> (with a return address) and <c>/signout</c> (POST, ends the session here and at the identity service).</summary>
    public static WebApplication MapSignInEndpoints(this WebApplication app)
    {
        app.MapGet("/signin", (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous();

        app.MapPost("/signout", async (HttpContext context, SessionTokens tokens) =>
        {
            tokens.End(context.User.FindFirstValue(WebClaims.SessionId));
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/signed-out" }, [OpenIdConnectDefaults.AuthenticationScheme]);
        });
        return app;
    }

    private static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";

    private sealed class ConfigureOpenIdConnect(IOptions<SignInOptions> signIn, IHostEnvironment environment) : IConfigureNamedOptions<OpenIdConnectOptions>
    {
        // offline_access: a refresh token, so a long session outlives one access token.
        private static readonly string[] s_standardScopes = ["openid", "profile", "offline_access"];

        public void Configure(string? name, OpenIdConnectOptions options)
        {
            if (name != OpenIdConnectDefaults.AuthenticationScheme)
            {
                return;
            }

            var settings = signIn.Value;
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // Plain HTTP only to an identity service on this machine during development.
            options.RequireHttpsMetadata = !(environment.IsDevelopment() && Uri.TryCreate(settings.Authority, UriKind.Absolute, out var authority) && authority.IsLoopback);
            options.CallbackPath = "/signin-oidc";
            options.SignedOutCallbackPath = "/signout-callback-oidc";
            options.SignedOutRedirectUri = "/signed-out";
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = true;
            options.SaveTokens = false;
            options.TokenValidationParameters.NameClaimType = ClaimNames.Name;
            options.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
            options.Scope.Clear();
            foreach (var scope in s_standardScopes.Concat(settings.ApiScopes))
            {
                options.Scope.Add(scope);
            }

            options.Events.OnTokenValidated = context =>
            {
                var accessToken = context.TokenEndpointResponse?.AccessToken;
                if (accessToken is null || context.Principal?.Identity is not ClaimsIdentity identity)
                {
                    context.Fail("The identity service gave no access token.");
                    return Task.CompletedTask;
                }

                AddAccessClaims(identity, accessToken);
                // The refresh token (offline_access) renews the access token before it expires (SessionAccess).
                var services = context.HttpContext.RequestServices;
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                var expiresAt = TokenRefreshPolicy.ExpiresAt(context.TokenEndpointResponse!.ExpiresIn, AccessTokenExpiry.Of(accessToken), now);
                var refreshToken = string.IsNullOrEmpty(context.TokenEndpointResponse.RefreshToken) ? null : context.TokenEndpointResponse.RefreshToken;
                var sessionId = services.GetRequiredService<SessionTokens>().Start(new SessionTokenSet(accessToken, refreshToken, expiresAt, now));
                identity.AddClaim(new Claim(WebClaims.SessionId, sessionId));
                return Task.CompletedTask;
            };
        }

        public void Configure(OpenIdConnectOptions options) => Configure(OpenIdConnectDefaults.AuthenticationScheme, options);

        /// <summary>
        /// Roles and district as the services will see them (from the access token the Web just
        /// received from the identity service): the Web uses them only to choose what to show.
        /// </summary>
        private static void AddAccessClaims(ClaimsIdentity identity, string accessToken)
        {
            var handler = new JsonWebTokenHandler();
            if (!handler.CanReadToken(accessToken))
            {
                return;
            }

            var token = handler.ReadJsonWebToken(accessToken);
            foreach (var claim in token.Claims.Where(claim => claim.Type is ClaimNames.Role or ClaimNames.DistrictId or ClaimNames.Name))
            {
                if (!identity.HasClaim(claim.Type, claim.Value))
                {
                    identity.AddClaim(new Claim(claim.Type, claim.Value));
                }
            }
        }
    }
}
