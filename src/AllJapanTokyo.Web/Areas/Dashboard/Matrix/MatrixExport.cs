using System.Globalization;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Matrix;

/// <summary>
/// The participation matrix as CSV (UTF-8 with a BOM) and as an Excel sheet, in the reader's language: a header row,
/// then one row per prefecture in code order with a cell per initiative (1/0 for one year, the number of years 0–6
/// for all years) and the row total.
/// </summary>
public static class MatrixExport
{
    /// <summary>「令和2年度」 or 「平成27年度～令和2年度」, "FY2020" or "FY2015–FY2020".</summary>
    public static string PeriodLabel(ParticipationMatrix matrix, IStringLocalizer L) => matrix.FiscalYear is { } year
        ? Display.FiscalYearLabel(year)
        : L.FiscalYearRange(matrix.FiscalYears[0], matrix.FiscalYears[^1]);

    /// <summary>「ALL_JAPAN_TOKYO_令和2年度_参加マトリクス.csv」, "ALL_JAPAN_TOKYO_FY2020_participation_matrix.csv".</summary>
    public static string FileName(ParticipationMatrix matrix, string extension, IStringLocalizer L)
    {
        var period = matrix.FiscalYear is { } year
            ? Display.FiscalYearLabel(year)
            : Display.FiscalYearLabel(matrix.FiscalYears[0]) + "-" + Display.FiscalYearLabel(matrix.FiscalYears[^1]);
        return L["ALL_JAPAN_TOKYO_{0}_参加マトリクス.{1}", period, extension].Value;
    }

    /// <summary>The ASCII name for clients that do not read RFC 5987's filename*.</summary>
    public static string AsciiFileName(ParticipationMatrix matrix, string extension) => matrix.FiscalYear is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"alljapan-tokyo-participation-matrix-fy{year}.{extension}")
        : string.Create(CultureInfo.InvariantCulture, $"alljapan-tokyo-participation-matrix-fy{matrix.FiscalYears[0]}-{matrix.FiscalYears[^1]}.{extension}");

    public static string[] Header(ParticipationMatrix matrix, IStringLocalizer L) =>
    [
        L["都道府県コード"].Value,
        L["都道府県"].Value,
        .. matrix.Initiatives.Select(i => i.Code),
        matrix.AllYears ? L["合計（年度数）"].Value : L["合計（施策数）"].Value,
    ];

    /// <summary>Tokyo's row names its role instead of counts; every other row has its counts and total.</summary>
    public static IEnumerable<object?[]> Rows(ParticipationMatrix matrix, IStringLocalizer L) => matrix.Rows.Select(row => row.IsHost
        ? (object?[])[row.Code, row.Name.Local(), .. row.Cells.Select(_ => (object?)null), L["主催（全施策の実施主体）"].Value]
        : [row.Code, row.Name.Local(), .. row.Cells.Select(c => (object?)c.Count), row.Total]);

    public static byte[] ToCsv(ParticipationMatrix matrix, IStringLocalizer L) => Spreadsheet.Csv(Header(matrix, L), Rows(matrix, L));

    public static byte[] Workbook(ParticipationMatrix matrix, IStringLocalizer L) =>
        Spreadsheet.Workbook(new Spreadsheet.Sheet(L["参加マトリクス"].Value, Header(matrix, L), Rows(matrix, L)));
}
