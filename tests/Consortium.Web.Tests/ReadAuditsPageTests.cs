using Bunit;
using Bunit.TestDoubles;
using Consortium.Contracts.Identity.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Security;
using Consortium.Web.Components.Pages;
using Consortium.Web.Services;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class ReadAuditsPageTests : BunitContext
{
    private const string LakesideLeaderId = "4b0e6c1e-0000-4000-8000-0000000000aa";
    private readonly FakeReadAudits _insights = new();

    public ReadAuditsPageTests()
    {
        this.AddPageDefaults();
        Services.AddSingleton<InsightsService.InsightsServiceClient>(_insights);
        Services.AddSingleton<IdentityService.IdentityServiceClient>(new FakePeople());
        AddAuthorization().SetAuthorized("staff").SetRoles(Roles.ConsortiumStaff);
    }

    [Fact]
    public void Each_read_shows_who_asked_what_and_how_many_districts_they_saw()
    {
        var page = Render<ReadAudits>();

        var rows = page.FindAll("[data-testid=read-audits] tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("leader@lakeside.example", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("CompareTarget", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("12 districts", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(LakesideLeaderId, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("—", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("consortium-automation-7", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("", _insights.Requests.Single().CallerDistrictId);
    }

    [Fact]
    public async Task Choosing_a_district_asks_only_for_what_its_people_read()
    {
        var page = Render<ReadAudits>();

        await DistrictSearch.Choose(page, "lake");

        Assert.Equal(FakeDistrictList.Lakeside, _insights.Requests[^1].CallerDistrictId);
        Assert.Equal("", _insights.Requests[^1].PageToken);
    }

    [Fact]
    public void Staff_are_offered_the_read_audits()
    {
        var staff = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Roles.ConsortiumStaff)], "test"));

        Assert.Contains(Navigation.For(staff), item => item.Href == "/read-audits");
    }

    /// <summary>The people of each district asked about; the Lakeside leader is the first audit's reader.</summary>
    private sealed class FakePeople : IdentityService.IdentityServiceClient
    {
        public override AsyncUnaryCall<ListPeopleResponse> ListPeopleAsync(ListPeopleRequest request, CallOptions options) =>
            FakeCalls.Answer(request.DistrictId == FakeDistrictList.Lakeside
                ? new ListPeopleResponse { People = { new Person { PersonId = LakesideLeaderId, Email = "leader@lakeside.example", DistrictId = FakeDistrictList.Lakeside } } }
                : new ListPeopleResponse());
    }

    private sealed class FakeReadAudits : InsightsService.InsightsServiceClient
    {
        public List<ListReadAuditsRequest> Requests { get; } = [];

        public override AsyncUnaryCall<ListReadAuditsResponse> ListReadAuditsAsync(ListReadAuditsRequest request, CallOptions options)
        {
            Requests.Add(request);
            var at = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero));
            return FakeCalls.Answer(new ListReadAuditsResponse
            {
                Audits =
                {
                    new ReadAudit { AuditId = "a1", OccurTime = at, Subject = LakesideLeaderId, CallerRole = Roles.Leader, CallerDistrictId = FakeDistrictList.Lakeside, Operation = "CompareTarget", RevealedDistrictIds = { "d1", "d2" }, AggregateDistrictCount = 12 },
                    new ReadAudit { AuditId = "a2", OccurTime = at, Subject = "consortium-automation-7", CallerRole = Roles.ConsortiumStaff, Operation = "FindWhomToLearnFrom", RevealedDistrictIds = { "d3" } },
                },
            });
        }
    }
}
