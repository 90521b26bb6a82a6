using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// The dashboard's codes and phrases in the reader's language, through the one localiser: the sources of a
/// participation, qualifiers, metrics and the refusals of a page. Review states, lists and ranges are CommonText's.
/// </summary>
public static class DashboardText
{
    /// <summary>How much of a refused query value a message repeats.</summary>
    public const int ShownLength = 40;

    public static LocalizedString Of(this IStringLocalizer L, ParticipationSource source) => source switch
    {
        ParticipationSource.ParticipationRecord => L["参加記録"],
        ParticipationSource.ReportedFigure => L["実績値"],
        ParticipationSource.HostedEvent => L["開催地"],
        ParticipationSource.TourismPartnership => L["観光連携"],
        ParticipationSource.FundInvestment => L["ファンド投資先"],
        ParticipationSource.CraftCollaboration => L["工芸コラボ商品"],
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    /// <summary>「以上」「約」 as the report qualifies a figure; nothing for an exact one.</summary>
    public static string Of(this IStringLocalizer L, ValueQualifier qualifier) => qualifier switch
    {
        ValueQualifier.AtLeast => L["以上"].Value,
        ValueQualifier.Approx => L["約"].Value,
        _ => "",
    };

    /// <summary>The heading of a column of the tender portal's figures.</summary>
    public static LocalizedString Of(this IStringLocalizer L, ProcurementColumn column) => column switch
    {
        ProcurementColumn.Enterprises => L["登録企業数（承認済み）"],
        ProcurementColumn.Tenders => L["公告された案件数"],
        ProcurementColumn.Bids => L["入札数（取下げを除く）"],
        ProcurementColumn.Awards => L["落札数"],
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>A count of the tender portal's summary.</summary>
    public static LocalizedString Of(this IStringLocalizer L, ProcurementSummaryFigure figure) => figure switch
    {
        ProcurementSummaryFigure.ApprovedEnterprises => L["登録企業数（承認済み）"],
        ProcurementSummaryFigure.PendingEnterprises => L["審査待ちの企業数"],
        ProcurementSummaryFigure.EBiddingOrganizations => L["電子入札利用団体数"],
        ProcurementSummaryFigure.BuyerOrganizations => L["発注団体数"],
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };

    /// <summary>What a page says when it cannot show what was asked, and what it shows instead.</summary>
    public static LocalizedString Of(this IStringLocalizer L, DashboardProblem problem) => problem switch
    {
        DashboardProblem.UnknownFiscalYear p => L[
            "指定された年度「{0}」は表示できません。{1}から{2}までの年度を選んでください。{3}を表示しています。",
            Shown(p.Asked),
            Display.FiscalYearLabel(p.First),
            Display.FiscalYearLabel(p.Last),
            Display.FiscalYearLabel(p.Shown)],
        DashboardProblem.UnknownIndicator p => L["指定された指標「{0}」は、この年度には表示できません。一覧から選んでください。{1}を表示しています。", Shown(p.Asked), L.Label(p.Shown)],
        DashboardProblem.UnknownView p => L["指定された表示方法「{0}」はありません。地図で表示しています。", Shown(p.Asked)],
        DashboardProblem.UnknownSort p => L["指定された並び順「{0}」はありません。都道府県順で表示しています。", Shown(p.Asked)],
        DashboardProblem.UnknownPrefecture p => L["指定された都道府県「{0}」はありません。都道府県コード（1〜47）を選んでください。", Shown(p.Asked)],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>「参加施策数」, or 「商談数（2-4 全国の中小企業の優れた技術等を活用）」 for a figure of an initiative.</summary>
    public static string Label(this IStringLocalizer L, DashboardMetric metric) => metric.Kind switch
    {
        DashboardMetricKind.Initiatives => L["参加施策数"].Value,
        DashboardMetricKind.Events => L["開催イベント数"].Value,
        _ => L["{0}（{1} {2}）", metric.Label?.Local() ?? metric.Code, metric.Initiative?.Code ?? "", metric.Initiative?.Title.Local() ?? ""].Value,
    };

    /// <summary>Where the metric's numbers come from.</summary>
    public static string Source(this IStringLocalizer L, DashboardMetric metric) => metric.Kind switch
    {
        DashboardMetricKind.Initiatives => L["参加記録、承認済みの実績値、開催イベント、観光連携、ファンド投資先、コラボ商品から数えた施策の数"].Value,
        DashboardMetricKind.Events => L["その道府県で開催されたイベントの数（中止・実施せずを除く）"].Value,
        _ => L["道府県別の承認済み実績値"].Value,
    };

    /// <summary>「36,000件以上」「約9,800頭」; 「中止」「実施せず」 where the activity did not take place.</summary>
    public static string Text(this IStringLocalizer L, FigureCell figure) =>
        figure.IsMissing ? L.Of(figure.Status) : L.Figure(figure.Value, figure.Qualifier, figure.Unit).Value;

    /// <summary>「参加記録・実績値」, "Participation record, Reported figure".</summary>
    public static string Sources(this IStringLocalizer L, IEnumerable<ParticipationSource> sources) =>
        string.Join(L["・"].Value, sources.Select(s => L.Of(s).Value));

    /// <summary>A refused query value as a message repeats it: cut short, so that a junk link cannot fill the page.</summary>
    public static string Shown(string asked) => asked.Length > ShownLength ? asked[..ShownLength] + "…" : asked;
}
