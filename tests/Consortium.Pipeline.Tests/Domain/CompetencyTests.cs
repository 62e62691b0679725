using Consortium.Pipeline.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Pipeline.Tests.Domain;

public sealed class CompetencyTests
{
    private static readonly IReadOnlySet<string> Framework = new HashSet<string> { "instructional-improvement", "equity-leadership" };

    [Fact]
    public void Ratings_from_each_source_are_kept_with_their_evidence()
    {
        var leader = Sample.Leader();

        leader.RateCompetency("instructional-improvement", RatingSource.Self, 3, null, null, Framework, "sub-maria", Sample.Now);
        var supervisor = leader.RateCompetency("Instructional-Improvement", RatingSource.Supervisor, 2, new DateOnly(2026, 2, 1), "Walkthrough notes, Feb", Framework, "lead-1", Sample.Now);

        Assert.Equal(2, leader.CompetencyRatings.Count);
        Assert.Equal("instructional-improvement", supervisor.CompetencyCode);
        Assert.Equal("Approaching", CompetencyScale.Label(supervisor.Score));
        Assert.Equal(Sample.Today, leader.CompetencyRatings[0].RatedOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Scores_outside_the_four_level_scale_are_refused(int score)
    {
        Expect.Violation(() => Sample.Leader().RateCompetency("equity-leadership", RatingSource.Coach, score, null, null, Framework, "lead-1", Sample.Now), "score");
    }

    [Fact]
    public void Unknown_competency_missing_source_and_future_date_are_all_reported()
    {
        Expect.Violations(
            () => Sample.Leader().RateCompetency("juggling", null, 3, Sample.Today.AddDays(1), null, Framework, "lead-1", Sample.Now),
            "competency_code", "source", "rated_on");
    }

    [Fact]
    public void Staff_define_competencies_with_a_code_a_domain_and_a_label()
    {
        var competency = Competency.Define("equity-leadership", "Equity leadership", "Leads for equitable outcomes", null, 10);

        Assert.Equal("Equity leadership", competency.Domain);
        Expect.Violations(() => Competency.Define("Equity Leadership", "", "x", null, 10), "code", "domain", "label");
    }
}
