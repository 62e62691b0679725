using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Domain.Measures;
using Xunit;

namespace Consortium.Insights.Tests.Data;

/// <summary>The precomputed distribution of a target, and the contributions it is computed from.</summary>
public sealed class DistributionRecomputeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid CycleId = Guid.CreateVersion7();

    [Fact]
    public void Values_are_sorted_and_counted_and_the_version_moves_once_per_change()
    {
        var row = new TargetDistributionRow { TargetId = Guid.CreateVersion7() };

        Assert.True(row.Recompute(CycleId, MeasureType.Percentage, [62.5m, 10m, 40m], Now));
        Assert.Equal([10m, 40m, 62.5m], row.SortedValues);
        Assert.Equal((3, 0, 1, Now), (row.DistrictCount, row.YesCount, row.Version, row.ComputedAt));

        Assert.False(row.Recompute(CycleId, MeasureType.Percentage, [40m, 62.5m, 10m], Now.AddMinutes(1)));
        Assert.Equal((1, Now), (row.Version, row.ComputedAt));

        Assert.True(row.Recompute(CycleId, MeasureType.Percentage, [40m, 10m], Now.AddMinutes(2)));
        Assert.Equal((2, 2), (row.Version, row.DistrictCount));
    }

    [Fact]
    public void Yes_no_values_count_the_yeses()
    {
        var row = new TargetDistributionRow();

        row.Recompute(CycleId, MeasureType.YesNo, [1m, 0m, 1m, 1m], Now);

        Assert.Equal((4, 3), (row.DistrictCount, row.YesCount));
    }

    [Fact]
    public void No_values_leave_an_empty_distribution_that_still_records_the_change()
    {
        var row = new TargetDistributionRow();
        row.Recompute(CycleId, MeasureType.Count, [5m], Now);

        Assert.True(row.Recompute(CycleId, MeasureType.Count, [], Now));

        Assert.Equal((0, 2), (row.DistrictCount, row.Version));
        Assert.Empty(row.SortedValues);
    }

    [Fact]
    public void Text_targets_have_no_distribution() =>
        Assert.Throws<ArgumentException>(() => new TargetDistributionRow().Recompute(CycleId, MeasureType.Text, [], Now));

    [Fact]
    public void A_districts_contributions_come_from_its_latest_acceptance_per_target_without_text()
    {
        var districtId = Guid.CreateVersion7();
        var shared = Guid.CreateVersion7();
        var onlyOlder = Guid.CreateVersion7();
        var text = Guid.CreateVersion7();
        var older = Accepted(districtId, Now, (shared, 1m), (onlyOlder, 2m), (text, 9m));
        var newer = Accepted(districtId, Now.AddDays(1), (shared, 3m));
        var returned = Accepted(districtId, Now.AddDays(2), (shared, 7m));
        returned.Status = SubmissionState.Returned;

        var contributions = ContributionRow.FromAccepted([newer, returned, older], new HashSet<Guid> { text });

        Assert.Equal(2, contributions.Count);
        Assert.Equal((3m, newer.Id), (contributions[shared].Value, contributions[shared].SubmissionId));
        Assert.Equal((2m, older.Id), (contributions[onlyOlder].Value, contributions[onlyOlder].SubmissionId));
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData(12.5, null, null, 12.5)]
    [InlineData(null, 3, null, 3d)]
    [InlineData(null, null, true, 1d)]
    [InlineData(null, null, false, 0d)]
    public void An_answer_is_aggregated_as_number_rank_or_one_and_zero(double? number, int? rank, bool? yes, double? expected)
    {
        var answer = new TargetValueV1 { TargetId = Guid.CreateVersion7(), TargetCode = "X", Number = (decimal?)number, RubricRank = rank, YesNo = yes, Text = number is null && rank is null && yes is null ? "text" : null };

        Assert.Equal((decimal?)expected, ContributionRow.ValueOf(answer));
    }

    private static SubmissionRow Accepted(Guid districtId, DateTimeOffset acceptedAt, params (Guid TargetId, decimal Value)[] values) => new()
    {
        Id = Guid.CreateVersion7(),
        DistrictId = districtId,
        Status = SubmissionState.Accepted,
        Visibility = VisibilityV1.Named,
        UpdatedAt = acceptedAt,
        Values = [.. values.Select(v => new AnsweredValue { TargetId = v.TargetId, TargetCode = "X", Value = v.Value })],
    };
}
