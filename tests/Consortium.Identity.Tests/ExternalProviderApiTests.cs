extern alias identity;

using Consortium.Contracts.Identity.V1;
using Grpc.Core;
using identity::Consortium.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using ContractRoles = Consortium.Contracts.Security.Roles;

namespace Consortium.Identity.Tests;

/// <summary>The staff API over districts' providers: validation, the protected secret, paging, the audit trail.</summary>
[Collection(typeof(FederationCollection))]
public sealed class ExternalProviderApiTests(IdentityPlatformFixture platform)
{
    private const string Password = "Correct-Horse-9";

    private static readonly string[] EverythingWrongFields =
        ["district_id", "display_name", "issuer", "client_id", "client_secret", "rules[0].role", "rules[1].claim_type", "rules[1].claim_value", "rules[1].role"];

    private async Task<ExternalProviderService.ExternalProviderServiceClient> SignedInAsync(string role, Guid? districtId)
    {
        var person = await platform.CreatePersonAsync(role, districtId, Password);
        var tokens = await SignInFlow.SignInAsync(platform.Browser(), person.Email!, Password);
        return new ExternalProviderService.ExternalProviderServiceClient(platform.IdentityApi(tokens.AccessToken));
    }

    private static CreateExternalProviderRequest Valid(Guid districtId) => new()
    {
        DistrictId = districtId.ToString(),
        DisplayName = "Cedar Ridge SD (Microsoft)",
        Issuer = "https://login.microsoftonline.com/5f1c0a4e-0000-4000-8000-000000000001/v2.0",
        ClientId = "consortium-app",
        ClientSecret = "s3cret-from-entra",
        Rules = { new RoleRule { ClaimType = "groups", ClaimValue = "benchmark-leads", Role = Role.DistrictLead } },
        Enabled = true,
    };

    private async Task<(int Providers, int Rules, int Audit)> CountsAsync()
    {
        await using var scope = platform.Identity.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        return (await db.ExternalProviders.CountAsync(), await db.Set<ExternalRoleRule>().CountAsync(), await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_changes_nothing()
    {
        var staff = await SignedInAsync(ContractRoles.ConsortiumStaff, null);
        var existing = await staff.CreateExternalProviderAsync(Valid(Guid.NewGuid()));
        var before = await CountsAsync();

        var everythingWrong = new CreateExternalProviderRequest
        {
            DistrictId = "not-a-uuid",
            DisplayName = " ",
            Issuer = "http://idp.district.example.org/",
            ClientId = string.Empty,
            ClientSecret = string.Empty,
            Rules =
            {
                new RoleRule { ClaimType = "groups", ClaimValue = "admins", Role = Role.ConsortiumStaff },
                new RoleRule { ClaimType = " ", ClaimValue = string.Empty, Role = Role.Unspecified },
            },
        };
        var error = await Assert.ThrowsAsync<RpcException>(async () => await staff.CreateExternalProviderAsync(everythingWrong));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field).ToHashSet();
        Assert.Equivalent(EverythingWrongFields, fields);

        var calls = new Dictionary<string, (Func<Task> Call, string Field)>
        {
            ["create: issuer with a query"] = (async () => await staff.CreateExternalProviderAsync(WithIssuer("https://idp.example.org/?tenant=1")), "issuer"),
            ["create: not a URL"] = (async () => await staff.CreateExternalProviderAsync(WithIssuer("idp.example.org")), "issuer"),
            ["create: no rules"] = (async () => await staff.CreateExternalProviderAsync(WithoutRules()), "rules"),
            ["update: no provider"] = (async () => await staff.UpdateExternalProviderAsync(new UpdateExternalProviderRequest { DisplayName = "x", Issuer = "https://a.example.org/", ClientId = "c", Rules = { existing.Rules } }), "provider_id"),
            ["update: staff rule"] = (async () => await staff.UpdateExternalProviderAsync(new UpdateExternalProviderRequest
            {
                ProviderId = existing.ProviderId,
                DisplayName = "x",
                Issuer = "https://a.example.org/",
                ClientId = "c",
                Rules = { new RoleRule { ClaimType = "groups", ClaimValue = "it", Role = Role.ConsortiumStaff } },
            }), "rules[0].role"),
            ["enable: bad id"] = (async () => await staff.SetExternalProviderEnabledAsync(new SetExternalProviderEnabledRequest { ProviderId = "x" }), "provider_id"),
            ["list: bad district"] = (async () => await staff.ListExternalProvidersAsync(new ListExternalProvidersRequest { DistrictId = "x" }), "district_id"),
            ["list: bad token"] = (async () => await staff.ListExternalProvidersAsync(new ListExternalProvidersRequest { PageToken = "garbage" }), "page_token"),
        };
        foreach (var (name, (call, field)) in calls)
        {
            var refused = await Assert.ThrowsAsync<RpcException>(call);
            Assert.True(refused.StatusCode == StatusCode.InvalidArgument, $"{name}: {refused.StatusCode}");
            var badRequest = refused.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>();
            Assert.True(badRequest?.FieldViolations.Any(v => v.Field == field) == true, $"{name}: {refused.Status.Detail}");
        }

        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await staff.SetExternalProviderEnabledAsync(new SetExternalProviderEnabledRequest { ProviderId = Guid.NewGuid().ToString() }));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(before, await CountsAsync());

        static CreateExternalProviderRequest WithIssuer(string issuer)
        {
            var request = Valid(Guid.NewGuid());
            request.Issuer = issuer;
            return request;
        }

        static CreateExternalProviderRequest WithoutRules()
        {
            var request = Valid(Guid.NewGuid());
            request.Rules.Clear();
            return request;
        }
    }

