using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Reports;

/// <summary>The report's texts that the page and the downloads share, in the reader's language.</summary>
public static class ProgressReportText
{
    /// <summary>「ALL JAPAN &amp; TOKYO プロジェクト 令和2年度 取組状況」.</summary>
    public static string Title(this IStringLocalizer L, ProgressReport report) =>
        L["ALL JAPAN & TOKYO プロジェクト {0} 取組状況", Display.FiscalYearLabel(report.FiscalYear)].Value;

    /// <summary>「登録企業数」, 「参加都道府県数（新潟県）」 for a prefecture's own figure, 「出展企業・団体数（うちオンライン）（新潟県）」 for its online part.</summary>
    public static string Label(this IStringLocalizer L, ProgressReportFigure figure)
    {
        var label = L.IndicatorLabel(figure.Label, figure.OnlinePart);
        return figure.Prefecture is { } own ? L.WithRemark(label, own.Name.Local()) : label;
    }

    /// <summary>「36,000件以上」「約9,800頭」, or 「中止」「実施せず」 where the activity did not take place.</summary>
    public static string Text(this IStringLocalizer L, ProgressReportFigure figure) => L.Text(figure.Cell);

    /// <summary>「217件」: a count an event reports, with the precision of the matching figure.</summary>
    public static string Text(this IStringLocalizer L, ProgressReportCount count) => L.Figure(count.Value, count.Qualifier, count.Unit).Value;

    /// <summary>「66ショップ」: the shops of a stamp rally.</summary>
    public static string Shops(this IStringLocalizer L, ProgressReportStampRally rally) =>
        rally.Unit is { } unit ? L.Figure(rally.ParticipatingShops, ValueQualifier.Exact, unit).Value : Display.Number((long)rally.ParticipatingShops);

    /// <summary>Prefecture names in a cell: 「新潟県、福井県」, "Niigata, Fukui", or 「—」.</summary>
    public static string Names(this IStringLocalizer L, IReadOnlyList<PrefectureRef> prefectures) =>
        prefectures.Count == 0 ? "—" : L.List(prefectures.Select(p => p.Name.Local()));

    public static string NoFigures(this IStringLocalizer L) => L["当年度の実績値の登録はありません。"].Value;

    public static string HeldOnline(this IStringLocalizer L) => L["オンライン開催"].Value;
}
