using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Web.Areas.AntennaShops;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Tourism.InfoCenters;

/// <summary>The words of the information centres' pages, through the one localiser.</summary>
public static class InfoCenterText
{
    /// <summary>Where the centre stands now: "Open now (9:00–18:00)", "Closed today: temporarily closed", "Hours not given".</summary>
    public static LocalizedString Of(this IStringLocalizer L, InfoCenterDay day)
    {
        var hours = day.OpensMinute is { } o && day.ClosesMinute is { } c ? InfoCenterSchedule.FormatSpan(o, c) : "";
        return day.State switch
        {
            InfoCenterOpenState.OpenNow => L["いま開いています（本日 {0}）", hours],
            InfoCenterOpenState.OpensLaterToday => L["本日は {0} に開きます（本日 {1}）", InfoCenterSchedule.FormatTime(day.OpensMinute!.Value), hours],
            InfoCenterOpenState.ClosedForTheDay => L["本日の受付は終了しました（本日 {0}）", hours],
            InfoCenterOpenState.ClosedToday when day.Closure is not null => L["本日は臨時休業です"],
            InfoCenterOpenState.ClosedToday => L["本日は休業日です"],
            _ => L["開館時間は未登録です"],
        };
    }

    public static LocalizedString Of(this IStringLocalizer L, JntoCategory category) => category switch
    {
        JntoCategory.Category1 => L["JNTO認定 カテゴリーI"],
        JntoCategory.Category2 => L["JNTO認定 カテゴリーII"],
        JntoCategory.Category3 => L["JNTO認定 カテゴリーIII"],
        _ => L["JNTO認定 パートナー施設"],
    };

    public static LocalizedString Weekday(this IStringLocalizer L, DayOfWeek day) => L.Of(AntennaShop.ClosingDaysOf(day));

    public static LocalizedString Language(this IStringLocalizer L, string code) => code switch
    {
        "en" => L["英語"],
        "zh" => L["中国語"],
        "ko" => L["韓国語"],
        "th" => L["タイ語"],
        "vi" => L["ベトナム語"],
        "id" => L["インドネシア語"],
        "fr" => L["フランス語"],
        "es" => L["スペイン語"],
        "de" => L["ドイツ語"],
        "it" => L["イタリア語"],
        "pt" => L["ポルトガル語"],
        _ => L["ロシア語"],
    };

    /// <summary>The languages served, listed in the reader's language.</summary>
    public static string Languages(this IStringLocalizer L, string codes) =>
        L.List(codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => L.Language(c).Value));

    public static LocalizedString Of(this IStringLocalizer L, InfoCenterFieldProblem problem) => problem.Problem switch
    {
        InfoCenterProblem.NotYourPrefecture => L["他の都道府県の観光案内所は編集できません。"],
        InfoCenterProblem.TooLong => L["住所は200文字、理由は500文字以内で入力してください。"],
        InfoCenterProblem.UnknownCategory => L["JNTOカテゴリーは 1、2、3 または partner（パートナー施設）で入力してください。"],
        InfoCenterProblem.UnknownLanguage => L["対応言語は en,zh,ko,th,vi,id,fr,es,de,it,pt,ru の形で入力してください。"],
        InfoCenterProblem.NotHours => L["{0}：時間は「9:00-18:00」の形で、閉まる時刻を開く時刻より後にして入力してください（休みは空欄か「休」）。", L.Field(problem.Field)],
        InfoCenterProblem.UnknownCenter => L["その名称の観光案内所はありません。"],
        InfoCenterProblem.DateRequired => L["{0}：日付を「2020-04-08」の形で入力してください。", L.Field(problem.Field)],
        InfoCenterProblem.PeriodReversed => L["終了日は開始日以降の日付にしてください。"],
        _ => L["理由を入力してください。"],
    };

    /// <summary>A field's (CSV column's) label.</summary>
    public static string Field(this IStringLocalizer L, string field) => field switch
    {
        "mon" => L.Weekday(DayOfWeek.Monday),
        "tue" => L.Weekday(DayOfWeek.Tuesday),
        "wed" => L.Weekday(DayOfWeek.Wednesday),
        "thu" => L.Weekday(DayOfWeek.Thursday),
        "fri" => L.Weekday(DayOfWeek.Friday),
        "sat" => L.Weekday(DayOfWeek.Saturday),
        "sun" => L.Weekday(DayOfWeek.Sunday),
        "from" => L["開始日"],
        "until" => L["終了日"],
        "hours" => L["短縮営業の時間"],
        _ => L["営業時間"],
    };
}
