using System.Security.Claims;
using Consortium.Contracts.Security;
using Consortium.ServiceDefaults.Security;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Security;

/// <summary>An automation client is told apart from a person, and each API needs its own scope.</summary>
public class AutomationScopeTests
{
    [Fact]
    public void A_clients_token_is_an_automation_client_with_its_scopes()
    {
        var caller = Caller.From(Principal(
            new Claim(ClaimNames.Subject, "sis-sync"),
            new Claim(ClaimNames.Role, Roles.DistrictLead),
            new Claim(ClaimNames.Scope, "submissions.write other.read"),
            new Claim(ClaimNames.AutomationClient, "true")));

        Assert.True(caller.IsAutomationClient);
        Assert.Equal(["other.read", "submissions.write"], caller.Scopes.Order());
    }

    [Fact]
    public void A_persons_token_is_not()
    {
        var caller = Caller.From(Principal(new Claim(ClaimNames.Subject, "person-1"), new Claim(ClaimNames.Role, Roles.DistrictLead)));

        Assert.False(caller.IsAutomationClient);
        Assert.Empty(caller.Scopes);
    }

    [Theory]
    [InlineData("/consortium.submissions.v1.SubmissionsService/CreateSubmission", "submissions.write")]
    [InlineData("/consortium.districts.v1.DistrictsService/GetDistrict", "districts.write")]
    [InlineData("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", null)]
    public void Each_api_needs_its_own_scope(string method, string? scope) =>
        Assert.Equal(scope, AutomationScopeInterceptor.RequiredScope(method));

    private static ClaimsPrincipal Principal(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));
}
