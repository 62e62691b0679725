extern alias identity;

using System.Net;
using System.Security.Cryptography;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Testing.Services;
using Grpc.Core;
using identity::Consortium.Identity.Data;
using identity::Consortium.Identity.Signing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Consortium.Identity.Tests;

/// <summary>Tokens from the identity service, as a service that trusts it (Districts) sees them.</summary>
public sealed class AccessTests(IdentityPlatformFixture platform) : IClassFixture<IdentityPlatformFixture>
{
    private const string Password = "Correct-Horse-9";

    private static CreateDistrictRequest NewDistrict() => new()
    {
        Name = $"Identity test {Guid.NewGuid():N}"[..28],
        NcesLeaId = $"53{RandomNumberGenerator.GetInt32(100_000):00000}",
        State = "WA",
        LocaleCode = 21,
    };

    private async Task<string> SignInAsync(string role, Guid? districtId)
    {
        var person = await platform.CreatePersonAsync(role, districtId, Password);
        using var browser = platform.Browser();
        return (await SignInFlow.SignInAsync(browser, person.Email!, Password)).AccessToken;
    }

    [Fact]
    public async Task A_signed_in_lead_can_do_what_a_lead_may_and_nothing_else()
    {
        var staff = new DistrictsService.DistrictsServiceClient(platform.Districts(await SignInAsync(Roles.ConsortiumStaff, null)));
        var own = await staff.CreateDistrictAsync(NewDistrict(), cancellationToken: TestContext.Current.CancellationToken);
        var other = await staff.CreateDistrictAsync(NewDistrict(), cancellationToken: TestContext.Current.CancellationToken);

        var lead = new DistrictsService.DistrictsServiceClient(platform.Districts(await SignInAsync(Roles.DistrictLead, Guid.Parse(own.DistrictId))));

        Assert.Equal(own.DistrictId, (await lead.GetDistrictAsync(new GetDistrictRequest { DistrictId = own.DistrictId })).DistrictId);
        var create = await Assert.ThrowsAsync<RpcException>(async () => await lead.CreateDistrictAsync(NewDistrict()));
        Assert.Equal(StatusCode.PermissionDenied, create.StatusCode);
        var withdraw = await Assert.ThrowsAsync<RpcException>(async () => await lead.ChangeMembershipAsync(
            new ChangeMembershipRequest { RequestId = Guid.NewGuid().ToString(), DistrictId = own.DistrictId, NewStatus = MembershipStatus.Withdrawn, Reason = "Leaving" }));
        Assert.Equal(StatusCode.PermissionDenied, withdraw.StatusCode);
        var read = await Assert.ThrowsAsync<RpcException>(async () => await lead.GetContextProfileAsync(new GetContextProfileRequest { DistrictId = other.DistrictId, SchoolYear = "2025-26" }));
        Assert.Equal(StatusCode.PermissionDenied, read.StatusCode);
    }

    [Fact]
    public async Task Tokens_not_issued_and_signed_by_the_identity_service_are_refused()
    {
        var genuine = await SignInAsync(Roles.ConsortiumStaff, null);
        var handler = new JsonWebTokenHandler();
        var ring = platform.Identity.Services.GetRequiredService<SigningKeyRing>();
        var realKey = new X509SecurityKey(ring.SigningCertificates[0]);
        using var strangerRsa = RSA.Create(2048);
        var stranger = new RsaSecurityKey(strangerRsa) { KeyId = "not-a-published-key" };

        string Mint(SecurityKey key, string issuer, DateTime expires) => handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = identity::Consortium.Identity.IdentityNames.ApiAudience,
            Claims = new Dictionary<string, object> { ["sub"] = "intruder", [ClaimNames.Role] = Roles.ConsortiumStaff },
            NotBefore = expires.AddHours(-2),
            IssuedAt = expires.AddHours(-2),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

        var parts = genuine.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("consortium-staff", "consortium-staff\",\"x\":\"y", StringComparison.Ordinal);
        var refused = new Dictionary<string, string>
        {
            ["tampered"] = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}",
            ["another issuer, real key"] = Mint(realKey, "http://identity.example.org/", DateTime.UtcNow.AddMinutes(10)),
            ["expired, real key"] = Mint(realKey, IdentityPlatformFixture.Issuer, DateTime.UtcNow.AddMinutes(-10)),
            ["unknown key id"] = Mint(stranger, IdentityPlatformFixture.Issuer, DateTime.UtcNow.AddMinutes(10)),
        };