    [Fact]
    public async Task The_secret_is_kept_protected_never_returned_and_every_change_is_audited()
    {
        var staff = await SignedInAsync(ContractRoles.ConsortiumStaff, null);
        var created = await staff.CreateExternalProviderAsync(Valid(Guid.NewGuid()));
        Assert.True(created.HasClientSecret);
        Assert.Equal($"{IdentityPlatformFixture.Issuer}account/external/callback", created.RedirectUri);
        Assert.DoesNotContain("s3cret-from-entra", created.ToString(), StringComparison.Ordinal);

        var update = new UpdateExternalProviderRequest
        {
            ProviderId = created.ProviderId,
            DisplayName = "Cedar Ridge SD",
            Issuer = created.Issuer,
            ClientId = created.ClientId,
            Rules = { new RoleRule { ClaimType = "roles", ClaimValue = "Leader", Role = Role.Leader } },
        };
        var updated = await staff.UpdateExternalProviderAsync(update);
        Assert.Equal(Role.Leader, updated.Rules.Single().Role);
        await staff.SetExternalProviderEnabledAsync(new SetExternalProviderEnabledRequest { ProviderId = created.ProviderId, Enabled = false });

        await using (var scope = platform.Identity.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
            var stored = await db.ExternalProviders.AsNoTracking().SingleAsync(p => p.Id == Guid.Parse(created.ProviderId));
            // The empty secret of the update kept the stored one; it is stored protected, not as given.
            Assert.NotEqual("s3cret-from-entra", stored.ProtectedClientSecret);
            Assert.DoesNotContain("s3cret-from-entra", stored.ProtectedClientSecret, StringComparison.Ordinal);
            // The key that protected it is in the database: readable by every instance and after a restart.
            Assert.NotEmpty(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
            var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Target == created.ProviderId).OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(["provider.created", "provider.updated", "provider.disabled"], audit.Select(e => e.Action));
            Assert.All(audit, entry => Assert.DoesNotContain("s3cret", entry.Details, StringComparison.Ordinal));
        }

    }

    [Fact]
    public async Task Providers_are_listed_a_page_at_a_time_by_district_and_only_for_staff()
    {
        var staff = await SignedInAsync(ContractRoles.ConsortiumStaff, null);
        var district = Guid.NewGuid();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await staff.CreateExternalProviderAsync(Valid(district))).ProviderId);
        }

        var first = await staff.ListExternalProvidersAsync(new ListExternalProvidersRequest { DistrictId = district.ToString(), PageSize = 2 });
        var second = await staff.ListExternalProvidersAsync(new ListExternalProvidersRequest { DistrictId = district.ToString(), PageSize = 2, PageToken = first.NextPageToken });
        Assert.Equal(ids, first.Providers.Concat(second.Providers).Select(p => p.ProviderId));
        Assert.Empty(second.NextPageToken);

        var lead = await SignedInAsync(ContractRoles.DistrictLead, district);
        var denied = await Assert.ThrowsAsync<RpcException>(async () => await lead.ListExternalProvidersAsync(new ListExternalProvidersRequest()));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }
}
