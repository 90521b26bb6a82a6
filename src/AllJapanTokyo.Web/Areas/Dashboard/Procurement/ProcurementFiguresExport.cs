using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Procurement;

/// <summary>
/// /dashboard/procurement as downloads, in the reader's language. The workbook has the page's three tables as sheets
/// (summary, by fiscal year, by prefecture); the CSV holds the same numbers in one long table (table, key, row,
/// column, programme data, synthetic data), since the two tables of the page have different columns. Synthetic rows
/// stay apart, as on the page.
/// </summary>
public static class ProcurementFiguresExport
{
    /// <summary>「ALL_JAPAN_TOKYO_入札ポータルの実績.csv」, "ALL_JAPAN_TOKYO_tender_portal_figures.csv".</summary>
    public static string FileName(string extension, IStringLocalizer L) => L["ALL_JAPAN_TOKYO_入札ポータルの実績.{0}", extension].Value;

    /// <summary>The ASCII name for clients that do not read RFC 5987's filename*.</summary>
    public static string AsciiFileName(string extension) => $"alljapan-tokyo-tender-portal-figures.{extension}";

    /// <summary>The row's name: its fiscal year or its prefecture.</summary>
    public static string Label(ProcurementRow row) =>
        row.Prefecture is { } prefecture ? prefecture.Name.Local() : Display.FiscalYearLabel(row.FiscalYear ?? 0);

    public static byte[] ToCsv(ProcurementFigures figures, IStringLocalizer L) =>
        Spreadsheet.Csv(
            [L["表"].Value, L["キー"].Value, L["行見出し"].Value, L["列見出し"].Value, L["実データ"].Value, L["架空データ"].Value],
            LongRows(figures, L));

    public static byte[] Workbook(ProcurementFigures figures, IStringLocalizer L) =>
        Spreadsheet.Workbook(
            new Spreadsheet.Sheet(
                L["概要"].Value,
                [L["項目"].Value, L["実データ"].Value, L["架空データ"].Value],
                figures.Summary.Select(s => new object?[] { L.Of(s.Key).Value, (decimal)s.Value.Real, (decimal)s.Value.Synthetic })),
            Wide(L["年度別"].Value, L["年度"].Value, figures.FiscalYearColumns, figures.ByFiscalYear, L),
            Wide(L["都道府県別"].Value, L["都道府県"].Value, figures.PrefectureColumns, figures.ByPrefecture, L));

    private static IEnumerable<object?[]> LongRows(ProcurementFigures figures, IStringLocalizer L)
    {
        var summary = L["概要"].Value;
        foreach (var (figure, count) in figures.Summary)
        {
            yield return [summary, figure.Code(), L.Of(figure).Value, "", (decimal)count.Real, (decimal)count.Synthetic];
        }

        foreach (var (table, columns, rows) in new[] { (L["年度別"].Value, figures.FiscalYearColumns, figures.ByFiscalYear), (L["都道府県別"].Value, figures.PrefectureColumns, figures.ByPrefecture) })
        {
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    var cell = row.Cell(column);
                    yield return [table, row.Key, Label(row), L.Of(column).Value, (decimal)cell.Real, (decimal)cell.Synthetic];
                }
            }
        }
    }

    private static Spreadsheet.Sheet Wide(string name, string first, IReadOnlyList<ProcurementColumn> columns, IReadOnlyList<ProcurementRow> rows, IStringLocalizer L) =>
        new(
            name,
            [first, .. columns.SelectMany(c => new[] { L.Of(c).Value, L["{0}（架空データ）", L.Of(c).Value].Value })],
            rows.Select(row => new object?[] { Label(row) }
                .Concat(columns.SelectMany(c => new object?[] { (decimal)row.Cell(c).Real, (decimal)row.Cell(c).Synthetic }))
                .ToArray()));
}
