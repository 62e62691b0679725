using Consortium.Contracts.Pipeline.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>The staff-defined framework and ratings: the district rates from any source, a leader only themself.</summary>
public sealed class CompetencyTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task Staff_define_the_framework_and_everyone_signed_in_may_read_it()
    {
        var code = $"managing-change-{Guid.NewGuid():N}"[..30];
        var district = await fixture.NewDistrictAsync();
        var request = new DefineCompetencyRequest { Code = code, Domain = "Managing change", Label = "Leads change with staff and community" };

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await fixture.LeadOf(district).DefineCompetencyAsync(request));
        var defined = await fixture.Staff().DefineCompetencyAsync(request);

        var framework = await fixture.LeaderSignedInAs("someone", district).ListCompetenciesAsync(new ListCompetenciesRequest());
        Assert.Contains(defined, framework.Competencies);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, async () => await fixture.Staff().DefineCompetencyAsync(request));
        await RpcAssert.InvalidFields(async () => await fixture.Staff().DefineCompetencyAsync(new DefineCompetencyRequest { Code = "Bad Code" }), "code", "domain", "label");
    }

    [Fact]
    public async Task The_framework_and_the_role_list_are_paged_in_order_without_gaps_or_repeats()
    {
        var domain = $"Domain {Guid.NewGuid():N}";
        var defined = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            defined.Add(await fixture.NewCompetencyAsync(domain));
        }

        var staff = fixture.Staff();
        var competencies = new List<Competency>();
        var request = new ListCompetenciesRequest { PageSize = 2 };
        do
        {
            var page = await staff.ListCompetenciesAsync(request);
            Assert.True(page.Competencies.Count <= 2);
            competencies.AddRange(page.Competencies);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        Assert.Equal(competencies.Count, competencies.DistinctBy(c => c.Code).Count());
        Assert.Equal(defined, competencies.Where(c => c.Domain == domain).Select(c => c.Code));
        Assert.Equal(competencies, (await staff.ListCompetenciesAsync(new ListCompetenciesRequest { PageSize = 200 })).Competencies);

        var roles = new List<string>();
        var rolesRequest = new ListRolesRequest { PageSize = 3 };
        do
        {
            var page = await staff.ListRolesAsync(rolesRequest);
            roles.AddRange(page.Roles.Select(r => r.Code));
            rolesRequest.PageToken = page.NextPageToken;
        }
        while (rolesRequest.PageToken.Length > 0);

        Assert.Equal((await staff.ListRolesAsync(new ListRolesRequest())).Roles.Select(r => r.Code), roles);
        Assert.Equal(["teacher-leader", "instructional-coach", "assistant-principal"], roles.Take(3));
        await RpcAssert.InvalidFields(async () => await staff.ListRolesAsync(new ListRolesRequest { PageToken = "garbage" }), "page_token");
    }

    [Fact]
    public async Task A_leader_may_add_only_a_self_rating_to_their_own_record()
    {
        var code = $"equity-{Guid.NewGuid():N}"[..20];
        await fixture.Staff().DefineCompetencyAsync(new DefineCompetencyRequest { Code = code, Domain = "Equity leadership", Label = "Uses data to close gaps" });
        var district = await fixture.NewDistrictAsync();
        var subject = $"leader-{Guid.NewGuid():N}";
        var me = await fixture.EnrollAsync(district, "Self Rater", subject: subject);
        var colleague = await fixture.EnrollAsync(district, "Other Person");
        var asLeader = fixture.LeaderSignedInAs(subject, district);

        var selfRated = await asLeader.RateCompetencyAsync(new RateCompetencyRequest { LeaderId = me.LeaderId, CompetencyCode = code, Source = RatingSource.Self, Score = 3 });
        Assert.Equal("Proficient", selfRated.CompetencyRatings.Single().ScoreLabel);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await asLeader.RateCompetencyAsync(new RateCompetencyRequest { LeaderId = me.LeaderId, CompetencyCode = code, Source = RatingSource.Supervisor, Score = 4 }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await asLeader.RateCompetencyAsync(new RateCompetencyRequest { LeaderId = colleague.LeaderId, CompetencyCode = code, Source = RatingSource.Self, Score = 1 }));

        var supervised = await fixture.LeadOf(district).RateCompetencyAsync(new RateCompetencyRequest
        {
            LeaderId = me.LeaderId,
            CompetencyCode = code,
            Source = RatingSource.Supervisor,
            Score = 2,
            Evidence = "Data meeting observation",
        });
        Assert.Equal(2, supervised.CompetencyRatings.Count);
        await RpcAssert.InvalidFields(
            async () => await fixture.LeadOf(district).RateCompetencyAsync(new RateCompetencyRequest { LeaderId = me.LeaderId, CompetencyCode = "nope", Score = 9 }),
            "competency_code", "source", "score");
    }
}
