extern alias identity;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Consortium.Contracts.Identity.V1;
using Consortium.Contracts.Security;
using Consortium.Hosting;
using Consortium.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;
using IdentityProgram = identity::Program;

namespace Consortium.Identity.Tests;

/// <summary>
/// The local platform's conveniences (the development client with its staff tokens, and staff
/// setting a demo person's password) exist in Development and nowhere else: the same database,
/// started again as Production, has no such client and no such call.
/// </summary>
public sealed class DevelopmentConveniencesTests(TestInfrastructure servers)
{
    private const string Secret = "development-client-secret-for-tests";
    private const string Password = "Demo-People-Password-1";

    [Fact]
    public async Task Development_gives_the_development_client_and_SetPassword_and_Production_has_neither()
    {
        var database = await servers.CreateDatabaseAsync(ResourceNames.IdentityDb);
        var vhost = await servers.CreateVirtualHostAsync(ResourceNames.IdentityDb);
        string personId;
        var email = $"lead-{Guid.NewGuid():N}@demo.consortium.example";

        await using (var development = Host("Development", database, vhost))
        {
            var (response, body) = await ClientCredentialsAsync(development);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var token = body.GetProperty("access_token").GetString();
            var staff = new IdentityService.IdentityServiceClient(Channel(development, token));
            var invited = await staff.InvitePersonAsync(new InvitePersonRequest { Email = email, Role = Role.DistrictLead, DistrictId = Guid.NewGuid().ToString() });
            personId = invited.Person.PersonId;

            var passwords = new DevelopmentPeopleService.DevelopmentPeopleServiceClient(Channel(development, token));
            var weak = await Assert.ThrowsAsync<RpcException>(async () => await passwords.SetPasswordAsync(new SetPasswordRequest { PersonId = personId, Password = "short" }));
            Assert.Equal(StatusCode.InvalidArgument, weak.StatusCode);
            Assert.Contains("password", weak.Status.Detail, StringComparison.OrdinalIgnoreCase);

            var set = await passwords.SetPasswordAsync(new SetPasswordRequest { PersonId = personId, Password = Password });
            Assert.True(set.HasPassword);
            var signedIn = await SignInFlow.PostSignInAsync(development.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), email, Password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

            // A lead's token may not use it: staff only, even in Development.
            var lead = await SignInFlow.SignInAsync(development.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), email, Password);
            var refused = await Assert.ThrowsAsync<RpcException>(async () =>
                await new DevelopmentPeopleService.DevelopmentPeopleServiceClient(Channel(development, lead.AccessToken)).SetPasswordAsync(new SetPasswordRequest { PersonId = personId, Password = Password }));
            Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        }

