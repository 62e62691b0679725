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

public sealed class PipelineEditPageTests : BunitContext
{
    private const string DistrictId = "6f1c0a52-0000-4000-8000-000000000001";
    private readonly FakePipeline _pipeline = new();
    private readonly BunitAuthorizationContext _auth;

    public PipelineEditPageTests()
    {
        this.AddPageDefaults();
        Services.AddSingleton<PipelineService.PipelineServiceClient>(_pipeline);
        _auth = AddAuthorization();
        _auth.SetAuthorized("lead").SetRoles(Roles.DistrictLead).SetClaims(new System.Security.Claims.Claim(ClaimNames.DistrictId, DistrictId));
    }

    [Fact]
    public void Enrolling_a_leader_the_service_refuses_names_the_field_and_keeps_what_was_typed()
    {
        _pipeline.EnrollFailure = FakeCalls.FieldViolation("role_started_on", "When they started in the role is required, and not in the future.");
        var page = Render<PipelineEdit>();
        page.Find("[data-testid=start-enroll]").Click();

        page.Find("[data-testid=leader-name]").Change("Ana Ruiz");
        page.Find("[data-testid=enroll-leader]").Click();

        Assert.Equal((DistrictId, "Ana Ruiz", "principal", PipelineStage.Aspiring), (_pipeline.LastEnroll!.DistrictId, _pipeline.LastEnroll.Name, _pipeline.LastEnroll.RoleCode, _pipeline.LastEnroll.Stage));
        Assert.Contains("When they started in the role is required", page.Find("[data-testid=enroll]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Ana Ruiz", page.Find("[data-testid=leader-name]").GetAttribute("value"));
    }

    [Fact]
    public async Task Staff_enroll_a_leader_into_the_district_they_choose()
    {
        _auth.SetRoles(Roles.ConsortiumStaff).SetClaims();
        var page = Render<PipelineEdit>();

        Assert.Empty(page.FindAll("[data-testid=start-enroll]"));
        Assert.Null(_pipeline.LastLeaders);
        await DistrictSearch.Choose(page, "lake");
        page.Find("[data-testid=start-enroll]").Click();
        page.Find("[data-testid=leader-name]").Change("Ana Ruiz");
        page.Find("[data-testid=enroll-leader]").Click();

        Assert.Equal(FakeDistrictList.Lakeside, _pipeline.LastLeaders!.DistrictId);
        Assert.Equal(FakeDistrictList.Lakeside, _pipeline.LastEnroll!.DistrictId);
    }

    [Fact]
    public void A_district_lead_edits_their_own_district_with_no_district_select()
    {
        var page = Render<PipelineEdit>();

        Assert.False(DistrictSearch.Has(page));
        Assert.Equal(DistrictId, _pipeline.LastLeaders!.DistrictId);
    }

    [Fact]
    public async Task A_stage_change_is_sent_under_the_leaders_version_and_the_list_shows_it()
    {
        var page = Render<PipelineEdit>();
        page.Find("button[aria-label='Update Sam Lee']").Click();
        Assert.True(page.Find("[data-testid=change-stage]").HasAttribute("disabled"));

        page.Find("[data-testid=stage-reason]").Change("Two strong years as principal");
        var newStage = page.FindComponents<MudBlazor.MudSelect<PipelineStage>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), "new-stage"));
        await page.InvokeAsync(() => newStage.Instance.ValueChanged.InvokeAsync(PipelineStage.Established));
        page.Find("[data-testid=change-stage]").Click();

        Assert.Equal(("leader-1", PipelineStage.Established, 5, "Two strong years as principal"), (_pipeline.LastStage!.LeaderId, _pipeline.LastStage.Stage, _pipeline.LastStage.ExpectedVersion, _pipeline.LastStage.Reason));
        Assert.Contains("Established", page.Find("[data-testid=edit-leaders] tbody tr").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_readiness_the_service_refuses_shows_its_error_beside_the_assessor()
    {
        _pipeline.AssessFailure = FakeCalls.FieldViolation("assessor", "Say who assessed (2–200 characters).");
        var page = Render<PipelineEdit>();
        page.Find("button[aria-label='Update Sam Lee']").Click();

        page.Find("[data-testid=assess]").Click();

        Assert.Equal(("leader-1", "principal", ReadinessLevel.Ready1To2Years), (_pipeline.LastAssess!.LeaderId, _pipeline.LastAssess.TargetRoleCode, _pipeline.LastAssess.Level));
        Assert.Contains("Say who assessed", page.Find("[data-testid=leader]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_back_a_stage_is_known_to_need_a_reason()
    {
        Assert.True(LeaderForms.IsBackward(PipelineStage.Established, PipelineStage.Emerging));
        Assert.False(LeaderForms.IsBackward(PipelineStage.Emerging, PipelineStage.Established));
        Assert.Null(LeaderForms.Day(null));
        Assert.Equal(new Google.Type.Date { Year = 2026, Month = 8, Day = 1 }, LeaderForms.Day(new DateTime(2026, 8, 1)));
    }

    [Fact]
    public void A_down_pipeline_service_is_one_sentence()
    {
        _pipeline.Down = true;

        var page = Render<PipelineEdit>();

        Assert.Single(page.FindAll("[role=alert]"));
        Assert.Contains("The Pipeline service is not answering right now", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=edit-leaders]"));
    }

    private sealed class FakePipeline : PipelineService.PipelineServiceClient
    {
        private Leader _leader = new()
        {
            LeaderId = "leader-1",
            DistrictId = DistrictId,
            Name = "Sam Lee",
            RoleCode = "principal",
            Stage = PipelineStage.Emerging,
            Status = LeaderStatus.Active,
            Version = 5,
        };

        public bool Down { get; set; }

        public RpcException? EnrollFailure { get; set; }

        public RpcException? AssessFailure { get; set; }

        public EnrollLeaderRequest? LastEnroll { get; private set; }

        public ChangeStageRequest? LastStage { get; private set; }

        public AssessReadinessRequest? LastAssess { get; private set; }

        public ListLeadersRequest? LastLeaders { get; private set; }

        public override AsyncUnaryCall<ListRolesResponse> ListRolesAsync(ListRolesRequest request, CallOptions options) =>
            Down ? FakeCalls.Fail<ListRolesResponse>(FakeCalls.Unavailable())
                : FakeCalls.Answer(new ListRolesResponse { Roles = { new Role { Code = "principal", Label = "Principal" }, new Role { Code = "assistant-principal", Label = "Assistant principal" } } });

        public override AsyncUnaryCall<ListLeadersResponse> ListLeadersAsync(ListLeadersRequest request, CallOptions options)
        {
            LastLeaders = request;
            return Down ? FakeCalls.Fail<ListLeadersResponse>(FakeCalls.Unavailable()) : FakeCalls.Answer(new ListLeadersResponse { Leaders = { _leader }, TotalSize = 1 });
        }

        public override AsyncUnaryCall<Leader> EnrollLeaderAsync(EnrollLeaderRequest request, CallOptions options)
        {
            LastEnroll = request;
            return EnrollFailure is not null ? FakeCalls.Fail<Leader>(EnrollFailure) : FakeCalls.Answer(new Leader { LeaderId = "leader-2", Name = request.Name, Stage = request.Stage });
        }

        public override AsyncUnaryCall<Leader> ChangeStageAsync(ChangeStageRequest request, CallOptions options)
        {
            LastStage = request;
            _leader = _leader.Clone();
            _leader.Stage = request.Stage;
            _leader.Version++;
            return FakeCalls.Answer(_leader);
        }

        public override AsyncUnaryCall<Leader> AssessReadinessAsync(AssessReadinessRequest request, CallOptions options)
        {
            LastAssess = request;
            return AssessFailure is not null ? FakeCalls.Fail<Leader>(AssessFailure) : FakeCalls.Answer(_leader);
        }
    }
}
