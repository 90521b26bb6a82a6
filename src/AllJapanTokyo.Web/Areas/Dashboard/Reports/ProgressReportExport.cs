using System.Globalization;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Reports;

/// <summary>
/// The progress report as an Excel workbook (sheets 「取組状況」, 「開催一覧」 and 「関連情報」, written with the Open XML SDK)
/// and as CSV (the 「取組状況」 rows, UTF-8 with a BOM so that Excel reads the Japanese). Headings follow the reader's
/// language; what the report writes in Japanese only (notes, event names, venues) stays Japanese. A year without the
/// activity has an empty value and its status, never a zero.
/// </summary>
public static class ProgressReportExport
{
    private static readonly string[] EventCountCodes = ["exhibitors", "business_meetings", "participating_prefectures", "visitors"];

    /// <summary>「ALL_JAPAN_TOKYO_令和2年度_取組状況.xlsx」, "ALL_JAPAN_TOKYO_FY2020_progress_report.xlsx".</summary>
    public static string FileName(int fiscalYear, string extension, IStringLocalizer L) =>
        L["ALL_JAPAN_TOKYO_{0}_取組状況.{1}", Display.FiscalYearLabel(fiscalYear), extension].Value;

    /// <summary>The ASCII name for clients that do not read RFC 5987's filename*.</summary>
    public static string AsciiFileName(int fiscalYear, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"alljapan-tokyo-progress-report-fy{fiscalYear}.{extension}");

    private static string[] FigureHeader(IStringLocalizer L) =>
    [
        L["章"].Value, L["施策コード"].Value, L["施策名"].Value, L["指標コード"].Value, L["指標"].Value, L["値"].Value, L["区分（以上/約）"].Value,
        L["単位"].Value, L["実施状況"].Value, L["形式"].Value, L["関係都道府県"].Value, L["備考（取組状況の記載）"].Value, L["承認状態"].Value,
    ];

    private static string[] EventHeader(IStringLocalizer L) =>
    [
        L["章"].Value, L["施策コード"].Value, L["施策名"].Value, L["名称"].Value, L["開始日"].Value, L["終了日"].Value, L["会場"].Value, L["開催都道府県"].Value,
        L["形式"].Value, L["実施状況"].Value, L["中止・実施せずの理由"].Value, L["出展者数"].Value, L["商談数"].Value, L["参加都道府県数"].Value,
        L["来場者数"].Value, L["連携先"].Value, L["備考"].Value,
    ];

    private static string[] RelatedHeader(IStringLocalizer L) =>
        [L["施策コード"].Value, L["区分"].Value, L["名称"].Value, L["都道府県"].Value, L["期間"].Value, L["実績"].Value, L["備考"].Value];

    /// <summary>One row per figure of the year; a measure without figures has one row saying so.</summary>
    public static IEnumerable<object?[]> FigureRows(ProgressReport report, IStringLocalizer L)
    {
        foreach (var chapter in report.Chapters)
        {
            foreach (var measure in chapter.Measures)
            {
                var title = measure.Title.Local();
                if (!measure.HasFigures)
                {
                    yield return [chapter.Number, measure.Code, title, null, null, null, null, null, null, null, null, L.NoFigures(), null];
                    continue;
                }

                foreach (var figure in measure.Figures)
                {
                    yield return
                    [
                        chapter.Number,
                        measure.Code,
                        title,
                        figure.IndicatorCode,
                        L.Label(figure),
                        figure.Number,
                        L.Of(figure.Qualifier),
                        figure.Unit.Local(),
                        figure.Status is null ? null : L.Of(figure.Status),
                        figure.Format is null ? null : L.Of(figure.Format),
                        L.List(figure.NamedPrefectures.Select(p => p.Name.Local())),
                        figure.NoteJa,
                        L.Of(figure.ReviewState).Value,
                    ];
                }
            }
        }
    }

    public static IEnumerable<object?[]> EventRows(ProgressReport report, IStringLocalizer L) =>
        from chapter in report.Chapters
        from measure in chapter.Measures
        from item in measure.Events
        select new object?[]
        {
            chapter.Number,
            measure.Code,
            measure.Title.Local(),
            item.NameJa,
            item.Start is null ? null : Display.Date(item.Start),
            item.End is null ? null : Display.Date(item.End),
            item.VenueJa,
            item.Host?.Name.Local(),
            item.Format is null ? null : L.Of(item.Format),
            L.Of(item.Status).Value,
            item.IsActivityMissing ? item.CancelReasonJa : null,
        }
        .Concat(EventCountCodes.Select(code => (object?)item.CountOf(code)?.Value))
        .Concat([item.PartnersJa, item.NoteJa])
        .ToArray();

    public static IEnumerable<object?[]> RelatedRows(ProgressReport report, IStringLocalizer L)
    {
        foreach (var measure in report.Measures)
        {
            if (measure.Fund is { } fund)
            {
                yield return [measure.Code, L["ファンド"].Value, fund.NameJa, null, fund.Established is null ? null : Display.Date(fund.Established), null, fund.NoteJa];
                foreach (var investee in fund.Investees)
                {
                    yield return [measure.Code, L["投資先企業"].Value, investee.CompanyNameJa, investee.Prefecture?.Name.Local(), null, null, investee.NoteJa];
                }
            }

            foreach (var partner in measure.Partners)
            {
                yield return [measure.Code, L["連携先"].Value, partner.PartnerJa, L.List(partner.Prefectures.Select(p => p.Name.Local())), L.FiscalYearRange(partner.SinceFiscalYear, partner.UntilFiscalYear), null, partner.NoteJa];
            }

            foreach (var rally in measure.StampRallies)
            {
                yield return [measure.Code, L["スタンプラリー"].Value, null, null, Display.Period(rally.Start, rally.End), L.Shops(rally), L.Of(rally.Format).Value];
            }

            foreach (var product in measure.Collaborations)
            {
                yield return [measure.Code, L["コラボ商品"].Value, product.ProductJa, product.PartnerPrefecture?.Name.Local(), null, null, L.WithRemark($"{product.TokyoCraftJa} × {product.PartnerCraftJa}", product.ProgrammeJa)];
            }
        }
    }

    public static byte[] Workbook(ProgressReport report, IStringLocalizer L) => Spreadsheet.Workbook(
        new(L["取組状況"].Value, FigureHeader(L), FigureRows(report, L), [6, 10, 40, 24, 28, 12, 10, 12, 10, 12, 24, 70, 16]),
        new(L["開催一覧"].Value, EventHeader(L), EventRows(report, L), [6, 10, 36, 36, 14, 14, 30, 12, 12, 10, 40, 10, 10, 12, 10, 30, 40]),
        new(L["関連情報"].Value, RelatedHeader(L), RelatedRows(report, L), [10, 16, 40, 30, 24, 14, 60]));

    /// <summary>The figures sheet only, as CSV.</summary>
    public static byte[] ToCsv(ProgressReport report, IStringLocalizer L) => Spreadsheet.Csv(FigureHeader(L), FigureRows(report, L));
}
