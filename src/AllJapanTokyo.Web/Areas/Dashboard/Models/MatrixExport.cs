using System.Globalization;
using System.Text;
using AllJapanTokyo.Web.Infrastructure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>
/// The participation matrix as CSV (UTF-8 with a BOM) and as an Excel sheet: a header row, then one row per prefecture
/// in code order with a cell per initiative (1/0 for one year, the number of years 0–6 for all years) and the row total.
/// </summary>
public static class MatrixExport
{
    /// <summary>「ALL_JAPAN_TOKYO_令和2年度_参加マトリクス.csv」 (English: ALL_JAPAN_TOKYO_FY2020_participation_matrix.csv).</summary>
    public static string FileName(ParticipationMatrix matrix, string extension)
    {
        var period = matrix.FiscalYear is { } year
            ? Display.FiscalYearLabel(year)
            : Display.FiscalYearLabel(matrix.FiscalYears[0]) + "-" + Display.FiscalYearLabel(matrix.FiscalYears[^1]);
        return Display.IsEnglish
            ? $"ALL_JAPAN_TOKYO_{period}_participation_matrix.{extension}"
            : $"ALL_JAPAN_TOKYO_{period}_参加マトリクス.{extension}";
    }

    /// <summary>The ASCII name for clients that do not read RFC 5987's filename*.</summary>
    public static string AsciiFileName(ParticipationMatrix matrix, string extension) => matrix.FiscalYear is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"alljapan-tokyo-participation-matrix-fy{year}.{extension}")
        : string.Create(CultureInfo.InvariantCulture, $"alljapan-tokyo-participation-matrix-fy{matrix.FiscalYears[0]}-{matrix.FiscalYears[^1]}.{extension}");

    /// <summary>What Tokyo's row says in place of its cells and total.</summary>
    public static string Host => Display.IsEnglish ? "Host (runs every initiative)" : "主催（全施策の実施主体）";

    public static string[] Header(ParticipationMatrix matrix) =>
    [
        Display.IsEnglish ? "Prefecture code" : "都道府県コード",
        Display.IsEnglish ? "Prefecture" : "都道府県",
        .. matrix.Initiatives.Select(i => i.Code),
        matrix.AllYears ? (Display.IsEnglish ? "Total (fiscal years)" : "合計（年度数）") : (Display.IsEnglish ? "Total (initiatives)" : "合計（施策数）"),
    ];

    public static byte[] ToCsv(ParticipationMatrix matrix)
    {
        var text = new StringBuilder();
        text.Append(Csv.Line(Header(matrix).Select(Csv.Text)));
        foreach (var row in matrix.Rows)
        {
            if (row.IsHost)
            {
                text.Append(Csv.Line([Csv.Quoted(row.Code), Csv.Text(row.Name), .. row.Cells.Select(_ => ""), Csv.Text(Host)]));
                continue;
            }

            text.Append(Csv.Line([
                Csv.Quoted(row.Code),
                Csv.Text(row.Name),
                .. row.Cells.Select(c => c.Count.ToString(CultureInfo.InvariantCulture)),
                row.Total.ToString(CultureInfo.InvariantCulture),
            ]));
        }

        return [.. Csv.ByteOrderMark, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Workbook(ParticipationMatrix matrix)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint index = 1;
            data.AppendChild(TextRow(index, Header(matrix)));
            foreach (var row in matrix.Rows)
            {
                var cells = new List<Cell> { TextCell(0, ++index, row.Code), TextCell(1, index, row.Name) };
                if (row.IsHost)
                {
                    cells.Add(TextCell(row.Cells.Count + 2, index, Host));
                }
                else
                {
                    cells.AddRange(row.Cells.Select((c, i) => NumberCell(i + 2, index, c.Count)));
                    cells.Add(NumberCell(row.Cells.Count + 2, index, row.Total));
                }

                data.AppendChild(new Row(cells) { RowIndex = index });
            }

            worksheetPart.Worksheet = new Worksheet(data);
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart),
                SheetId = 1,
                Name = Display.IsEnglish ? "Participation" : "参加マトリクス",
            });
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row TextRow(uint index, IEnumerable<string> values) =>
        new(values.Select((value, column) => TextCell(column, index, value))) { RowIndex = index };

    private static Cell TextCell(int column, uint row, string text) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell NumberCell(int column, uint row, int value) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.Number,
        CellValue = new CellValue(value),
    };

    /// <summary>A1, B1, … Z1, AA1 …</summary>
    private static string Reference(int column, uint row)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name + row.ToString(CultureInfo.InvariantCulture);
    }
}