        // The same database and the same configured secret, in Production.
        await using (var production = Host("Production", database, vhost))
        {
            var (response, body) = await ClientCredentialsAsync(production);
            // The client was removed at start: OpenIddict no longer knows it.
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("invalid_client", body.GetProperty("error").GetString());

            // Even with a valid staff token, the call does not exist.
            using var browser = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var staff = await SignInFlow.SignInAsync(browser, IdentityPlatformFixture.FirstStaffEmail, IdentityPlatformFixture.FirstStaffPassword);
            var missing = await Assert.ThrowsAsync<RpcException>(async () =>
                await new DevelopmentPeopleService.DevelopmentPeopleServiceClient(Channel(production, staff.AccessToken)).SetPasswordAsync(new SetPasswordRequest { PersonId = personId, Password = "Another-Password-2" }));
            Assert.Equal(StatusCode.Unimplemented, missing.StatusCode);
        }
    }

    [Fact]
    public async Task The_development_client_gets_a_token_for_the_role_district_and_subject_it_names_and_nothing_a_person_could_not_hold()
    {
        var database = await servers.CreateDatabaseAsync(ResourceNames.IdentityDb);
        var vhost = await servers.CreateVirtualHostAsync(ResourceNames.IdentityDb);
        await using var development = Host("Development", database, vhost);
        var district = Guid.NewGuid();

        var (response, body) = await ClientCredentialsAsync(development, new()
        {
            [DevelopmentTokenRequest.RoleParameter] = Roles.DistrictLead,
            [DevelopmentTokenRequest.DistrictIdParameter] = district.ToString(),
            [DevelopmentTokenRequest.SubjectParameter] = "lead@cedar-ridge.example",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal("lead@cedar-ridge.example", token.Subject);
        Assert.Equal(Roles.DistrictLead, token.GetClaim(ClaimNames.Role).Value);
        Assert.Equal(district.ToString(), token.GetClaim(ClaimNames.DistrictId).Value);
        Assert.Equal(DevelopmentTokenRequest.ClientId, token.GetClaim("azp").Value);
        Assert.Equal(IdentityPlatformFixture.Issuer, token.Issuer);

        // Shapes no account could have are refused, with the reason.
        Dictionary<string, string>[] refused =
        [
            new() { [DevelopmentTokenRequest.RoleParameter] = Roles.DistrictLead },
            new() { [DevelopmentTokenRequest.RoleParameter] = Roles.ConsortiumStaff, [DevelopmentTokenRequest.DistrictIdParameter] = district.ToString() },
            new() { [DevelopmentTokenRequest.RoleParameter] = "superuser" },
            new() { [DevelopmentTokenRequest.RoleParameter] = Roles.Leader, [DevelopmentTokenRequest.DistrictIdParameter] = "cedar-ridge" },
            new() { [DevelopmentTokenRequest.SubjectParameter] = " " },
        ];
        foreach (var parameters in refused)
        {
            var (refusal, error) = await ClientCredentialsAsync(development, parameters);
            Assert.Equal(HttpStatusCode.BadRequest, refusal.StatusCode);
            Assert.Equal("invalid_request", error.GetProperty("error").GetString());
            Assert.False(string.IsNullOrEmpty(error.GetProperty("error_description").GetString()));
        }

        // Without parameters: consortium staff, the client as subject (what the demo loader's people step uses).
        var (plain, plainBody) = await ClientCredentialsAsync(development);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var staff = new JsonWebToken(plainBody.GetProperty("access_token").GetString());
        Assert.Equal(Roles.ConsortiumStaff, staff.GetClaim(ClaimNames.Role).Value);
        Assert.Equal(DevelopmentTokenRequest.ClientId, staff.Subject);
        Assert.False(staff.TryGetClaim(ClaimNames.DistrictId, out _));
    }

    private static WebApplicationFactory<IdentityProgram> Host(string environment, string database, string vhost)
    {
        var factory = new WebApplicationFactory<IdentityProgram>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment);
            host.UseSetting($"ConnectionStrings:{ResourceNames.IdentityDb}", database);
            host.UseSetting($"ConnectionStrings:{ResourceNames.RabbitMq}", vhost);
            host.UseSetting("Identity:Issuer", IdentityPlatformFixture.Issuer);
            host.UseSetting("Identity:DevelopmentClientSecret", Secret);
            host.UseSetting("Identity:FirstStaff:Email", IdentityPlatformFixture.FirstStaffEmail);
            host.UseSetting("Identity:FirstStaff:Password", IdentityPlatformFixture.FirstStaffPassword);
        });
        _ = factory.Server;
        return factory;
    }

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> ClientCredentialsAsync(
        WebApplicationFactory<IdentityProgram> host, Dictionary<string, string>? parameters = null)
    {
        using var http = host.CreateClient();
        var form = new Dictionary<string, string>(parameters ?? [])
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DevelopmentTokenRequest.ClientId,
            ["client_secret"] = Secret,
        };
        var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(form));
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static GrpcChannel Channel(WebApplicationFactory<IdentityProgram> host, string? token) =>
        GrpcChannel.ForAddress(host.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerHandler(token) { InnerHandler = host.Server.CreateHandler() },
            DisposeHttpClient = true,
        });

    private sealed class BearerHandler(string? token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
