using Consortium.Insights.Domain.Confidentiality;
using Consortium.ServiceDefaults.Domain;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class ConfidentialityTests
{
    private static readonly Guid Own = Guid.Parse("00000000-0000-0000-0000-000000000001");

    private static readonly ContributedValue[] Values =
    [
        new(Own, "Riverside USD", "0600001", 5200, Visibility.Named, 30m),
        new(Guid.Parse("00000000-0000-0000-0000-000000000002"), "Lakeview SD", "0600002", 8100, Visibility.Named, 45m),
        new(Guid.Parse("00000000-0000-0000-0000-000000000003"), "Hidden Hills", "0600003", 2300, Visibility.Anonymous, 12m),
        new(Guid.Parse("00000000-0000-0000-0000-000000000004"), "Quiet Valley", "0600004", 900, Visibility.Private, 60m),
        new(Guid.Parse("00000000-0000-0000-0000-000000000005"), "Oak Grove", "0600005", 15000, Visibility.Named, 12m),
    ];

    [Theory]
    [InlineData(5, 4, true)]
    [InlineData(5, 5, false)]
    [InlineData(7, 6, true)]
    [InlineData(7, 7, false)]
    public void The_k_floor_suppresses_below_k_only(int k, int districts, bool suppressed)
    {
        var result = new SuppressionFloor(k).Check(districts);

        Assert.Equal(suppressed, result is not null);
        Assert.Equal(suppressed ? SuppressionReason.TooFewDistricts : null, result?.Reason);
    }

    [Fact]
    public void The_floor_defaults_to_five_and_cannot_go_below_three()
    {
        Assert.Equal(5, new SuppressionFloor().K);
        Assert.Throws<DomainValidationException>(() => new SuppressionFloor(2));
    }

    [Fact]
    public void A_suppressed_answer_carries_no_figure_and_computes_none()
    {
        var computed = false;
        var answer = Guarded.From(new SuppressionFloor().Check(4), () => { computed = true; return 42m; });

        Assert.True(answer.IsSuppressed);
        Assert.False(computed);
        Assert.Throws<InvalidOperationException>(() => answer.Value);
        Assert.Equal(42m, Guarded.From(null, () => 42m).Value);
    }

    [Fact]
    public void A_district_sees_named_with_names_anonymous_bare_private_not_at_all_and_not_itself()
    {
        var rows = ComparisonRows.For(Viewer.OfDistrict(Own), Values);

        Assert.Equal(3, rows.Count);
        // Ordered by value; at equal values named rows first, so order never depends on hidden ids.
        Assert.Equal(new NamedComparisonRow(Values[4].DistrictId, "Oak Grove", 12m), rows[0]);
        Assert.Equal(new AnonymousComparisonRow(12m), rows[1]);
        Assert.Equal(new NamedComparisonRow(Values[1].DistrictId, "Lakeview SD", 45m), rows[2]);
        Assert.DoesNotContain(rows, r => r.Value == 60m);
    }

    [Fact]
    public void An_anonymous_row_has_no_identity_fields_at_all()
    {
        var properties = typeof(AnonymousComparisonRow).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract");

        Assert.Equal(["Value"], properties);
    }

    [Fact]
    public void Staff_see_every_value_with_identity_and_sharing_choice()
    {
        var rows = ComparisonRows.For(Viewer.Staff, Values);

        Assert.Equal(5, rows.Count);
        var hidden = Assert.Single(rows.OfType<StaffComparisonRow>(), r => r.Visibility == Visibility.Private);
        Assert.Equal(("Quiet Valley", 60m), (hidden.DistrictName, hidden.Value));
    }

    [Theory]
    [InlineData(SubmissionStatus.Submitted, false)] // placeholders could be submitted, read and withdrawn (ADR 15)
    [InlineData(SubmissionStatus.Accepted, true)]
    [InlineData(SubmissionStatus.Draft, false)]
    [InlineData(SubmissionStatus.Returned, false)]
    [InlineData(SubmissionStatus.Withdrawn, false)]
    [InlineData(null, false)]
    public void Give_to_get_needs_the_districts_own_submission(SubmissionStatus? own, bool allowed)
    {
        Assert.Equal(allowed, GiveToGet.Allows(Viewer.OfDistrict(Own), own));
    }

    [Fact]
    public void Staff_see_comparisons_without_giving()
    {
        Assert.True(GiveToGet.Allows(Viewer.Staff, null));
    }

    [Fact]
    public void Not_having_given_is_a_rule_violation_in_plain_words()
    {
        var error = Assert.Throws<RuleViolationException>(() => GiveToGet.Ensure(Viewer.OfDistrict(Own), Guid.NewGuid(), SubmissionStatus.Draft));

        Assert.Equal(GiveToGet.Rule, error.Rule);
        Assert.Contains("has been accepted", error.Message, StringComparison.Ordinal);
    }
}
