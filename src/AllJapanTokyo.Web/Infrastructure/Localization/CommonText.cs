using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>The words for the shared domain's codes and figures, through the one localiser (<c>@L.Of(status)</c>).</summary>
public static class CommonText
{
    /// <summary>The text in the reader's language; English, then Japanese, where a translation is missing.</summary>
    public static string Local(this LocalizedText text) =>
        text.In(PortalLanguage.Current.Code) is { Length: > 0 } local ? local : PortalLanguage.Current == PortalLanguage.Japanese ? text.Ja : text.En;

    /// <summary>
    /// Content written in Japanese with the English the data may hold (a buyer's or a region's name), as plain text
    /// where no markup can mark it (a CSV cell, an <c>&lt;option&gt;</c>, an attribute): the string twin of
    /// <c>&lt;localized-text ja en&gt;</c>. The English where the reader does not read Japanese and the data has it; the
    /// Japanese otherwise.
    /// </summary>
    public static string Local(string japanese, string? english) =>
        new LocalizedText(japanese, english ?? "").Local() is { Length: > 0 } local ? local : japanese;

    /// <summary>
    /// Japanese-only data (a reason, a note) where its language cannot be marked and a gloss would not fit, such as an
    /// SVG title: only Japanese pages get it, since a reader of another language would get it unannounced. Pages show
    /// the same data marked <c>lang="ja"</c> elsewhere.
    /// </summary>
    public static string? Unmarked(string? japaneseOnly) =>
        string.IsNullOrWhiteSpace(japaneseOnly) || PortalLanguage.Current != PortalLanguage.Japanese ? null : japaneseOnly;

