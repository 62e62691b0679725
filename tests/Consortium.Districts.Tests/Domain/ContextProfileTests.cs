using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class ContextProfileTests
{
    private static readonly Guid _districtId = Guid.CreateVersion7(Sample.Now);
    private static readonly SchoolYear _year = SchoolYear.Parse("2025-26");

    [Fact]
    public void Create_stores_the_values()
    {
        var profile = ContextProfile.Create(_districtId, _year, Sample.ProfileValues([Sample.Construct()]), byReviewer: false, Sample.Now);

        Assert.Equal(7, profile.Id.Version);
        Assert.Equal(_districtId, profile.DistrictId);
        Assert.Equal(_year, profile.SchoolYear);
        Assert.Equal(12_400, profile.Enrollment);
        Assert.Equal(18, profile.SchoolCount);
        Assert.Equal(48.2m, profile.PctEconomicallyDisadvantaged.Value);
        Assert.Equal(21.75m, profile.PctEnglishLearners.Value);
        Assert.Equal(13.1m, profile.PctStudentsWithDisabilities.Value);
        Assert.Equal(610.5m, profile.TeacherFte);
        Assert.Equal("collective-responsibility", Assert.Single(profile.CultureConstructs).Code);
        Assert.Equal("NCES CCD 2024-25", profile.DataSource);
        Assert.Equal(EnrollmentSizeBand.Large, profile.SizeBand);
        Assert.Equal(Sample.Now, profile.CreatedAt);
        Assert.Equal(Sample.Now, profile.UpdatedAt);
        Assert.Equal(1, profile.Version);
    }

    [Fact]
    public void Create_needs_a_district() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ContextProfile.Create(Guid.Empty, _year, Sample.ProfileValues(), byReviewer: false, Sample.Now));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(2_000_001)]
    public void Enrollment_must_be_1_to_2_million(int enrollment) =>
        Expect.Violation(() => Create(Sample.ProfileValues() with { Enrollment = enrollment }), "enrollment");

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(2_001)]
    public void School_count_must_be_1_to_2000(int schools) =>
        Expect.Violation(() => Create(Sample.ProfileValues() with { SchoolCount = schools }), "school_count");

    [Fact]
    public void Boundary_values_are_accepted()
    {
        var values = Sample.ProfileValues() with
        {
            Enrollment = 2_000_000,
            SchoolCount = 2_000,
            PctEconomicallyDisadvantaged = 0m,
            PctEnglishLearners = 100m,
            PctStudentsWithDisabilities = 0.01m,
            TeacherFte = 200_000m,
        };

        Assert.Equal(200_000m, Create(values).TeacherFte);
        Assert.Equal(0m, Create(values with { TeacherFte = 0m }).TeacherFte);
    }

    public static TheoryData<string, decimal> BadPercentages => new()
    {
        { "pct_economically_disadvantaged", -0.01m },
        { "pct_english_learners", 100.01m },
        { "pct_students_with_disabilities", 12.345m },
    };

    [Theory]
    [MemberData(nameof(BadPercentages))]
    public void Percentages_are_validated_on_their_own_fields(string field, decimal value)
    {
        var values = field switch
        {
            "pct_economically_disadvantaged" => Sample.ProfileValues() with { PctEconomicallyDisadvantaged = value },
            "pct_english_learners" => Sample.ProfileValues() with { PctEnglishLearners = value },
            _ => Sample.ProfileValues() with { PctStudentsWithDisabilities = value },
        };

        Expect.Violation(() => Create(values), field);
    }

    public static TheoryData<decimal> BadTeacherFte => [-0.5m, 200_000.01m, 610.125m];

    [Theory]
    [MemberData(nameof(BadTeacherFte))]
    public void Teacher_fte_must_be_0_to_200000_with_two_decimals(decimal fte) =>
        Expect.Violation(() => Create(Sample.ProfileValues() with { TeacherFte = fte }), "teacher_fte");

    [Fact]
    public void Teacher_fte_cannot_exceed_enrollment()
    {
        var message = Expect.Violation(
            () => Create(Sample.ProfileValues() with { Enrollment = 400, SchoolCount = 2, TeacherFte = 400.5m }),
            "teacher_fte");

        Assert.Contains("more than the enrollment", message, StringComparison.Ordinal);
        Assert.Equal(400m, Create(Sample.ProfileValues() with { Enrollment = 400, SchoolCount = 2, TeacherFte = 400m }).TeacherFte);
    }

    [Fact]
    public void Schools_cannot_exceed_enrollment()
    {
        var message = Expect.Violation(
            () => Create(Sample.ProfileValues() with { Enrollment = 5, SchoolCount = 6, TeacherFte = 1m }),
            "school_count");

        Assert.Contains("more schools", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plausibility_is_not_checked_against_an_invalid_enrollment() =>
        Expect.Violation(() => Create(Sample.ProfileValues() with { Enrollment = 0 }), "enrollment");

    [Fact]
    public void Every_invalid_value_is_reported_at_once() =>
        Expect.Violations(
            () => Create(new ContextProfileValues(0, 0, -1m, 101m, 1.001m, -1m, [Sample.Construct() with { Respondents = -1 }], new string('s', 201))),
            "enrollment",
            "school_count",
            "pct_economically_disadvantaged",
            "pct_english_learners",
            "pct_students_with_disabilities",
            "teacher_fte",
            "culture_constructs[0].respondents",
            "data_source");

    [Fact]
    public void Data_source_is_optional_and_trimmed()
    {
        Assert.Null(Create(Sample.ProfileValues() with { DataSource = "   " }).DataSource);
        Assert.Equal("District SIS", Create(Sample.ProfileValues() with { DataSource = " District SIS " }).DataSource);
        Assert.Equal(200, Create(Sample.ProfileValues() with { DataSource = new string('s', 200) }).DataSource!.Length);
    }

    [Fact]
    public void Update_applies_changes_and_bumps_the_version()
    {
        var profile = Create(Sample.ProfileValues());

        var changed = profile.Update(Sample.ProfileValues([Sample.Construct()]) with { Enrollment = 1_900 }, byReviewer: false, Sample.Later());

        Assert.True(changed);
        Assert.Equal(1_900, profile.Enrollment);
        Assert.Equal(EnrollmentSizeBand.Small, profile.SizeBand);
        Assert.Single(profile.CultureConstructs);
        Assert.Equal(2, profile.Version);
        Assert.Equal(Sample.Later(), profile.UpdatedAt);
        Assert.Equal(Sample.Now, profile.CreatedAt);
    }

    [Fact]
    public void Update_with_equivalent_values_is_a_no_op()
    {
        var profile = Create(Sample.ProfileValues([Sample.Construct()]));

        var changed = profile.Update(
            Sample.ProfileValues([Sample.Construct() with { Label = " Collective Responsibility " }]) with
            {
                PctEnglishLearners = 21.750m,
                DataSource = " NCES CCD 2024-25 ",
            },
            byReviewer: false,
            Sample.Later());

        Assert.False(changed);
        Assert.Equal(1, profile.Version);
        Assert.Equal(Sample.Now, profile.UpdatedAt);
    }

    [Fact]
    public void Update_notices_a_changed_culture_construct()
    {
        var profile = Create(Sample.ProfileValues([Sample.Construct()]));

        Assert.True(profile.Update(Sample.ProfileValues([Sample.Construct(respondents: 43)]), byReviewer: false, Sample.Later()));
        Assert.True(profile.Update(Sample.ProfileValues(), byReviewer: false, Sample.Later(10)));
        Assert.Empty(profile.CultureConstructs);
        Assert.Equal(3, profile.Version);
    }

    [Fact]
    public void Invalid_update_changes_nothing()
    {
        var profile = Create(Sample.ProfileValues());

        Expect.Violation(() => profile.Update(Sample.ProfileValues() with { Enrollment = -5 }, byReviewer: false, Sample.Later()), "enrollment");

        Assert.Equal(12_400, profile.Enrollment);
        Assert.Equal(1, profile.Version);
    }

    [Fact]
    public void A_districts_own_profile_awaits_review_and_one_written_by_staff_is_accepted_at_once()
    {
        var own = Create(Sample.ProfileValues());
        var byStaff = ContextProfile.Create(_districtId, _year, Sample.ProfileValues(), byReviewer: true, Sample.Now);

        Assert.Equal(ProfileReviewStatus.AwaitingReview, own.ReviewStatus);
        Assert.False(own.IsAccepted);
        Assert.True(byStaff.IsAccepted);
        Assert.Equal(Sample.Now, byStaff.ReviewedAt);
    }

    [Fact]
    public void Accepting_counts_the_values_and_a_later_change_by_the_district_awaits_review_again()
    {
        var profile = Create(Sample.ProfileValues());

        profile.Accept(Sample.Later());
        Assert.True(profile.IsAccepted);
        Assert.Equal(2, profile.Version);

        Assert.True(profile.Update(Sample.ProfileValues() with { Enrollment = 99_000, SchoolCount = 40, TeacherFte = 900m }, byReviewer: false, Sample.Later(10)));
        Assert.Equal(ProfileReviewStatus.AwaitingReview, profile.ReviewStatus);
    }

    [Fact]
    public void Returning_needs_comments_and_keeps_them_until_the_district_corrects_the_profile()
    {
        var profile = Create(Sample.ProfileValues());

        Expect.Violation(() => profile.Return("   ", Sample.Later()), "reviewer_comments");
        Expect.Violation(() => profile.Return(new string('c', 4_001), Sample.Later()), "reviewer_comments");
        Assert.Equal(ProfileReviewStatus.AwaitingReview, profile.ReviewStatus);

        profile.Return(" Enrollment looks like the state's total. ", Sample.Later());
        Assert.Equal((ProfileReviewStatus.Returned, "Enrollment looks like the state's total."), (profile.ReviewStatus, profile.ReviewerComments));

        profile.Update(Sample.ProfileValues() with { Enrollment = 12_500 }, byReviewer: false, Sample.Later(10));
        Assert.Equal((ProfileReviewStatus.AwaitingReview, (string?)null), (profile.ReviewStatus, profile.ReviewerComments));
    }

    [Fact]
    public void Only_a_profile_awaiting_review_can_be_accepted_or_returned()
    {
        var accepted = ContextProfile.Create(_districtId, _year, Sample.ProfileValues(), byReviewer: true, Sample.Now);
        var returned = Create(Sample.ProfileValues());
        returned.Return("Check the FTE.", Sample.Later());

        Assert.Equal(ContextProfile.ReviewRule, Assert.Throws<RuleViolationException>(() => accepted.Accept(Sample.Later())).Rule);
        Assert.Equal(ContextProfile.ReviewRule, Assert.Throws<RuleViolationException>(() => accepted.Return("Why?", Sample.Later())).Rule);
        Assert.Equal(ContextProfile.ReviewRule, Assert.Throws<RuleViolationException>(() => returned.Accept(Sample.Later(10))).Rule);
        Assert.Equal(1, accepted.Version);
    }

    private static ContextProfile Create(ContextProfileValues values) =>
        ContextProfile.Create(_districtId, _year, values, byReviewer: false, Sample.Now);
}
