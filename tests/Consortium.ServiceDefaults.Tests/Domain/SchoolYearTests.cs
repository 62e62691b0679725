using Consortium.ServiceDefaults.Domain;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Domain;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData("2025-26", 2025)]
    [InlineData(" 2025-26 ", 2025)]
    [InlineData("1999-00", 1999)]
    [InlineData("1990-91", 1990)]
    [InlineData("2100-01", 2100)]
    public void Parse_accepts_start_year_hyphen_next_year(string input, int startYear)
    {
        var year = SchoolYear.Parse(input);

        Assert.Equal(startYear, year.StartYear);
        Assert.Equal(startYear + 1, year.EndYear);
        Assert.Equal(input.Trim(), year.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025/26")]
    [InlineData("25-26")]
    [InlineData("2025-2026")]
    [InlineData("2025 26")]
    [InlineData("202a-26")]
    [InlineData("2025-2b")]
    public void Parse_rejects_other_formats(string? input)
    {
        var message = Violation(() => SchoolYear.Parse(input), "school_year");

        Assert.Contains("2025-26", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-27", "2025-26")]
    [InlineData("2025-25", "2025-26")]
    [InlineData("1999-99", "1999-00")]
    public void Parse_rejects_years_that_are_not_consecutive(string input, string suggestion)
    {
        var message = Violation(() => SchoolYear.Parse(input), "school_year");

        Assert.Contains(suggestion, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1989-90")]
    [InlineData("2101-02")]
    public void Parse_rejects_years_outside_the_sane_range(string input) =>
        Violation(() => SchoolYear.Parse(input), "school_year");

    [Fact]
    public void Years_compare_chronologically()
    {
        var earlier = SchoolYear.Parse("1999-00");
        var later = SchoolYear.Parse("2025-26");

        Assert.True(earlier < later);
        Assert.True(later > earlier);
        Assert.True(later >= SchoolYear.FromStartYear(2025));
        Assert.True(earlier <= SchoolYear.FromStartYear(1999));
        Assert.Equal(SchoolYear.FromStartYear(2025), later);
        Assert.Equal(["1999-00", "2024-25", "2025-26"], new[] { later, earlier, SchoolYear.Parse("2024-25") }.Order().Select(y => y.ToString()));
    }

    [Fact]
    public void FromStartYear_enforces_the_range() =>
        Violation(() => SchoolYear.FromStartYear(1900), "school_year");

    [Fact]
    public void TryCreate_records_the_violation_on_the_given_field_instead_of_throwing()
    {
        var violations = new Violations();

        Assert.Null(SchoolYear.TryCreate("2025-27", violations, "cycle.school_year"));
        Assert.Equal("cycle.school_year", Assert.Single(violations.Items).Field);
    }

    private static string Violation(Action action, string field)
    {
        var violation = Assert.Single(Assert.Throws<DomainValidationException>(action).Violations);
        Assert.Equal(field, violation.Field);
        return violation.Description;
    }
}