        // The genuine token works, so each refusal is about the token, not the set-up.
        var accepted = new DistrictsService.DistrictsServiceClient(platform.Districts(genuine));
        await accepted.ListDistrictsAsync(new ListDistrictsRequest());
        foreach (var (kind, token) in refused)
        {
            var client = new DistrictsService.DistrictsServiceClient(platform.Districts(token));
            var error = await Assert.ThrowsAsync<RpcException>(async () => await client.ListDistrictsAsync(new ListDistrictsRequest()));
            Assert.True(error.StatusCode == StatusCode.Unauthenticated, $"{kind}: {error.StatusCode}");
        }
    }

    [Fact]
    public async Task A_disabled_accounts_refresh_fails_and_a_refresh_token_is_used_once()
    {
        var person = await platform.CreatePersonAsync(Roles.Leader, Guid.NewGuid(), Password);
        using var browser = platform.Browser();
        var tokens = await SignInFlow.SignInAsync(browser, person.Email!, Password);

        var (refreshed, body) = await SignInFlow.RefreshAsync(browser, tokens.RefreshToken);
        Assert.True(refreshed.IsSuccessStatusCode, body.ToString());
        var rotated = body.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(tokens.RefreshToken, rotated);

        await using (var scope = platform.Identity.Services.CreateAsyncScope())
        {
            var people = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
            var stored = await people.FindByIdAsync(person.Id.ToString());
            stored!.DisabledAt = DateTimeOffset.UtcNow;
            await people.UpdateAsync(stored);
        }

        var (afterDisable, error) = await SignInFlow.RefreshAsync(browser, rotated);
        Assert.Equal(HttpStatusCode.BadRequest, afterDisable.StatusCode);
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var person = await platform.CreatePersonAsync(Roles.Leader, Guid.NewGuid(), Password);
        using var browser = platform.Browser();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var wrong = await SignInFlow.PostSignInAsync(browser, person.Email!, "Wrong-Password-1");
            Assert.NotEqual(HttpStatusCode.Redirect, wrong.StatusCode);
        }

        var right = await SignInFlow.PostSignInAsync(browser, person.Email!, Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task The_client_of_district_A_acts_for_A_only_and_only_in_the_APIs_its_scopes_name()
    {
        var staff = new DistrictsService.DistrictsServiceClient(platform.Districts(await SignInAsync(Roles.ConsortiumStaff, null)));
        var a = await staff.CreateDistrictAsync(NewDistrict());
        var (clientId, secret) = await platform.CreateAutomationClientAsync(Guid.Parse(a.DistrictId));
        var (response, body) = await platform.ClientCredentialsAsync(clientId, secret);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var accessToken = body.GetProperty("access_token").GetString()!;

        // Its token is its district's (the services' own rules keep a lead to its district) ...
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(accessToken);
        Assert.Equal(a.DistrictId, token.GetClaim(ClaimNames.DistrictId).Value);
        Assert.Equal("true", token.GetClaim(ClaimNames.AutomationClient).Value);

        // ... and scope submissions.write opens Submissions only: Districts refuses even its own district.
        var client = new DistrictsService.DistrictsServiceClient(platform.Districts(accessToken));
        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.GetDistrictAsync(new GetDistrictRequest { DistrictId = a.DistrictId }));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("districts.write", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_districts_people_and_clients_lose_access()
    {
        var districtId = Guid.NewGuid();
        var person = await platform.CreatePersonAsync(Roles.DistrictLead, districtId, Password);
        var (clientId, secret) = await platform.CreateAutomationClientAsync(districtId);
        using var browser = platform.Browser();
        var tokens = await SignInFlow.SignInAsync(browser, person.Email!, Password);

        await platform.WithdrawDistrictAsync(districtId);

        // Applied asynchronously from the queue: wait (bounded) until the client is refused.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        while ((await platform.ClientCredentialsAsync(clientId, secret)).Response.IsSuccessStatusCode)
        {
            await Task.Delay(100, deadline.Token);
        }

        var (refresh, _) = await SignInFlow.RefreshAsync(browser, tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        var signIn = await SignInFlow.PostSignInAsync(platform.Browser(), person.Email!, Password);
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}
