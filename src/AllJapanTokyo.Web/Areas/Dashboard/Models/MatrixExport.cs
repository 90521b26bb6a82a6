using System.Globalization;
using AllJapanTokyo.Web.Infrastructure;

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

    /// <summary>Tokyo's row names its role instead of counts; every other row has its counts and total.</summary>
    public static IEnumerable<object?[]> Rows(ParticipationMatrix matrix) => matrix.Rows.Select(row => row.IsHost
        ? (object?[])[row.Code, row.Name, .. row.Cells.Select(_ => (object?)null), Host]
        : [row.Code, row.Name, .. row.Cells.Select(c => (object?)c.Count), row.Total]);

    public static byte[] ToCsv(ParticipationMatrix matrix) => Spreadsheet.Csv(Header(matrix), Rows(matrix));

    public static byte[] Workbook(ParticipationMatrix matrix) =>
        Spreadsheet.Workbook(new Spreadsheet.Sheet(Display.IsEnglish ? "Participation" : "参加マトリクス", Header(matrix), Rows(matrix)));
}
