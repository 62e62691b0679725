using System.Security.Claims;
using Consortium.Contracts.Security;
using Consortium.ServiceDefaults.Security;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Security;

/// <summary>
/// The key per-caller state (idempotency records) is kept under: the same person acting for
/// another district, with other roles or from another issuer is another caller, so a request id
/// is never replayed to a principal that was not the one authorised (issue 10, attack 8).
/// </summary>
public class CallerKeyTests
{
    private static readonly Guid DistrictA = Guid.CreateVersion7();
    private static readonly Guid DistrictB = Guid.CreateVersion7();

    [Fact]
    public void The_same_principal_has_the_same_key_whatever_the_order_of_its_roles()
    {
        var first = Caller.From(Principal("https://id.consortium.example", "lead-1", DistrictA, Roles.DistrictLead, Roles.Leader));
        var again = Caller.From(Principal("https://id.consortium.example", "lead-1", DistrictA, Roles.Leader, Roles.DistrictLead));

        Assert.Equal(first.Key, again.Key);
    }

    [Fact]
    public void Another_district_role_or_issuer_is_another_caller()
    {
        var lead = Caller.From(Principal("https://id.consortium.example", "lead-1", DistrictA, Roles.DistrictLead));

        string[] others =
        [
            Caller.From(Principal("https://id.consortium.example", "lead-1", DistrictB, Roles.DistrictLead)).Key,
            Caller.From(Principal("https://id.consortium.example", "lead-1", DistrictA, Roles.Leader)).Key,
            Caller.From(Principal("https://idp.district-a.example", "lead-1", DistrictA, Roles.DistrictLead)).Key,
        ];

        Assert.All(others, key => Assert.NotEqual(lead.Key, key));
        Assert.Equal(3, others.Distinct().Count());
        Assert.Equal("https://id.consortium.example", lead.Issuer);
    }

    private static ClaimsPrincipal Principal(string issuer, string subject, Guid district, params string[] roles) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimNames.Subject, subject, ClaimValueTypes.String, issuer),
                new Claim(ClaimNames.DistrictId, district.ToString(), ClaimValueTypes.String, issuer),
                .. roles.Select(role => new Claim(ClaimNames.Role, role, ClaimValueTypes.String, issuer)),
            ],
            "test"));
}
