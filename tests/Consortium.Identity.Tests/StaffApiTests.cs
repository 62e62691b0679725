extern alias identity;

using System.Net;
using Consortium.Contracts.Identity.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using identity::Consortium.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using ContractRoles = Consortium.Contracts.Security.Roles;

namespace Consortium.Identity.Tests;

/// <summary>The staff API: invitations, roles, disabling, resets, automation clients, the audit trail.</summary>
public sealed class StaffApiTests(IdentityPlatformFixture platform) : IClassFixture<IdentityPlatformFixture>
{
    private const string Password = "Correct-Horse-9";

    private async Task<IdentityService.IdentityServiceClient> SignedInAsync(string role, Guid? districtId)
    {
        var person = await platform.CreatePersonAsync(role, districtId, Password);
        using var browser = platform.Browser();
        var tokens = await SignInFlow.SignInAsync(browser, person.Email!, Password);
        return new IdentityService.IdentityServiceClient(platform.IdentityApi(tokens.AccessToken));
    }

    private async Task<(int People, int Audit, int Clients)> CountsAsync()
    {
        await using var scope = platform.Identity.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        return (await db.Users.CountAsync(), await db.AuditEntries.CountAsync(), await db.AutomationClients.CountAsync());
    }

    [Fact]
    public async Task An_invited_person_sets_a_password_with_the_code_and_signs_in_with_the_invited_role()
    {
        var staff = await SignedInAsync(ContractRoles.ConsortiumStaff, null);
        var district = Guid.NewGuid();
        var email = $"{Guid.NewGuid():N}@district.example.org";
        var invitation = await staff.InvitePersonAsync(new InvitePersonRequest { Email = email, Role = Role.DistrictLead, DistrictId = district.ToString() });
        Assert.False(invitation.Person.HasPassword);

        using var browser = platform.Browser();
        var page = await browser.GetStringAsync(new Uri("/account/set-password", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var set = await browser.PostAsync(new Uri("/account/set-password", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["code"] = invitation.InvitationCode,
            ["password"] = "A-New-Password-7",
            ["confirm"] = "A-New-Password-7",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var tokens = await SignInFlow.SignInAsync(platform.Browser(), email, "A-New-Password-7");
        var claims = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(tokens.AccessToken);
        Assert.Equal(invitation.Person.PersonId, claims.Subject);
        Assert.Equal(ContractRoles.DistrictLead, claims.GetClaim("role").Value);
        Assert.Equal(district.ToString(), claims.GetClaim("district_id").Value);

        var audit = await staff.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 200 });
        Assert.Contains(audit.Entries, entry => entry.Action == "person.invited" && entry.Target == invitation.Person.PersonId);
    }

    [Fact]
    public async Task Bad_input_on_every_call_is_refused_with_field_violations_and_changes_nothing()
    {
        var staff = await SignedInAsync(ContractRoles.ConsortiumStaff, null);
        var before = await CountsAsync();
        var calls = new Dictionary<string, (Func<Task> Call, string Field)>
        {
            ["invite: bad e-mail"] = (async () => await staff.InvitePersonAsync(new InvitePersonRequest { Email = "not-an-address", Role = Role.ConsortiumStaff }), "email"),
            ["invite: no role"] = (async () => await staff.InvitePersonAsync(new InvitePersonRequest { Email = "a@b.org" }), "role"),
            ["invite: lead without district"] = (async () => await staff.InvitePersonAsync(new InvitePersonRequest { Email = "a@b.org", Role = Role.DistrictLead }), "district_id"),
            ["invite: staff with district"] = (async () => await staff.InvitePersonAsync(new InvitePersonRequest { Email = "a@b.org", Role = Role.ConsortiumStaff, DistrictId = Guid.NewGuid().ToString() }), "district_id"),
            ["list: bad district"] = (async () => await staff.ListPeopleAsync(new ListPeopleRequest { DistrictId = "x" }), "district_id"),
            ["list: negative page size"] = (async () => await staff.ListPeopleAsync(new ListPeopleRequest { PageSize = -1 }), "page_size"),
            ["change role: no person"] = (async () => await staff.ChangeRoleAsync(new ChangeRoleRequest { Role = Role.Leader, DistrictId = Guid.NewGuid().ToString() }), "person_id"),
            ["enable: bad person"] = (async () => await staff.SetPersonEnabledAsync(new SetPersonEnabledRequest { PersonId = "nope" }), "person_id"),
            ["reset: no person"] = (async () => await staff.ResetPasswordAsync(new ResetPasswordRequest()), "person_id"),
            ["client: no district"] = (async () => await staff.RegisterAutomationClientAsync(new RegisterAutomationClientRequest { DisplayName = "SIS" }), "district_id"),
            ["client: no name"] = (async () => await staff.RegisterAutomationClientAsync(new RegisterAutomationClientRequest { DistrictId = Guid.NewGuid().ToString() }), "display_name"),
            ["audit: bad token"] = (async () => await staff.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageToken = "garbage" }), "page_token"),
        };

        foreach (var (name, (call, field)) in calls)
        {
            var error = await Assert.ThrowsAsync<RpcException>(call);
            Assert.True(error.StatusCode == StatusCode.InvalidArgument, $"{name}: {error.StatusCode}");
            var badRequest = error.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>();
            Assert.True(badRequest?.FieldViolations.Any(v => v.Field == field) == true, $"{name}: {error.Status.Detail}");
        }

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Only_staff_may_use_the_staff_api()
    {
        var lead = await SignedInAsync(ContractRoles.DistrictLead, Guid.NewGuid());
        var error = await Assert.ThrowsAsync<RpcException>(async () => await lead.ListPeopleAsync(new ListPeopleRequest()));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        var anonymous = new IdentityService.IdentityServiceClient(platform.IdentityApi(null));
        var unauthenticated = await Assert.ThrowsAsync<RpcException>(async () => await anonymous.ListPeopleAsync(new ListPeopleRequest()));
        Assert.Equal(StatusCode.Unauthenticated, unauthenticated.StatusCode);
    }

    [Fact]
    public async Task A_registered_client_gets_tokens_with_its_secret_only_and_a_disabled_person_signs_in_again_only_when_enabled()
    {
        var staff = await SignedInAsync(ContractRoles.ConsortiumStaff, null);
        var client = await staff.RegisterAutomationClientAsync(new RegisterAutomationClientRequest { DistrictId = Guid.NewGuid().ToString(), DisplayName = "SIS export" });
        var (response, body) = await platform.ClientCredentialsAsync(client.ClientId, client.ClientSecret);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var (wrongSecret, _) = await platform.ClientCredentialsAsync(client.ClientId, "not-the-secret");
        Assert.False(wrongSecret.IsSuccessStatusCode);

        var person = await platform.CreatePersonAsync(ContractRoles.Leader, Guid.NewGuid(), Password);
        await staff.SetPersonEnabledAsync(new SetPersonEnabledRequest { PersonId = person.Id.ToString(), Enabled = false });
        var refused = await SignInFlow.PostSignInAsync(platform.Browser(), person.Email!, Password);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        await staff.SetPersonEnabledAsync(new SetPersonEnabledRequest { PersonId = person.Id.ToString(), Enabled = true });
        var allowed = await SignInFlow.PostSignInAsync(platform.Browser(), person.Email!, Password);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }
}
