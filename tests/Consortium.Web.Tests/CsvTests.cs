using Consortium.Web.Bulk;

namespace Consortium.Web.Tests;

public sealed class CsvTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        var text = Csv.Write([["a,b", "say \"hi\"", "two\nlines"], ["plain", "", "x"]]);

        var rows = Csv.Read(text);

        Assert.Equal(["a,b", "say \"hi\"", "two\nlines"], rows[0]);
        Assert.Equal(["plain", "", "x"], rows[1]);
    }

    [Fact]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_defused_but_negative_numbers_are_not()
    {
        var rows = Csv.Read(Csv.Write([["=HYPERLINK(\"x\")", "-3.5", "@cmd"]]));

        Assert.Equal(["'=HYPERLINK(\"x\")", "-3.5", "'@cmd"], rows[0]);
    }
}
