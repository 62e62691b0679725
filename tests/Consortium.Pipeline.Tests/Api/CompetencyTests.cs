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
