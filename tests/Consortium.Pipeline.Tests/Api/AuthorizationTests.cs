using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Security;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>Person-level data: the leader's district and staff; a leader sees only themself.</summary>
public sealed class AuthorizationTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task A_lead_of_one_district_can_neither_see_nor_change_another_districts_leaders()
    {
        var a = await fixture.NewDistrictAsync();
        var b = await fixture.NewDistrictAsync();
        var leaderOfB = await fixture.EnrollAsync(b);
        var leadOfA = fixture.LeadOf(a);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfA.GetLeaderAsync(new GetLeaderRequest { LeaderId = leaderOfB.LeaderId }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfA.ListLeadersAsync(new ListLeadersRequest { DistrictId = b.ToString() }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfA.EnrollLeaderAsync(PipelineServiceFixture.NewLeader(b)));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await leadOfA.ChangeStageAsync(new ChangeStageRequest { LeaderId = leaderOfB.LeaderId, Stage = PipelineStage.Established }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfA.GetSuccessionCoverageAsync(new GetSuccessionCoverageRequest { DistrictId = b.ToString() }));

        var ownList = await leadOfA.ListLeadersAsync(new ListLeadersRequest());
        Assert.DoesNotContain(ownList.Leaders, l => l.LeaderId == leaderOfB.LeaderId);
        Assert.Equal(leaderOfB, await fixture.Staff().GetLeaderAsync(new GetLeaderRequest { LeaderId = leaderOfB.LeaderId }));
    }

    [Fact]
    public async Task A_leader_sees_only_their_own_record_and_cannot_change_it()
    {
        var district = await fixture.NewDistrictAsync();
        var subject = $"leader-{Guid.NewGuid():N}";
        var me = await fixture.EnrollAsync(district, "Me Myself", subject: subject);
        var colleague = await fixture.EnrollAsync(district, "A Colleague");
        var asLeader = fixture.LeaderSignedInAs(subject, district);

        Assert.Equal(me, await asLeader.GetLeaderAsync(new GetLeaderRequest { LeaderId = me.LeaderId }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await asLeader.GetLeaderAsync(new GetLeaderRequest { LeaderId = colleague.LeaderId }));
        var list = await asLeader.ListLeadersAsync(new ListLeadersRequest { DistrictId = district.ToString() });
        Assert.Equal([me.LeaderId], list.Leaders.Select(l => l.LeaderId));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await asLeader.ChangeStageAsync(new ChangeStageRequest { LeaderId = me.LeaderId, Stage = PipelineStage.SystemLeader }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await asLeader.GetSuccessionCoverageAsync(new GetSuccessionCoverageRequest { DistrictId = district.ToString() }));
    }

    [Fact]
    public async Task Staff_see_every_district_and_only_staff_add_roles()
    {
        var a = await fixture.EnrollAsync(await fixture.NewDistrictAsync());
        var b = await fixture.EnrollAsync(await fixture.NewDistrictAsync());

        var all = await fixture.Staff().ListLeadersAsync(new ListLeadersRequest { PageSize = 200 });
        Assert.Contains(all.Leaders, l => l.LeaderId == a.LeaderId);
        Assert.Contains(all.Leaders, l => l.LeaderId == b.LeaderId);

        var code = $"dean-{Guid.NewGuid():N}"[..20];
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await fixture.LeadOf(Guid.Parse(a.DistrictId)).AddRoleAsync(new AddRoleRequest { Code = code, Label = "Dean of students" }));
        var added = await fixture.Staff().AddRoleAsync(new AddRoleRequest { Code = code, Label = "Dean of students" });
        var roles = await fixture.LeaderSignedInAs("anyone", Guid.Parse(a.DistrictId)).ListRolesAsync(new ListRolesRequest());
        Assert.Equal("teacher-leader", roles.Roles[0].Code);
        Assert.Contains(added, roles.Roles);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, async () => await fixture.Staff().AddRoleAsync(new AddRoleRequest { Code = code, Label = "Again" }));
    }

    [Fact]
    public async Task Anonymous_callers_are_rejected()
    {
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await fixture.Client(token: null).ListRolesAsync(new ListRolesRequest()));
        var forged = TestTokenIssuer.CreateRandom().Issue("intruder", Roles.ConsortiumStaff);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await fixture.Client(forged).ListLeadersAsync(new ListLeadersRequest()));
    }
}
