using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Consortium.Web.Bulk;

/// <summary>The file is not a workbook this page can read (damaged, encrypted, or not .xlsx at all).</summary>
public sealed class UnreadableWorkbookException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Excel workbooks (.xlsx) of one sheet: what every table exports, and the bulk-entry template read
/// back. Text is always written as a string cell, never as a formula, so a value such as
/// <c>=HYPERLINK(...)</c> cannot run; text that starts like a formula also carries Excel's quote
/// prefix, so it stays text even when someone edits the cell (the CSV's leading apostrophe, done
/// the workbook's way).
/// </summary>
public static partial class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>More rows than any topic has targets: a larger sheet is refused rather than read.</summary>
    public const int MaxRows = 10_000;

    // Cell styles, by index into the stylesheet's cellXfs (see Stylesheet()).
    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;
    private const uint QuotedTextStyle = 3;

    /// <summary>
    /// A workbook whose first row is a bold header. Plain decimals become number cells (so they can be
    /// summed); everything else is text. <paramref name="allText"/> formats every cell as text, as the
    /// bulk-entry template needs: what a lead types (45%, 3.50) then stays exactly as typed.
    /// </summary>
    public static byte[] Write(string sheetName, IEnumerable<IEnumerable<string?>> rows, bool allText = false)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();

            var sheetData = new SheetData();
            uint rowNumber = 0;
            foreach (var values in rows)
            {
                rowNumber++;
                var row = new Row { RowIndex = rowNumber };
                var column = 0;
                foreach (var value in values)
                {
                    row.Append(CellOf(ColumnName(column++) + rowNumber, value ?? "", rowNumber == 1, allText));
                }

                sheetData.Append(row);
            }

            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(sheetData);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart),
                SheetId = 1,
                Name = SheetName(sheetName),
            }));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The first sheet's cells as text, one list per row, with empty rows where the sheet skips
    /// rows, so a row's index + 1 is its row number in Excel. Numbers are read as Excel shows them
    /// (15 significant digits, so 0.1 is "0.1"); a number formatted as a percentage reads as the
    /// percentage shown (0.45 as "45"); a formula reads as its last computed value.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(Stream stream)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new UnreadableWorkbookException("The file is not an Excel workbook (.xlsx) that can be read. Save it as .xlsx, or use the CSV template.", exception);
        }

        using (document)
        {
            var workbookPart = document.WorkbookPart ?? throw new UnreadableWorkbookException("The workbook has no sheets.");
            var sheet = workbookPart.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new UnreadableWorkbookException("The workbook has no sheets.");
            var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(item => item.InnerText).ToList() ?? [];
            var percentStyles = PercentStyles(workbookPart.WorkbookStylesPart?.Stylesheet);

            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in worksheetPart.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
            {
                var rowIndex = row.RowIndex?.Value is { } given ? (int)given - 1 : rows.Count;
                if (rowIndex >= MaxRows || rowIndex < rows.Count)
                {
                    throw new UnreadableWorkbookException(rowIndex >= MaxRows
                        ? $"The sheet has more than {MaxRows:N0} rows; a template has one row per target."
                        : "The sheet's rows are out of order; save it again from Excel.");
                }

                while (rows.Count < rowIndex)
                {
                    rows.Add([]);
                }

                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    if (column < 0 || column > 200 || column < cells.Count)
                    {
                        throw new UnreadableWorkbookException("The sheet has cells beyond the template's columns; use the template's columns.");
                    }

                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }

                    cells.Add(TextOf(cell, sharedStrings, percentStyles));
                }

                rows.Add(cells);
            }

            return rows;
        }
    }

    private static Cell CellOf(string reference, string value, bool header, bool allText)
    {
        var startsLikeFormula = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal);
        if (!header && !allText && PlainDecimal().IsMatch(value))
        {
            return new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) };
        }

        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = header ? HeaderStyle : startsLikeFormula ? QuotedTextStyle : allText ? TextStyle : 0U,
            InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    private static string TextOf(Cell cell, List<string> sharedStrings, HashSet<uint> percentStyles)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count ? sharedStrings[index] : "";
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "yes" : "no";
        }

        if (cell.DataType is null || cell.DataType.Value == CellValues.Number)
        {
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return raw;
            }

            if (cell.StyleIndex?.Value is { } style && percentStyles.Contains(style))
            {
                number *= 100;
            }

            // Excel shows 15 significant digits; the stored binary form of 0.1 has more.
            return decimal.Parse(number.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)
                .ToString(CultureInfo.InvariantCulture);
        }

        // A formula's cached text (str) or an error such as #DIV/0! (e): as it is, so a check names it.
        return raw;
    }

    /// <summary>The cell styles whose number format shows a percentage (built-in 9 and 10, or a custom format with %).</summary>
    private static HashSet<uint> PercentStyles(Stylesheet? stylesheet)
    {
        var percentFormats = new HashSet<uint> { 9, 10 };
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && (format.FormatCode?.Value ?? "").Replace("\"%\"", "", StringComparison.Ordinal).Contains('%', StringComparison.Ordinal))
            {
                percentFormats.Add(id);
            }
        }

        var styles = new HashSet<uint>();
        uint index = 0;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && percentFormats.Contains(id))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            // 49 is Excel's built-in text format "@".
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true, QuotePrefix = true })
        { Count = 4 });

    /// <summary>Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => !@":\/?*[]".Contains(c, StringComparison.Ordinal)).ToArray()).Trim();
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(clean.Length, 31)];
    }

    internal static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > 16_384)
            {
                return -1;
            }
        }

        return index - 1;
    }

    /// <summary>A decimal that Excel keeps exactly as written: no leading zeros (codes such as 007 stay text), at most 15 digits.</summary>
    [GeneratedRegex(@"^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,10})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainDecimal();
}
