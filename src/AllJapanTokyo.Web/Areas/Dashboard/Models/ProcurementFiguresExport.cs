using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>
/// /dashboard/procurement as downloads. The workbook has the page's three tables as sheets (summary, by fiscal year, by
/// prefecture); the CSV holds the same numbers in one long table (table, key, row, column, programme data, synthetic
/// data), since the two tables of the page have different columns. Synthetic rows stay apart, as on the page.
/// </summary>
public static class ProcurementFiguresExport
{
    /// <summary>「ALL_JAPAN_TOKYO_入札ポータルの実績.csv」 (English: ALL_JAPAN_TOKYO_tender_portal_figures.csv).</summary>
    public static string FileName(string extension) =>
        Display.IsEnglish ? $"ALL_JAPAN_TOKYO_tender_portal_figures.{extension}" : $"ALL_JAPAN_TOKYO_入札ポータルの実績.{extension}";

    /// <summary>The ASCII name for clients that do not read RFC 5987's filename*.</summary>
    public static string AsciiFileName(string extension) => $"alljapan-tokyo-tender-portal-figures.{extension}";

    public static byte[] ToCsv(ProcurementFigures figures) =>
        Spreadsheet.Csv(
            [En ? "Table" : "表", En ? "Key" : "キー", En ? "Row" : "行", En ? "Column" : "列", En ? "Programme data" : "実データ", En ? "Synthetic data" : "架空データ"],
            LongRows(figures));

    public static byte[] Workbook(ProcurementFigures figures) =>
        Spreadsheet.Workbook(
            new Spreadsheet.Sheet(SummaryTable, [En ? "Figure" : "項目", En ? "Programme data" : "実データ", En ? "Synthetic data" : "架空データ"],
                Summary(figures).Select(s => new object?[] { s.Label, (decimal)s.Count.Real, (decimal)s.Count.Synthetic })),
            Wide(ByYearTable, En ? "Fiscal year" : "年度", figures.FiscalYearColumns, figures.ByFiscalYear),
            Wide(ByPrefectureTable, En ? "Prefecture" : "都道府県", figures.PrefectureColumns, figures.ByPrefecture));

    private static bool En => Display.IsEnglish;

    private static string SummaryTable => En ? "Summary" : "概要";

    private static string ByYearTable => En ? "By fiscal year" : "年度別";

    private static string ByPrefectureTable => En ? "By prefecture" : "都道府県別";

    private static IEnumerable<(string Key, string Label, RealAndSynthetic Count)> Summary(ProcurementFigures figures) =>
    [
        ("approved-enterprises", En ? "Registered enterprises (approved)" : "登録企業数（承認済み）", figures.ApprovedEnterprises),
        ("pending-enterprises", En ? "Enterprises awaiting screening" : "審査待ちの企業数", figures.PendingEnterprises),
        ("e-bidding-organizations", En ? "Organisations using e-bidding" : "電子入札利用団体数", figures.EBiddingOrganizations),
        ("buyer-organizations", En ? "Buyer organisations" : "発注団体数", figures.BuyerOrganizations),
    ];

    private static IEnumerable<object?[]> LongRows(ProcurementFigures figures)
    {
        foreach (var (key, label, count) in Summary(figures))
        {
            yield return [SummaryTable, key, label, "", (decimal)count.Real, (decimal)count.Synthetic];
        }

        foreach (var (table, columns, rows) in new[] { (ByYearTable, figures.FiscalYearColumns, figures.ByFiscalYear), (ByPrefectureTable, figures.PrefectureColumns, figures.ByPrefecture) })
        {
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    var cell = row.Cell(column.Code);
                    yield return [table, row.Key, Display.Pick(row.LabelJa, row.LabelEn), Display.Pick(column.LabelJa, column.LabelEn), (decimal)cell.Real, (decimal)cell.Synthetic];
                }
            }
        }
    }

    private static Spreadsheet.Sheet Wide(string name, string first, IReadOnlyList<ProcurementColumn> columns, IReadOnlyList<ProcurementRow> rows) =>
        new(
            name,
            [first, .. columns.SelectMany(c => new[] { Display.Pick(c.LabelJa, c.LabelEn), Display.Pick(c.LabelJa, c.LabelEn) + (En ? " (synthetic)" : "（架空データ）") })],
            rows.Select(row => new object?[] { Display.Pick(row.LabelJa, row.LabelEn) }
                .Concat(columns.SelectMany(c => new object?[] { (decimal)row.Cell(c.Code).Real, (decimal)row.Cell(c.Code).Synthetic }))
                .ToArray()));
}
