using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Trends;

/// <summary>A trend as CSV (UTF-8 with a BOM) and as a one-sheet workbook, in the reader's language.</summary>
public static class TrendsExport
{
    /// <summary>「ALL_JAPAN_TOKYO_2-3_出展企業・団体数_推移.csv」, "ALL_JAPAN_TOKYO_2-3_Exhibiting companies and organisations_trend.csv".</summary>
    public static string FileName(TrendSeries series, string extension, IStringLocalizer L) =>
        L["ALL_JAPAN_TOKYO_{0}_{1}_推移.{2}", series.InitiativeCode, series.Indicator.Label.Local(), extension].Value;

    /// <summary>The ASCII name for clients that do not read RFC 5987's filename*.</summary>
    public static string AsciiFileName(TrendSeries series, string extension) =>
        $"alljapan-tokyo-trend-{series.InitiativeCode}-{series.Indicator.Code}.{extension}";

    private static string[] Header(IStringLocalizer L) =>
        [L["年度"].Value, "FY", L["施策コード"].Value, L["指標"].Value, L["値"].Value, L["区分（以上/約）"].Value, L["単位"].Value, L["実施状況"].Value, L["中止・実施せずの理由"].Value, L["備考"].Value];

    /// <summary>One row per fiscal year; a year without the activity or without a report has no value, never a zero.</summary>
    public static IEnumerable<object?[]> Rows(TrendSeries series, IStringLocalizer L) =>
        series.Years.Select(y => new object?[]
        {
            Display.FiscalYearLabel(y.FiscalYear),
            y.FiscalYear,
            series.InitiativeCode,
            series.Indicator.Label.Local(),
            y.Kind == TrendYearKind.Reported ? y.Value : null,
            y.Kind == TrendYearKind.Reported && L.Of(y.Qualifier) is { Length: > 0 } qualifier ? qualifier : null,
            series.Indicator.Unit.Local(),
            y.Kind == TrendYearKind.NoReport ? L["報告なし"].Value : y.Status is null ? null : L.Of(y.Status),
            y.ReasonJa,
            y.NoteJa,
        });

    public static byte[] ToCsv(TrendSeries series, IStringLocalizer L) => Spreadsheet.Csv(Header(L), Rows(series, L));

    /// <summary>One sheet 「推移」 with a header row and a row per fiscal year.</summary>
    public static byte[] ToWorkbook(TrendSeries series, IStringLocalizer L) => Spreadsheet.Workbook(
        new Spreadsheet.Sheet(L["推移"].Value, Header(L), Rows(series, L), [12, 8, 10, 24, 12, 12, 14, 12, 50, 60]));
}
