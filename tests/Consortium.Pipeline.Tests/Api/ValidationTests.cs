using Consortium.Contracts.Pipeline.V1;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;
using MemberDistrict = Consortium.Pipeline.Domain.MemberDistrict;
using PipelineRules = Consortium.Pipeline.Domain.PipelineRules;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>Bad input gets every field error at once and writes nothing; rule breaks name their rule code.</summary>
public sealed class ValidationTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task Enrolling_with_bad_fields_names_each_and_writes_nothing()
    {
        var district = await fixture.NewDistrictAsync();
        var request = new EnrollLeaderRequest
        {
            DistrictId = district.ToString(),
            Name = "",
            Email = "nope",
            RoleCode = "wizard",
        };

        await RpcAssert.InvalidFields(async () => await fixture.LeadOf(district).EnrollLeaderAsync(request), "name", "email", "role_code", "role_started_on", "stage");
        // A date that is not on the calendar is reported on its own field.
        request = PipelineServiceFixture.NewLeader(district);
        request.RoleStartedOn = new Google.Type.Date { Year = 2024, Month = 2, Day = 30 };
        await RpcAssert.InvalidFields(async () => await fixture.LeadOf(district).EnrollLeaderAsync(request), "role_started_on");

        Assert.Equal(0, await fixture.CountLeadersAsync(district));
    }

    [Fact]
    public async Task A_backward_stage_change_without_reason_is_a_precondition_failure_and_changes_nothing()
    {
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district, stage: PipelineStage.Established);
        var lead = fixture.LeadOf(district);

        await RpcAssert.RuleViolated(
            async () => await lead.ChangeStageAsync(new ChangeStageRequest { LeaderId = leader.LeaderId, Stage = PipelineStage.Aspiring }),
            PipelineRules.StageBackwardNeedsReason);
        await RpcAssert.InvalidFields(
            async () => await lead.ChangeStageAsync(new ChangeStageRequest { LeaderId = leader.LeaderId }),
            "stage");

        var unchanged = await lead.GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });
        Assert.Equal(leader, unchanged);
    }

    [Fact]
    public async Task Readiness_needs_a_known_role_a_level_and_an_assessor()
    {
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district);

        await RpcAssert.InvalidFields(
            async () => await fixture.LeadOf(district).AssessReadinessAsync(new AssessReadinessRequest { LeaderId = leader.LeaderId, TargetRoleCode = "astronaut" }),
            "target_role_code", "level", "assessor");
    }

    [Fact]
    public async Task A_critical_role_for_a_district_never_announced_is_refused_naming_the_field()
    {
        var unknown = Guid.NewGuid();
        var staff = fixture.Staff();

        var failure = await RpcAssert.RuleViolated(
            async () => await staff.DefineCriticalRoleAsync(new DefineCriticalRoleRequest { DistrictId = unknown.ToString(), Title = "Principal, Lincoln HS", RoleCode = "principal" }),
            MemberDistrict.NotMemberRule);

        Assert.Contains("district_id", Assert.Single(failure.Violations).Description, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.QueryAsync(db => db.CriticalRoles.CountAsync(r => r.DistrictId == unknown)));
    }

    [Fact]
    public async Task A_slate_naming_a_leader_of_another_district_is_refused()
    {
        var district = await fixture.NewDistrictAsync();
        var outsider = await fixture.EnrollAsync(await fixture.NewDistrictAsync());
        var lead = fixture.LeadOf(district);
        var role = await lead.DefineCriticalRoleAsync(new DefineCriticalRoleRequest { DistrictId = district.ToString(), Title = "Principal, Lincoln HS", RoleCode = "principal" });

        var request = new SetSuccessionSlateRequest { CriticalRoleId = role.CriticalRoleId };
        request.Successors.Add(new Successor { LeaderId = outsider.LeaderId, Readiness = ReadinessLevel.ReadyNow });
        request.Successors.Add(new Successor { LeaderId = "not-an-id" });

        await RpcAssert.InvalidFields(
            async () => await lead.SetSuccessionSlateAsync(request),
            "successors[1].leader_id", "successors[1].readiness");
        request.Successors.RemoveAt(1);
        await RpcAssert.InvalidFields(async () => await lead.SetSuccessionSlateAsync(request), "successors[0].leader_id");
    }

    [Fact]
    public async Task A_negative_page_size_and_a_foreign_page_token_are_field_errors()
    {
        var staff = fixture.Staff();

        await RpcAssert.InvalidFields(async () => await staff.ListLeadersAsync(new ListLeadersRequest { PageSize = -1 }), "page_size");
        await RpcAssert.InvalidFields(async () => await staff.ListLeadersAsync(new ListLeadersRequest { PageToken = "garbage" }), "page_token");
    }

    [Fact]
    public async Task Leaders_are_enrolled_in_and_moved_to_active_member_districts_only()
    {
        var unknown = Guid.CreateVersion7();
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district);

        await RpcAssert.RuleViolated(async () => await fixture.Staff().EnrollLeaderAsync(PipelineServiceFixture.NewLeader(unknown)), MemberDistrict.NotMemberRule);
        await RpcAssert.RuleViolated(
            async () => await fixture.LeadOf(district).MoveLeaderAsync(new MoveLeaderRequest { LeaderId = leader.LeaderId, ToDistrictId = unknown.ToString() }),
            MemberDistrict.NotMemberRule);
        Assert.Empty((await fixture.LeadOf(district).GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId })).Moves);
    }
}
