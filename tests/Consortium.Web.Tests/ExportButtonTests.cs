using Bunit;
using Consortium.Web.Bulk;
using Consortium.Web.Components.Shared;
using Microsoft.JSInterop;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class ExportButtonTests : BunitContext
{
    public ExportButtonTests()
    {
        this.AddMudDefaults();
    }

    [Fact]
    public void Export_excel_downloads_a_workbook_named_like_the_csv_with_the_tables_rows()
    {
        IEnumerable<IEnumerable<string?>> Rows() => [["District", "Value"], ["Lakeside SD", "=1+1"]];
        var buttons = Render<CsvExportButton>(parameters => parameters
            .Add(p => p.FileName, "member-directory.csv")
            .Add(p => p.Rows, Rows));

        buttons.Find("[data-testid=export-excel]").Click();

        var download = Assert.Single(JSInterop.Invocations, call => call.Identifier == "consortiumDownloadStream");
        Assert.Equal("member-directory.xlsx", download.Arguments[0]);
        Assert.Equal(Xlsx.ContentType, download.Arguments[1]);
        Assert.IsType<DotNetStreamReference>(download.Arguments[2]);
    }
}
