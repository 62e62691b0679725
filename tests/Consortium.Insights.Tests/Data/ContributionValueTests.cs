using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data.ReadModel;
using Xunit;

namespace Consortium.Insights.Tests.Data;

/// <summary>What of an answer counts in comparisons.</summary>
public sealed class ContributionValueTests
{
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
}
