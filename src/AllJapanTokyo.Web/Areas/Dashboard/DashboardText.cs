using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>Names of the values the dashboard shows (areas, review states, evidence), in Japanese or English.</summary>
public static class DashboardText
{
    /// <summary>The area's own pages; General initiatives have their page on the dashboard.</summary>
    public static string AreaHref(PortalArea area, string initiativeCode) =>
        area == PortalArea.General ? $"/dashboard/initiatives/{initiativeCode}" : $"/{area.ToCode()}";

    public static string Area(PortalArea area) => area switch
    {
        PortalArea.Procurement => Display.Pick("入札・調達", "Tenders"),
        PortalArea.Fairs => Display.Pick("展示会・商談会", "Fairs & meetings"),
        PortalArea.Textiles => Display.Pick("テキスタイル", "Textiles"),
        PortalArea.Crafts => Display.Pick("伝統工芸", "Crafts"),
        PortalArea.Funds => Display.Pick("ファンド", "Fund"),
        PortalArea.Tourism => Display.Pick("観光", "Tourism"),
        PortalArea.AntennaShops => Display.Pick("アンテナショップ", "Antenna shops"),
        PortalArea.General => Display.Pick("全般（ダッシュボード）", "General (dashboard)"),
        _ => area.ToString(),
    };

    public static string Review(ReviewState state) => state switch
    {
        Domain.Indicators.ReviewState.Draft => Display.Pick("下書き", "Draft"),
        Domain.Indicators.ReviewState.Submitted => Display.Pick("提出済み（審査中）", "Submitted (in review)"),
        Domain.Indicators.ReviewState.Returned => Display.Pick("差戻し", "Returned"),
        Domain.Indicators.ReviewState.Approved => Display.Pick("承認済み（公表）", "Approved (published)"),
        _ => state.ToString(),
    };

    public static string Source(ParticipationSource source) => source switch
    {
        ParticipationSource.ParticipationRecord => Display.Pick("参加記録", "Participation record"),
        ParticipationSource.ReportedFigure => Display.Pick("実績値", "Reported figure"),
        ParticipationSource.HostedEvent => Display.Pick("開催地", "Event host"),
        ParticipationSource.TourismPartnership => Display.Pick("観光連携", "Tourism partnership"),
        ParticipationSource.FundInvestment => Display.Pick("ファンド投資先", "Fund investee"),
        ParticipationSource.CraftCollaboration => Display.Pick("工芸コラボ商品", "Craft collaboration"),
        _ => source.ToString(),
    };

    public static string Sources(IEnumerable<ParticipationSource> sources) =>
        string.Join(Display.IsEnglish ? ", " : "・", sources.Select(Source));

    /// <summary>「3施策」 / "3 initiatives".</summary>
    public static string InitiativeCount(int count) =>
        Display.IsEnglish ? (count == 1 ? "1 initiative" : $"{count} initiatives") : $"{count}施策";

    /// <summary>「平成30年度～」「平成28年度～令和元年度」 / "FY2018–", "FY2016–FY2019".</summary>
    public static string FiscalYearRange(int since, int? until)
    {
        var dash = Display.IsEnglish ? "–" : "～";
        return until is null
            ? $"{Display.FiscalYearLabel(since)}{dash}"
            : since == until ? Display.FiscalYearLabel(since) : $"{Display.FiscalYearLabel(since)}{dash}{Display.FiscalYearLabel(until.Value)}";
    }

    /// <summary>「：」 in Japanese, ": " in English.</summary>
    public static string Colon => Display.IsEnglish ? ": " : "：";

    /// <summary>「（」 in Japanese, " (" in English.</summary>
    public static string Open => Display.IsEnglish ? " (" : "（";

    /// <summary>「）」 in Japanese, ")" in English.</summary>
    public static string Close => Display.IsEnglish ? ")" : "）";

    public static string Name(PrefectureRef prefecture) => Display.Pick(prefecture.NameJa, prefecture.NameEn);

    public static string Title(InitiativeRef initiative) => Display.Pick(initiative.TitleJa, initiative.TitleEn);
}
