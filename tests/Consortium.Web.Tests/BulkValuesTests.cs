using Consortium.Contracts.Submissions.V1;
using Consortium.Web.Bulk;

namespace Consortium.Web.Tests;

public sealed class BulkValuesTests
{
    [Fact]
    public void A_filled_template_reads_as_typed_values()
    {
        var topic = TopicExamples.StudentVoice();
        var csv = "target_code,target_name,measure,allowed,value\r\n"
            + "SV-PCT,x,percentage,0 to 100,42.5%\r\n"
            + "SV-COUNT,x,count,,12\r\n"
            + "sv-policy,x,yes/no,,Yes\r\n"
            + "SV-STAGE,x,rubric,,installation\r\n"
            + "SV-SCALE,x,scale,,4\r\n";

        var result = BulkValues.Read(topic, csv);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var byCode = result.Values.ToDictionary(v => v.TargetCode);
        Assert.Equal("42.5", byCode["SV-PCT"].Number.Value);
        Assert.Equal("12", byCode["SV-COUNT"].Number.Value);
        Assert.True(byCode["SV-POLICY"].YesNo);
        Assert.Equal(2, byCode["SV-STAGE"].RubricRank);
        Assert.Equal("4", byCode["SV-SCALE"].Number.Value);
    }

    [Fact]
    public void One_bad_row_refuses_the_whole_file_and_names_its_line()
    {
        var topic = TopicExamples.StudentVoice();
        var csv = "target_code,value\nSV-PCT,40\nSV-COUNT,3.5\nSV-POLICY,no\n";

        var result = BulkValues.Read(topic, csv);

        Assert.False(result.IsValid);
        Assert.Empty(result.Values);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("SV-COUNT", error.TargetCode);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SV-PCT,101", "between 0 and 100")]
    [InlineData("SV-SCALE,6", "from 1 to 5")]
    [InlineData("SV-POLICY,maybe", "not yes or no")]
    [InlineData("SV-STAGE,7", "not a level")]
    [InlineData("SV-NOPE,1", "No target")]
    [InlineData("SV-PCT,lots", "not a number")]
    public void Each_kind_of_wrong_value_is_explained(string row, string expected)
    {
        var result = BulkValues.Read(TopicExamples.StudentVoice(), $"target_code,value\n{row}\n");

        Assert.Contains(expected, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_row_is_reported_at_once_including_duplicates()
    {
        var result = BulkValues.Read(TopicExamples.StudentVoice(), "target_code,value\nSV-PCT,200\nSV-COUNT,1\nSV-COUNT,2\n");

        Assert.Equal([2, 4], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void A_file_without_the_template_columns_is_refused()
    {
        var result = BulkValues.Read(TopicExamples.StudentVoice(), "code;value\nSV-PCT;1\n");

        Assert.Contains("target_code", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_lists_every_target_with_the_current_value_and_reads_back()
    {
        var topic = TopicExamples.StudentVoice();
        var template = BulkValues.Template(topic, new Dictionary<string, string> { ["SV-PCT"] = "55" });

        var rows = Csv.Read(template);
        Assert.Equal(BulkValues.Header, rows[0]);
        Assert.Equal(topic.Targets.Count + 1, rows.Count);
        Assert.Equal("55", rows[1][4]);
        var reread = BulkValues.Read(topic, template);
        Assert.True(reread.IsValid);
        Assert.Equal(TargetValue.ValueOneofCase.None, reread.Values.Single(v => v.TargetCode == "SV-COUNT").ValueCase);
    }
}
