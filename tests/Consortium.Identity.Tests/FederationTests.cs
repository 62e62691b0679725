extern alias identity;

using System.Net;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Identity.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using identity::Consortium.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;
using ContractRoles = Consortium.Contracts.Security.Roles;

namespace Consortium.Identity.Tests;

/// <summary>
/// Sign-in through a district's own OpenID Connect provider (a second OpenIddict server the tests
/// start), configured by staff through the API while the identity service runs.
/// </summary>
[Collection(typeof(FederationCollection))]
public sealed class FederationTests(IdentityPlatformFixture platform, ExternalOidcServer provider)
{
    private const string Password = "Correct-Horse-9";

    private async Task<(ExternalProviderService.ExternalProviderServiceClient Providers, IdentityService.IdentityServiceClient People)> StaffAsync()
    {
        var staff = await platform.CreatePersonAsync(ContractRoles.ConsortiumStaff, null, Password);
        var tokens = await SignInFlow.SignInAsync(platform.Browser(), staff.Email!, Password);
        var channel = platform.IdentityApi(tokens.AccessToken);
        return (new ExternalProviderService.ExternalProviderServiceClient(channel), new IdentityService.IdentityServiceClient(channel));
    }

    /// <summary>A provider of <paramref name="districtId"/> at the test server, with a client registered there.</summary>
    private async Task<Contracts.Identity.V1.ExternalProvider> ConnectAsync(
        ExternalProviderService.ExternalProviderServiceClient staff, Guid districtId, params RoleRule[] rules)
    {
        var (clientId, secret) = provider.AddClient();
        return await staff.CreateExternalProviderAsync(new CreateExternalProviderRequest
        {
            DistrictId = districtId.ToString(),
            DisplayName = $"District {districtId.ToString()[..8]} (test provider)",
            Issuer = provider.Issuer.AbsoluteUri,
            ClientId = clientId,
            ClientSecret = secret,
            Rules = { rules },
            Enabled = true,
        });
    }

    private static RoleRule Rule(string type, string value, Role role) => new() { ClaimType = type, ClaimValue = value, Role = role };

    private string User(params (string Type, string Value)[] claims) =>
        provider.AddUser(new ExternalOidcServer.TestUser($"ext-{Guid.NewGuid():N}", $"{Guid.NewGuid():N}@district.example.org", claims));

    private async Task<(int People, int Links)> CountsAsync()
    {
        await using var scope = platform.Identity.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        return (await db.Users.CountAsync(), await db.ExternalLogins.CountAsync());
    }

