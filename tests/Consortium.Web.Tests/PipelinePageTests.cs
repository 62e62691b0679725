using Bunit;
using Bunit.TestDoubles;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Security;
using Consortium.Web.Components.Pages;
using Consortium.Web.Services;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class PipelinePageTests : BunitContext
{
    private const string DistrictId = "6f1c0a52-0000-4000-8000-000000000001";
    private readonly FakePipeline _pipeline = new();
    private readonly BunitAuthorizationContext _auth;

    public PipelinePageTests()
    {
        this.AddPageDefaults();
        Services.AddSingleton<PipelineService.PipelineServiceClient>(_pipeline);
        _auth = AddAuthorization();
        _auth.SetAuthorized("lead").SetRoles(Roles.DistrictLead).SetClaims(new System.Security.Claims.Claim(ClaimNames.DistrictId, DistrictId));
    }

    [Fact]
    public void Leaders_show_their_stage_and_latest_readiness()
    {
        var page = Render<Pipeline>();

        var row = page.Find("[data-testid=leaders] tbody tr").TextContent;
        Assert.Contains("Ana Ruiz", row, StringComparison.Ordinal);
        Assert.Contains("Emerging", row, StringComparison.Ordinal);
        Assert.Contains("Ready now for PRINCIPAL (2 Mar 2026)", row, StringComparison.Ordinal);
        Assert.Equal([DistrictId], _pipeline.DistrictsAsked.Distinct());
        Assert.False(DistrictSearch.Has(page));
    }

    [Fact]
    public async Task Staff_see_the_pipeline_of_the_district_they_choose()
    {
        _auth.SetRoles(Roles.ConsortiumStaff).SetClaims();
        var page = Render<Pipeline>();

        Assert.Empty(_pipeline.DistrictsAsked);
        Assert.Empty(page.FindAll("[data-testid=leaders]"));
        await DistrictSearch.Choose(page, "hill");

        Assert.Equal([FakeDistrictList.Hillview], _pipeline.DistrictsAsked.Distinct());
        Assert.Contains("Ana Ruiz", page.Find("[data-testid=leaders]").TextContent, StringComparison.Ordinal);
        Assert.Contains("1 of 2 critical roles", page.Find("[data-testid=coverage]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Staff_are_offered_the_pipeline_pages()
    {
        var staff = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(ClaimNames.Role, Roles.ConsortiumStaff)], "test", ClaimNames.Name, ClaimNames.Role));

        var links = Navigation.For(staff).Select(item => item.Href).ToList();

        Assert.Contains("/pipeline", links);
        Assert.Contains("/edit-pipeline", links);
    }

    [Fact]
    public void Succession_names_holders_and_successors_and_says_which_roles_are_uncovered()
    {
        var page = Render<Pipeline>();

        Assert.Contains("1 of 2 critical roles (50.0 %)", page.Find("[data-testid=coverage]").TextContent, StringComparison.Ordinal);
        var rows = page.FindAll("[data-testid=critical-roles] tbody tr").Select(r => r.TextContent).ToList();
        // The holder is not on the leaders page shown: looked up by id.
        Assert.Contains("Sam Lee", rows[0], StringComparison.Ordinal);
        Assert.Contains("Ana Ruiz (Ready now)", rows[0], StringComparison.Ordinal);
        Assert.Contains("Vacant", rows[1], StringComparison.Ordinal);
        Assert.Contains("No: nobody ready now", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_down_pipeline_service_is_said_on_both_parts()
    {
        _pipeline.Down = true;

        var page = Render<Pipeline>();

        Assert.Equal(2, page.FindAll("[role=alert]").Count);
        Assert.Empty(page.FindAll("[data-testid=leaders]"));
    }

    private sealed class FakePipeline : PipelineService.PipelineServiceClient
    {
        public bool Down { get; set; }

        /// <summary>The districts whose leaders or coverage were asked for, in order.</summary>
        public List<string> DistrictsAsked { get; } = [];

        public override AsyncUnaryCall<ListLeadersResponse> ListLeadersAsync(ListLeadersRequest request, CallOptions options)
        {
            DistrictsAsked.Add(request.DistrictId);
            if (Down)
            {
                return FakeCalls.Fail<ListLeadersResponse>(FakeCalls.Unavailable());
            }

            var ana = new Leader { LeaderId = "l-1", Name = "Ana Ruiz", RoleCode = "AP", Stage = PipelineStage.Emerging, Status = LeaderStatus.Active };
            ana.Readiness.Add(new ReadinessAssessment { TargetRoleCode = "AP", Level = ReadinessLevel.Ready3PlusYears });
            ana.Readiness.Add(new ReadinessAssessment { TargetRoleCode = "PRINCIPAL", Level = ReadinessLevel.ReadyNow, AssessedOn = new Google.Type.Date { Year = 2026, Month = 3, Day = 2 } });
            return FakeCalls.Answer(new ListLeadersResponse { Leaders = { ana }, TotalSize = 1 });
        }

        public override AsyncUnaryCall<Leader> GetLeaderAsync(GetLeaderRequest request, CallOptions options) =>
            FakeCalls.Answer(new Leader { LeaderId = request.LeaderId, Name = "Sam Lee" });

        public override AsyncUnaryCall<SuccessionCoverage> GetSuccessionCoverageAsync(GetSuccessionCoverageRequest request, CallOptions options)
        {
            DistrictsAsked.Add(request.DistrictId);
            if (Down)
            {
                return FakeCalls.Fail<SuccessionCoverage>(FakeCalls.Unavailable());
            }

            var covered = new CriticalRole { Title = "Principal, Lincoln High", IncumbentLeaderId = "l-9", Covered = true, Successors = { new Successor { LeaderId = "l-1", Readiness = ReadinessLevel.ReadyNow } } };
            var vacant = new CriticalRole { Title = "Director of Curriculum", Covered = false };
            return FakeCalls.Answer(new SuccessionCoverage { CriticalRoleCount = 2, CoveredRoleCount = 1, CoveragePercent = new Google.Type.Decimal { Value = "50.0" }, CriticalRoles = { covered, vacant } });
        }
    }
}
