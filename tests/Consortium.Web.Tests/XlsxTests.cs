using Consortium.Web.Bulk;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Consortium.Web.Tests;

public sealed class XlsxTests
{
    [Fact]
    public void An_export_reads_back_with_the_same_text_and_numbers_as_number_cells()
    {
        var workbook = Xlsx.Write("Cycle overview", [["District", "Share", "Code"], ["Lakeside SD", "45.5", "007"], ["Hill, \"North\"", "", "-3"]]);

        var rows = Xlsx.Read(new MemoryStream(workbook));

        Assert.Equal(["District", "Share", "Code"], rows[0]);
        Assert.Equal(["Lakeside SD", "45.5", "007"], rows[1]);
        Assert.Equal(["Hill, \"North\"", "", "-3"], rows[2]);
        var cells = Cells(workbook);
        Assert.Equal(CellValues.Number, cells["B2"].DataType!.Value);
        // A code with a leading zero stays text, or Excel would show 7.
        Assert.Equal(CellValues.InlineString, cells["C2"].DataType!.Value);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"click\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)")]
    [InlineData("-2+3")]
    public void Text_that_starts_like_a_formula_is_written_as_quoted_text_never_as_a_formula(string value)
    {
        var workbook = Xlsx.Write("Directory", [["Name"], [value]]);

        var cell = Cells(workbook)["A2"];
        Assert.Null(cell.CellFormula);
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Equal(value, cell.InlineString!.InnerText);
        Assert.True(StyleOf(workbook, cell).QuotePrefix!.Value);
    }

    [Fact]
    public void A_sheet_saved_by_Excel_with_shared_strings_percentages_booleans_and_gaps_reads_as_shown()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("target_code")), new SharedStringItem(new Text("value")), new SharedStringItem(new Text("SV-PCT")));
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true }));
            var sheetData = new SheetData(
                new Row(Shared("A1", 0), Shared("B1", 1)) { RowIndex = 1 },
                new Row(Shared("A3", 2), new Cell { CellReference = "C3", CellValue = new CellValue("0.45"), StyleIndex = 1 }) { RowIndex = 3 },
                new Row(new Cell { CellReference = "A4", CellValue = new CellValue("0.30000000000000004") }, new Cell { CellReference = "B4", DataType = CellValues.Boolean, CellValue = new CellValue("1") }) { RowIndex = 4 });
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(sheetData);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = "Values" }));
        }

        stream.Position = 0;
        var rows = Xlsx.Read(stream);

        Assert.Equal(4, rows.Count);
        Assert.Equal(["target_code", "value"], rows[0]);
        Assert.Empty(rows[1]);
        Assert.Equal(["SV-PCT", "", "45"], rows[2]);
        Assert.Equal(["0.3", "yes"], rows[3]);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_with_a_sentence()
    {
        var error = Assert.Throws<UnreadableWorkbookException>(() => Xlsx.Read(new MemoryStream("target_code,value\r\n"u8.ToArray())));

        Assert.Contains(".xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_excel_template_is_all_text_and_a_filled_copy_reads_like_the_csv()
    {
        var topic = TopicExamples.StudentVoice();
        var template = BulkValues.TemplateXlsx(topic, new Dictionary<string, string> { ["SV-COUNT"] = "12" });
        var rows = Xlsx.Read(new MemoryStream(template)).Select(row => row.ToList()).ToList();
        Assert.Equal(BulkValues.Header, rows[0]);
        Assert.Equal("12", rows[2][4]);
        Assert.All(Cells(template).Values, cell => Assert.Equal(CellValues.InlineString, cell.DataType!.Value));

        rows[1][4] = "45%";
        rows[3][4] = "maybe";
        var refused = BulkValues.Read(topic, Xlsx.Read(new MemoryStream(Xlsx.Write("Filled", rows, allText: true))));

        // Sheet row 4 is the one named: the same row number Excel shows.
        var error = Assert.Single(refused.Errors);
        Assert.Equal(4, error.Line);
        Assert.Equal("SV-POLICY", error.TargetCode);
        Assert.Empty(refused.Values);

        rows[3][4] = "no";
        var accepted = BulkValues.Read(topic, Xlsx.Read(new MemoryStream(Xlsx.Write("Filled", rows, allText: true))));
        Assert.True(accepted.IsValid);
        Assert.Equal("45", accepted.Values.Single(v => v.TargetCode == "SV-PCT").Number.Value);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_names_and_indexes_match_excels(int index, string name)
    {
        Assert.Equal(name, Xlsx.ColumnName(index));
        Assert.Equal(index, Xlsx.ColumnIndex(name + "12"));
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static Dictionary<string, Cell> Cells(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>()
            .ToDictionary(cell => cell.CellReference!.Value!, cell => (Cell)cell.CloneNode(true));
    }

    private static CellFormat StyleOf(byte[] workbook, Cell cell)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return (CellFormat)document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).CloneNode(true);
    }
}
