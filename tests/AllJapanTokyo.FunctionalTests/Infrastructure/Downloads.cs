using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AllJapanTokyo.FunctionalTests.Infrastructure;

/// <summary>The portal's downloads read back as a person's spreadsheet would show them: CSV lines, workbook rows of text.</summary>
public static class Downloads
{
    /// <summary>The lines of a CSV download (UTF-8 with a BOM, CRLF), without the BOM.</summary>
    public static async Task<string[]> CsvLinesAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Encoding.UTF8.GetString(bytes.AsSpan(bytes.AsSpan().StartsWith<byte>([0xEF, 0xBB, 0xBF]) ? 3 : 0)).Split("\r\n");
    }

    /// <summary>The rows of the named sheet (or the first) of a workbook download.</summary>
    public static async Task<List<string[]>> WorkbookRowsAsync(HttpResponseMessage response, string? sheetName = null)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        return Rows(workbook, sheetName);
    }

    /// <summary>The sheet's rows as text, with empty strings for empty cells, by column letter (at least 17 columns).</summary>
    public static List<string[]> Rows(SpreadsheetDocument workbook, string? sheetName = null)
    {
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>();
        var sheet = sheetName is null ? sheets.First() : sheets.Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(row =>
            {
                var cells = row.Elements<Cell>().ToList();
                var width = cells.Count == 0 ? 0 : cells.Max(c => ColumnIndex(c.CellReference!)) + 1;
                var values = Enumerable.Repeat("", Math.Max(width, 17)).ToArray();
                foreach (var cell in cells)
                {
                    values[ColumnIndex(cell.CellReference!)] = cell.InnerText;
                }

                return values;
            })
            .ToList();
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
