using System.Globalization;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// The progress report as an Excel workbook (sheets 「取組状況」, 「開催一覧」 and 「関連情報」, written with the Open XML SDK)
/// and as CSV (the 「取組状況」 rows, UTF-8 with a BOM so that Excel reads the Japanese). Headings follow the reader's
/// language. A year without the activity has an empty value and its status, never a zero.
/// </summary>
public static class ProgressReportExport
{
    /// <summary>「ALL_JAPAN_TOKYO_令和2年度_取組状況.xlsx」 (English: ALL_JAPAN_TOKYO_FY2020_progress_report.xlsx).</summary>
    public static string FileName(int fiscalYear, string extension) => Display.IsEnglish
        ? $"ALL_JAPAN_TOKYO_{Display.FiscalYearLabel(fiscalYear)}_progress_report.{extension}"
        : $"ALL_JAPAN_TOKYO_{Display.FiscalYearLabel(fiscalYear)}_取組状況.{extension}";

    /// <summary>The ASCII name for clients that do not read RFC 5987's filename*.</summary>
    public static string AsciiFileName(int fiscalYear, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"alljapan-tokyo-progress-report-fy{fiscalYear}.{extension}");

    private static string[] FigureHeader => Display.IsEnglish
        ? ["Chapter", "Measure code", "Measure", "Indicator code", "Indicator", "Value", "Qualifier", "Unit", "Status", "Format", "Prefectures", "Note (as the report states it)", "Review state"]
        : ["章", "施策コード", "施策名", "指標コード", "指標", "値", "区分（以上/約）", "単位", "実施状況", "形式", "関係都道府県", "備考（取組状況の記載）", "承認状態"];

    private static string[] EventHeader => Display.IsEnglish
        ? ["Chapter", "Measure code", "Measure", "Event", "Start", "End", "Venue", "Host prefecture", "Format", "Status", "Reason (cancelled / not held)", "Exhibitors", "Business meetings", "Participating prefectures", "Visitors", "Partners", "Note"]
        : ["章", "施策コード", "施策名", "名称", "開始", "終了", "会場", "開催都道府県", "形式", "実施状況", "中止・実施せずの理由", "出展者数", "商談数", "参加都道府県数", "来場者数", "連携先", "備考"];

    private static string[] RelatedHeader => Display.IsEnglish
        ? ["Measure code", "Kind", "Name", "Prefectures", "Period", "Figure", "Note"]
        : ["施策コード", "区分", "名称", "都道府県", "期間", "実績", "備考"];

    private static readonly string[] EventCountCodes = ["exhibitors", "business_meetings", "participating_prefectures", "visitors"];

    /// <summary>One row per figure of the year; a measure without figures has one row saying so.</summary>
    public static IEnumerable<object?[]> FigureRows(ProgressReport report)
    {
        foreach (var chapter in report.Chapters)
        {
            foreach (var measure in chapter.Measures)
            {
                if (!measure.HasFigures)
                {
                    yield return [chapter.Number, measure.Code, measure.Title, null, null, null, null, null, null, null, null, ProgressReportText.NoFiguresText, null];
                    continue;
                }

                foreach (var figure in measure.Figures)
                {
                    yield return
                    [
                        chapter.Number,
                        measure.Code,
                        measure.Title,
                        figure.IndicatorCode,
                        figure.Label,
                        figure.Number,
                        ProgressReportText.QualifierText(figure.Qualifier),
                        figure.Unit,
                        figure.Status is null ? null : Display.Status(figure.Status),
                        figure.Format is null ? null : Display.Format(figure.Format),
                        string.Join("、", figure.NamedPrefectures.Select(p => p.Name)),
                        figure.NoteJa,
                        ProgressReportText.ReviewStateText(figure.ReviewState),
                    ];
                }
            }
        }
    }

    public static IEnumerable<object?[]> EventRows(ProgressReport report) =>
        from chapter in report.Chapters
        from measure in chapter.Measures
        from item in measure.Events
        select new object?[]
        {
            chapter.Number,
            measure.Code,
            measure.Title,
            item.NameJa,
            item.Start is null ? null : Display.Date(item.Start),
            item.End is null ? null : Display.Date(item.End),
            item.VenueJa,
            item.Host?.Name,
            item.Format is null ? null : Display.Format(item.Format),
            Display.Status(item.Status),
            item.IsActivityMissing ? item.CancelReasonJa : null,
        }
        .Concat(EventCountCodes.Select(code => (object?)item.CountOf(code)?.Value))
        .Concat([item.PartnersJa, item.NoteJa])
        .ToArray();

    public static IEnumerable<object?[]> RelatedRows(ProgressReport report)
    {
        var english = Display.IsEnglish;
        foreach (var measure in report.Measures)
        {
            if (measure.Fund is { } fund)
            {
                yield return [measure.Code, english ? "Fund" : "ファンド", fund.NameJa, null, fund.Established is null ? null : Display.Date(fund.Established), null, fund.NoteJa];
                foreach (var investee in fund.Investees)
                {
                    yield return [measure.Code, english ? "Investee" : "投資先企業", investee.CompanyNameJa, investee.Prefecture?.Name, null, null, investee.NoteJa];
                }
            }

            foreach (var partner in measure.Partners)
            {
                yield return [measure.Code, english ? "Partner" : "連携先", partner.PartnerJa, string.Join("、", partner.Prefectures.Select(p => p.Name)), partner.Period, null, partner.NoteJa];
            }

            foreach (var rally in measure.StampRallies)
            {
                yield return [measure.Code, english ? "Stamp rally" : "スタンプラリー", null, null, rally.Period, rally.ShopsText, Display.Format(rally.Format)];
            }

            foreach (var product in measure.Collaborations)
            {
                yield return [measure.Code, english ? "Collaboration product" : "コラボ商品", product.ProductJa, product.PartnerPrefecture?.Name, null, null, $"{product.TokyoCraftJa} × {product.PartnerCraftJa}（{product.ProgrammeJa}）"];
            }
        }
    }

    public static byte[] Workbook(ProgressReport report) => Spreadsheet.Workbook(
        new(Display.IsEnglish ? "Progress" : "取組状況", FigureHeader, FigureRows(report), [6, 10, 40, 24, 28, 12, 10, 12, 10, 12, 24, 70, 16]),
        new(Display.IsEnglish ? "Events" : "開催一覧", EventHeader, EventRows(report), [6, 10, 36, 36, 14, 14, 30, 12, 12, 10, 40, 10, 10, 12, 10, 30, 40]),
        new(Display.IsEnglish ? "Related" : "関連情報", RelatedHeader, RelatedRows(report), [10, 16, 40, 30, 24, 14, 60]));

    /// <summary>The figures sheet only, as CSV.</summary>
    public static byte[] ToCsv(ProgressReport report) => Spreadsheet.Csv(FigureHeader, FigureRows(report));
}