    [Fact]
    public async Task A_person_signs_in_through_their_districts_provider_added_after_start_with_the_first_matching_role_and_a_stable_subject()
    {
        var (staff, people) = await StaffAsync();
        var districtA = Guid.NewGuid();
        var pageBefore = await platform.Browser().GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var connected = await ConnectAsync(staff, districtA,
            Rule("groups", "benchmark-leads", Role.DistrictLead), Rule("groups", "teachers", Role.Leader));
        Assert.DoesNotContain(connected.DisplayName, pageBefore, StringComparison.Ordinal);

        // Member of both groups: the first rule decides. The provider's own district and role claims count for nothing.
        var user = User(("groups", "teachers"), ("groups", "benchmark-leads"), ("district_id", Guid.NewGuid().ToString()), ("role", ContractRoles.ConsortiumStaff));
        var browser = platform.Browser();
        var page = await browser.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        Assert.Contains($"Sign in with {connected.DisplayName}", page, StringComparison.Ordinal);
        var first = await FederatedSignInFlow.SignInAsync(browser, Guid.Parse(connected.ProviderId), user);
        Assert.True(first.Tokens is not null, $"{first.Answer.StatusCode} {first.Answer.Headers.Location} {await first.Answer.Content.ReadAsStringAsync()}");
        var token = new JsonWebToken(first.Tokens.AccessToken);
        Assert.Equal(IdentityPlatformFixture.Issuer, token.Issuer);
        Assert.Equal(ContractRoles.DistrictLead, token.GetClaim("role").Value);
        Assert.Equal(districtA.ToString(), token.GetClaim("district_id").Value);

        // Signed in again (another browser): the same person, the same subject.
        var second = await FederatedSignInFlow.SignInAsync(platform.Browser(), Guid.Parse(connected.ProviderId), user);
        Assert.Equal(token.Subject, new JsonWebToken(second.Tokens!.AccessToken).Subject);

        var person = (await people.ListPeopleAsync(new ListPeopleRequest { DistrictId = districtA.ToString() })).People.Single();
        Assert.Equal(token.Subject, person.PersonId);
        Assert.False(person.HasPassword);
        var audit = await people.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 200 });
        Assert.Contains(audit.Entries, entry => entry.Action == "person.created-by-provider" && entry.Target == person.PersonId);
    }

    [Fact]
    public async Task A_person_whose_claims_match_no_rule_is_refused_and_nothing_is_created()
    {
        var (staff, _) = await StaffAsync();
        var connected = await ConnectAsync(staff, Guid.NewGuid(), Rule("groups", "benchmark-leads", Role.DistrictLead));
        var before = await CountsAsync();

        var outcome = await FederatedSignInFlow.SignInAsync(platform.Browser(), Guid.Parse(connected.ProviderId), User(("groups", "benchmark-leads-2")));

        Assert.Null(outcome.Tokens);
        Assert.Equal(HttpStatusCode.Forbidden, outcome.Answer.StatusCode);
        Assert.Contains("not given access to the consortium", await outcome.Answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_districts_provider_cannot_get_anyone_into_another_district()
    {
        var (staff, _) = await StaffAsync();
        var (districtA, districtB) = (Guid.NewGuid(), Guid.NewGuid());
        var providerA = await ConnectAsync(staff, districtA, Rule("groups", "leads", Role.DistrictLead));
        var providerB = await ConnectAsync(staff, districtB, Rule("groups", "leads", Role.DistrictLead));
        // The person at the provider claims district B; A's provider still signs them into A only.
        var user = User(("groups", "leads"), ("district_id", districtB.ToString()));

        var throughA = await FederatedSignInFlow.SignInAsync(platform.Browser(), Guid.Parse(providerA.ProviderId), user);
        Assert.Equal(districtA.ToString(), new JsonWebToken(throughA.Tokens!.AccessToken).GetClaim("district_id").Value);

        // The same person at the same issuer, through B's provider: the account is A's, and stays A's.
        var before = await CountsAsync();
        var throughB = await FederatedSignInFlow.SignInAsync(platform.Browser(), Guid.Parse(providerB.ProviderId), user);
        Assert.Null(throughB.Tokens);
        Assert.Equal(HttpStatusCode.Forbidden, throughB.Answer.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_disabled_person_and_a_disabled_provider_are_refused()
    {
        var (staff, people) = await StaffAsync();
        var connected = await ConnectAsync(staff, Guid.NewGuid(), Rule("hd", "district.example.org", Role.Leader));
        var providerId = Guid.Parse(connected.ProviderId);
        var user = User(("hd", "district.example.org"));
        var first = await FederatedSignInFlow.SignInAsync(platform.Browser(), providerId, user);
        var subject = new JsonWebToken(first.Tokens!.AccessToken).Subject;

        await people.SetPersonEnabledAsync(new SetPersonEnabledRequest { PersonId = subject, Enabled = false });
        var disabledPerson = await FederatedSignInFlow.SignInAsync(platform.Browser(), providerId, user);
        Assert.Equal(HttpStatusCode.Forbidden, disabledPerson.Answer.StatusCode);
        Assert.Contains("disabled", await disabledPerson.Answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await people.SetPersonEnabledAsync(new SetPersonEnabledRequest { PersonId = subject, Enabled = true });
        await staff.SetExternalProviderEnabledAsync(new SetExternalProviderEnabledRequest { ProviderId = connected.ProviderId, Enabled = false });
        var page = await platform.Browser().GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        Assert.DoesNotContain(connected.DisplayName, page, StringComparison.Ordinal);
        var disabledProvider = await FederatedSignInFlow.SignInAsync(platform.Browser(), providerId, user);
        Assert.Null(disabledProvider.Tokens);
        Assert.Equal(HttpStatusCode.Forbidden, disabledProvider.Answer.StatusCode);
    }

    [Fact]
    public async Task A_withdrawn_districts_provider_signs_nobody_in_not_even_someone_new()
    {
        var (staff, _) = await StaffAsync();
        var district = Guid.NewGuid();
        var connected = await ConnectAsync(staff, district, Rule("groups", "leads", Role.DistrictLead));
        await platform.WithdrawDistrictAsync(district);

        // Applied asynchronously from the queue: wait (bounded) until the provider is off.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        while ((await staff.ListExternalProvidersAsync(new ListExternalProvidersRequest { DistrictId = district.ToString() })).Providers.Single().Enabled)
        {
            await Task.Delay(100, deadline.Token);
        }

        var before = await CountsAsync();
        var outcome = await FederatedSignInFlow.SignInAsync(platform.Browser(), Guid.Parse(connected.ProviderId), User(("groups", "leads")));
        Assert.Null(outcome.Tokens);
        Assert.Equal(HttpStatusCode.Forbidden, outcome.Answer.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_changed_client_secret_takes_effect_without_a_restart()
    {
        var (staff, _) = await StaffAsync();
        var connected = await ConnectAsync(staff, Guid.NewGuid(), Rule("groups", "leads", Role.DistrictLead));
        var providerId = Guid.Parse(connected.ProviderId);
        var user = User(("groups", "leads"));
        UpdateExternalProviderRequest Update(string secret) => new()
        {
            ProviderId = connected.ProviderId,
            DisplayName = connected.DisplayName,
            Issuer = connected.Issuer,
            ClientId = connected.ClientId,
            ClientSecret = secret,
            Rules = { connected.Rules },
        };

        // A wrong secret: the provider refuses the code exchange, so the sign-in does not complete.
        await staff.UpdateExternalProviderAsync(Update("not-the-secret"));
        var wrong = await FederatedSignInFlow.SignInAsync(platform.Browser(), providerId, user);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.Answer.StatusCode);
        Assert.Contains("did not complete", await wrong.Answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (clientId, secret) = provider.AddClient();
        var updated = Update(secret);
        updated.ClientId = clientId;
        await staff.UpdateExternalProviderAsync(updated);
        var right = await FederatedSignInFlow.SignInAsync(platform.Browser(), providerId, user);
        Assert.NotNull(right.Tokens);
    }

    [Fact]
    public async Task A_token_from_the_districts_provider_itself_is_refused_by_the_services()
    {
        var (clientId, secret) = provider.AddClient();
        using var http = new HttpClient();
        var response = await http.PostAsync(new Uri(provider.Issuer, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var foreign = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        Assert.Equal(ContractRoles.ConsortiumStaff, new JsonWebToken(foreign).GetClaim("role").Value);

        var districts = new DistrictsService.DistrictsServiceClient(platform.Districts(foreign));
        var error = await Assert.ThrowsAsync<RpcException>(async () => await districts.ListDistrictsAsync(new ListDistrictsRequest()));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        var identityApi = new ExternalProviderService.ExternalProviderServiceClient(platform.IdentityApi(foreign));
        var ownError = await Assert.ThrowsAsync<RpcException>(async () => await identityApi.ListExternalProvidersAsync(new ListExternalProvidersRequest()));
        Assert.Equal(StatusCode.Unauthenticated, ownError.StatusCode);
    }
}
