using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class CultureConstructTests
{
    [Theory]
    [InlineData("collective-responsibility")]
    [InlineData("teacher_trust")]
    [InlineData("ab")]
    [InlineData("a1")]
    [InlineData(" quality-pd ")]
    [InlineData("program-coherence-2")]
    public void Accepts_kebab_and_snake_case_codes(string code) =>
        Assert.Equal(code.Trim(), Assert.Single(Store(Sample.Construct(code))).Code);

    [Fact]
    public void Accepts_codes_up_to_64_characters() =>
        Assert.Single(Store(Sample.Construct(new string('c', 64))));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Collective-Responsibility")]
    [InlineData("-collective")]
    [InlineData("collective-")]
    [InlineData("collective--responsibility")]
    [InlineData("collective_-responsibility")]
    [InlineData("1st-measure")]
    [InlineData("collective responsibility")]
    [InlineData("collective.responsibility")]
    [InlineData("cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc5")]
    public void Rejects_other_codes(string code) =>
        Expect.Violation(() => Store(Sample.Construct(code)), "culture_constructs[0].code");

    [Fact]
    public void Label_is_required_and_limited()
    {
        Expect.Violation(() => Store(Sample.Construct() with { Label = " " }), "culture_constructs[0].label");
        Expect.Violation(() => Store(Sample.Construct() with { Label = new string('l', 201) }), "culture_constructs[0].label");
    }

    public static TheoryData<decimal> ValidScores => [0m, 1m, 50m, 99.99m, 100m];

    public static TheoryData<decimal> InvalidScores => [-0.01m, 100.01m, 50.123m];

    [Theory]
    [MemberData(nameof(ValidScores))]
    public void Accepts_scores_on_a_0_to_100_scale(decimal score) =>
        Assert.Equal(score, Assert.Single(Store(Sample.Construct() with { Score = score })).Score);

    [Theory]
    [MemberData(nameof(InvalidScores))]
    public void Rejects_other_scores(decimal score) =>
        Expect.Violation(() => Store(Sample.Construct() with { Score = score }), "culture_constructs[0].score");

    [Fact]
    public void Respondents_cannot_be_negative()
    {
        Assert.Single(Store(Sample.Construct(respondents: 0)));
        Expect.Violation(() => Store(Sample.Construct(respondents: -1)), "culture_constructs[0].respondents");
    }

    [Fact]
    public void Violation_paths_carry_the_construct_position() =>
        Expect.Violation(
            () => Store(Sample.Construct("a-one"), Sample.Construct("a-two"), Sample.Construct("a-three", respondents: -4)),
            "culture_constructs[2].respondents");

    [Fact]
    public void Response_rate_is_an_optional_percentage()
    {
        Assert.Null(Assert.Single(Store(Sample.Construct() with { ResponseRate = null })).ResponseRate);
        Expect.Violation(() => Store(Sample.Construct() with { ResponseRate = 100.01m }), "culture_constructs[0].response_rate");
        Expect.Violation(() => Store(Sample.Construct() with { ResponseRate = 50.001m }), "culture_constructs[0].response_rate");
    }

    [Fact]
    public void Codes_must_be_unique()
    {
        var message = Expect.Violation(
            () => Store(Sample.Construct("teacher-trust"), Sample.Construct("peer-collaboration"), Sample.Construct(" teacher-trust")),
            "culture_constructs[2].code");

        Assert.Contains("teacher-trust appears more than once", message, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_50_constructs()
    {
        Assert.Equal(50, Store([.. Numbered(50)]).Count);
        Expect.Violation(() => Store([.. Numbered(51)]), "culture_constructs");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(150, true)]
    public void Reportable_from_eight_respondents(int respondents, bool reportable) =>
        Assert.Equal(reportable, Sample.Construct(respondents: respondents).IsReportable());

    [Fact]
    public void Reportable_floor_can_be_raised() =>
        Assert.False(Sample.Construct(respondents: 9).IsReportable(minimumRespondents: 10));

    private static IEnumerable<CultureConstruct> Numbered(int count) =>
        Enumerable.Range(1, count).Select(i => Sample.Construct($"measure-{i}"));

    private static IReadOnlyList<CultureConstruct> Store(params CultureConstruct[] constructs) =>
        ContextProfile.Create(Guid.CreateVersion7(Sample.Now), SchoolYear.Parse("2025-26"), Sample.ProfileValues(constructs), byReviewer: false, Sample.Now)
            .CultureConstructs;
}
