using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// Every table the portal offers for download, as .xlsx (Open XML SDK) and as CSV (<see cref="Csv"/>), from the same rows:
/// a header and rows of cells that are text, <c>int</c>, <c>decimal</c> or null (an empty cell, never a zero).
/// </summary>
public static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One worksheet: its tab name, header row, rows, and optionally column widths in characters.</summary>
    public sealed record Sheet(string Name, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows, IReadOnlyList<int>? ColumnWidths = null);

    public static byte[] Workbook(params Sheet[] sheetsToWrite)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 0;
            foreach (var sheet in sheetsToWrite)
            {
                AddSheet(workbookPart, sheets, ++id, sheet);
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The same rows as CSV: UTF-8 with a byte-order mark; only text cells can be defused as formulas.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var text = new StringBuilder();
        text.Append(Infrastructure.Csv.Line(header.Select(Infrastructure.Csv.Text)));
        foreach (var row in rows)
        {
            text.Append(Infrastructure.Csv.Line(row.Select(CsvField)));
        }

        return [.. Infrastructure.Csv.ByteOrderMark, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string CsvField(object? value) => value switch
    {
        null => "",
        decimal number => Infrastructure.Csv.Quoted(Plain(number).ToString(CultureInfo.InvariantCulture)),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => Infrastructure.Csv.Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, Sheet sheet)
    {
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint rowIndex = 1;
        data.AppendChild(Row(rowIndex, sheet.Header, HeaderStyle));
        foreach (var values in sheet.Rows)
        {
            data.AppendChild(Row(++rowIndex, values, TextStyle));
        }

        var widths = sheet.ColumnWidths ?? sheet.Header.Select(h => Math.Clamp(h.Length * 2 + 4, 8, 40)).ToArray();
        var columns = new Columns(widths.Select((width, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = width,
            CustomWidth = true,
        }));
        var frozenHeader = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        {
            WorkbookViewId = 0,
            TabSelected = id == 1,
        });
        worksheetPart.Worksheet = new Worksheet(frozenHeader, columns, data);
        sheets.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = id, Name = sheet.Name });
    }

    private const uint TextStyle = 1;

    private const uint HeaderStyle = 2;

    private static Row Row(uint index, IEnumerable<object?> values, uint style)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in values)
        {
            var reference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            switch (value)
            {
                case null:
                    break;
                case decimal number:
                    row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Plain(number)), StyleIndex = style });
                    break;
                case int number:
                    row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = style });
                    break;
                default:
                    var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                    if (text.Length > 0)
                    {
                        row.AppendChild(new Cell
                        {
                            CellReference = reference,
                            DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                            StyleIndex = style,
                        });
                    }

                    break;
            }
        }

        return row;
    }

    /// <summary>36000 rather than 36000.0: the scale a database gives a decimal is not part of the figure.</summary>
    private static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>A, B, … Z, AA, AB …</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>0: default; 1: text, top-aligned and wrapped; 2: bold header on grey, wrapped.</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Yu Gothic" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Yu Gothic" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 1, FillId = 2, BorderId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true })
        { Count = 3 });
}