    /// <summary>Why a typed number was refused (<see cref="TypedNumber"/>); the field it belongs to says which.</summary>
    public static LocalizedString Of(this IStringLocalizer L, NumberProblem problem) => problem switch
    {
        NumberProblem.NotANumber => L["数字で入力してください（例：1,200,000、120万）。"],
        NumberProblem.Negative => L["0以上の数値を入力してください。"],
        NumberProblem.NotWhole => L["小数は入力できません。"],
        NumberProblem.TooLarge => L["数が大きすぎます。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, ActivityStatus status) => status switch
    {
        ActivityStatus.Held => L["開催"],
        ActivityStatus.Cancelled => L["中止"],
        ActivityStatus.NotHeld => L["実施せず"],
        ActivityStatus.Ongoing => L["実施中"],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Of(this IStringLocalizer L, ActivityStatus? status) => status is null ? "—" : L.Of(status.Value);

    public static LocalizedString Of(this IStringLocalizer L, EventFormat format) => format switch
    {
        EventFormat.InPerson => L["対面"],
        EventFormat.Online => L["オンライン"],
        EventFormat.Hybrid => L["ハイブリッド"],
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Of(this IStringLocalizer L, EventFormat? format) => format is null ? "—" : L.Of(format.Value);

    /// <summary>Where a fiscal-year report stands in Tokyo's review, as reporting and the dashboards show it.</summary>
    public static LocalizedString Of(this IStringLocalizer L, ReviewState state) => state switch
    {
        ReviewState.Draft => L["下書き"],
        ReviewState.Submitted => L["提出済み（審査中）"],
        ReviewState.Returned => L["差戻し"],
        ReviewState.Approved => L["承認済み"],
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>
    /// 「出展企業・団体数（うちオンライン）」: the label of an indicator, or of its online part, as plain text (a CSV cell, a
    /// title). Views write <c>&lt;indicator-label&gt;</c>, which marks a label shown in Japanese for want of a translation.
    /// </summary>
    public static string IndicatorLabel(this IStringLocalizer L, LocalizedText label, bool onlinePart) =>
        onlinePart ? L["{0}（うちオンライン）", label.Local()].Value : label.Local();

    /// <summary>The wording of an online part around its indicator's label, unformatted: 「{0}（うちオンライン）」.</summary>
    public static string OnlinePartLabel(IStringLocalizer L) => L["{0}（うちオンライン）"].Value;

    /// <summary>The portal area's name as the main menu shows it.</summary>
    public static LocalizedString Of(this IStringLocalizer L, PortalArea area) => area switch
    {
        PortalArea.Procurement => L["入札・調達"],
        PortalArea.Fairs => L["展示会・商談会"],
        PortalArea.Textiles => L["テキスタイル"],
        PortalArea.Crafts => L["伝統工芸"],
        PortalArea.Funds => L["ファンド"],
        PortalArea.Tourism => L["観光"],
        PortalArea.AntennaShops => L["アンテナショップ"],
        PortalArea.General => L["全般（ダッシュボード）"],
        _ => throw new ArgumentOutOfRangeException(nameof(area)),
    };

    /// <summary>
    /// What a form says when its version token is older than the stored one: someone saved first, nothing of this post was
    /// written, and what the person typed is shown again. One sentence for every form with a version token.
    /// </summary>
    public static LocalizedString SavedMeanwhile(this IStringLocalizer L) =>
        L["あなたが開いた後に別の人が保存しました。入力内容は保存されていません。最新の内容を確認してから、もう一度入力してください。"];
    /// Why a typed number was refused (<see cref="TypedNumber"/>), in the same words for every numeric field: capital,
    /// budget, bid amount, reported figures. <paramref name="max"/> is the field's limit; a <paramref name="money"/>
    /// field also names the 万 and 億 it accepts. Where the message is read apart from its field (a form's summary, an
    /// import line), it follows the field's name: <c>L["{0}：{1}", field, L.Of(problem, max)]</c>.
    /// </summary>
    public static LocalizedString Of(this IStringLocalizer L, NumberProblem problem, decimal max, bool money = false) => problem switch
    {
        NumberProblem.NotANumber when money => L["数字で入力してください（全角数字、「2,500万」のような区切りや万・億も使えます）。"],
        NumberProblem.NotANumber => L["数字で入力してください（全角数字や「1,200」のような区切りも使えます）。"],
        NumberProblem.Negative => L["0以上の数値を入力してください。"],
        NumberProblem.NotWhole => L["整数で入力してください。"],
        NumberProblem.TooLarge when money => L["{0}以下の数値を入力してください。", Display.Yen((long)max)],
        NumberProblem.TooLarge => L["{0}以下の数値を入力してください。", Display.Number(max)],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>「東京都、神奈川県」, "Tokyo, Kanagawa": items listed as the reader's language lists them.</summary>
    public static string List(this IStringLocalizer L, IEnumerable<string> items) => string.Join(L["、"].Value, items);

    /// <summary>「…（…）」, "… (…)": a remark after a text.</summary>
    public static string WithRemark(this IStringLocalizer L, string text, string remark) => L["{0}（{1}）", text, remark].Value;

    /// <summary>「…～…」, "…–…": a range between two dates, times or years; 「…～」, "…–" where it has no end yet.</summary>
    public static string Range(this IStringLocalizer L, string from, string? to) => to is null ? L["{0}～", from].Value : L["{0}～{1}", from, to].Value;

    /// <summary>「平成30年度～」「平成28年度～令和元年度」, "FY2018–", "FY2016–FY2019"; one year alone where both ends agree.</summary>
    public static string FiscalYearRange(this IStringLocalizer L, int since, int? until) =>
        since == until ? Display.FiscalYearLabel(since) : L.Range(Display.FiscalYearLabel(since), until is { } last ? Display.FiscalYearLabel(last) : null);

    /// <summary>
    /// 「36,000件以上」「約9,800頭」, "at least 36,000 companies", "1 company", 「至少…」: a figure as the report states it.
    /// Units are data, and English ones are plural nouns: a value of exactly one takes the singular.
    /// </summary>
    public static LocalizedString Figure(this IStringLocalizer L, decimal value, ValueQualifier qualifier, LocalizedText unit)
    {
        var number = Display.Number(value);
        var counter = value == 1 && PortalLanguage.Current == PortalLanguage.English ? SingularEnglish(unit.Local()) : unit.Local();
        return qualifier switch
        {
            ValueQualifier.AtLeast => L["{0}{1}以上", number, counter],
            ValueQualifier.Approx => L["約{0}{1}", number, counter],
            _ => L["{0}{1}", number, counter],
        };
    }

    /// <summary>
    /// "company" for "companies": the singular of an English unit as the indicators write them (plural nouns, or
    /// "head" for livestock, which has none). Admins edit units, so this is a rule rather than a list.
    /// </summary>
    public static string SingularEnglish(string unit) => unit switch
    {
        _ when unit.EndsWith("people", StringComparison.Ordinal) => unit[..^"people".Length] + "person",
        _ when unit.EndsWith("ies", StringComparison.Ordinal) => unit[..^"ies".Length] + "y",
        _ when unit.EndsWith('s') => unit[..^1],
        _ => unit,
    };
}
