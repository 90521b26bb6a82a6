using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Web.Areas.Tourism.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Tourism;

/// <summary>The words for the Tourism area, through the one localiser.</summary>
public static class TourismText
{
    /// <summary>
    /// The partner's name in the reader's language: a partner that is one prefecture takes the prefecture's name, the
    /// other partners of the report's list their translation; any other name is shown as the data's Japanese, marked.
    /// </summary>
    public static IHtmlContent NameOf(this IStringLocalizer L, PartnershipItem partner)
    {
        var (name, japaneseOnly) = L.Name(partner);
        return japaneseOnly ? JapaneseInText.Marked(name) : new HtmlContentBuilder().Append(name);
    }

    /// <summary>The name as a plain string, for the page title.</summary>
    public static string TitleOf(this IStringLocalizer L, PartnershipItem partner) => L.Name(partner).Text;

    /// <summary>The partner's page in the breadcrumb, marked as Japanese where the name is the data's Japanese.</summary>
    public static Crumb CrumbOf(this IStringLocalizer L, PartnershipItem partner)
    {
        var (name, japaneseOnly) = L.Name(partner);
        return new Crumb(name, Language: japaneseOnly ? PortalLanguage.Japanese : null);
    }

    /// <summary>「東京と北陸を結ぶ観光ルート」, "Tourist route linking Tokyo and Hokuriku"; a region without words stays Japanese, marked.</summary>
    public static IHtmlContent NameOf(this IStringLocalizer L, RouteLink route) =>
        EnglishName(route.NameEn) is { } english ? new HtmlContentBuilder().Append(english)
        : L.RouteRegion(route.RegionJa) is { } region
            ? new HtmlContentBuilder().Append(L["東京と{0}を結ぶ観光ルート", region.Value])
            : JapaneseInText.Sentence(L["東京と{0}を結ぶ観光ルート"], route.RegionJa);

    /// <summary>The route's name as a plain string, for the page title.</summary>
    public static string TitleOf(this IStringLocalizer L, RouteLink route) =>
        EnglishName(route.NameEn) ?? L["東京と{0}を結ぶ観光ルート", L.RouteRegion(route.RegionJa)?.Value ?? route.RegionJa];

    /// <summary>
    /// A stop's name for the page's language: its romanised English name on the en, zh-Hans and ko pages where staff gave
    /// one (the guideline's form, also what visitors find on signs), otherwise the Japanese, which the page marks.
    /// </summary>
    public static (string Text, bool Japanese) StopName(RouteStopItem stop) =>
        EnglishName(stop.NameEn) is { } english ? (english, false) : (stop.NameJa, true);

    /// <summary>The English name where one is given and the page is not Japanese.</summary>
    private static string? EnglishName(string? nameEn) =>
        string.IsNullOrWhiteSpace(nameEn) || PortalLanguage.Current == PortalLanguage.Japanese ? null : nameEn;

    /// <summary>「東京都 → 福井県」: the prefectures of the route's days, in order.</summary>
    public static string Itinerary(RouteLink route) => string.Join(" → ", route.Itinerary.Select(p => p.Name.Local()));

    private static (string Text, bool JapaneseOnly) Name(this IStringLocalizer L, PartnershipItem partner) =>
        partner.Prefectures is [var only] && only.Name.Ja == partner.PartnerJa ? (only.Name.Local(), false)
        : L.PartnerName(partner.PartnerJa) is { } name ? (name.Value, false)
        : (partner.PartnerJa, true);

    /// <summary>The name of a partner of the report's list in the reader's language; null for one the portal has no words for.</summary>
    private static LocalizedString? PartnerName(this IStringLocalizer L, string partnerJa) => partnerJa switch
    {
        "東北地域" => L["東北地域"],
        "中国・四国地域" => L["中国・四国地域"],
        "九州地域（熊本県・大分県）" => L["九州地域（熊本県・大分県）"],
        "九州地域" => L["九州地域"],
        "北陸地域" => L["北陸地域"],
        "札幌市" => L["札幌市"],
        "京都市" => L["京都市"],
        "福岡市" => L["福岡市"],
        "名古屋市・愛知県" => L["名古屋市・愛知県"],
        "富士箱根伊豆国際観光テーマ地区推進協議会" => L["富士箱根伊豆国際観光テーマ地区推進協議会"],
        "石川県等（東京～北陸沿線エリア）" => L["石川県等（東京～北陸沿線エリア）"],
        "宮城県等（北海道・東北エリア）" => L["宮城県等（北海道・東北エリア）"],
        "関東域内のラグビーワールドカップ2019™の開催都市" => L["関東域内のラグビーワールドカップ2019™の開催都市"],
        "関東域内の東京2020大会競技実施エリア自治体" => L["関東域内の東京2020大会競技実施エリア自治体"],
        "世界自然遺産の登録地が所在する４道県" => L["世界自然遺産の登録地が所在する４道県"],
        _ => null,
    };

    /// <summary>The region a model route leads to from Tokyo (「北陸」); null for one the portal has no words for.</summary>
    private static LocalizedString? RouteRegion(this IStringLocalizer L, string regionJa) => regionJa switch
    {
        "北陸" => L["北陸"],
        _ => null,
    };

    public static LocalizedString Of(this IStringLocalizer L, RouteStopProblem problem) => problem switch
    {
        RouteStopProblem.NameRequired => L["立ち寄り先の名称を入力してください。"],
        RouteStopProblem.EnglishNameNotLatin => L["英語名はローマ字と英語で入力してください（例：Eiheiji Temple）。"],
        RouteStopProblem.TooLong => L["名称は200文字、見どころとアクセスは1,000文字、時間は50文字以内で入力してください。"],
        RouteStopProblem.CoordinatesRequired => L["立ち寄り先の位置（緯度と経度）を入力してください。位置のない立ち寄り先は地図に載せられないため保存できません。"],
        RouteStopProblem.CoordinatesNotNumbers => L["緯度と経度は度の数値で入力してください（例：35.6895、139.6917）。"],
        _ => L["緯度は20〜46度、経度は122〜154度（日本国内）の範囲で入力してください。"],
    };

    public static LocalizedString Of(this IStringLocalizer L, PrCornerSlot slot) => slot switch
    {
        PrCornerSlot.Morning => L["午前"],
        PrCornerSlot.Afternoon => L["午後"],
        _ => L["終日"],
    };

    public static LocalizedString Of(this IStringLocalizer L, PrCornerBookingState state) => state switch
    {
        PrCornerBookingState.Approved => L["承認"],
        PrCornerBookingState.Declined => L["不承認"],
        _ => L["申請中"],
    };

    public static LocalizedString Of(this IStringLocalizer L, PrCornerProblem problem) => problem switch
    {
        PrCornerProblem.MunicipalityRequired => L["自治体名を入力してください。"],
        PrCornerProblem.TitleRequired => L["イベント名を入力してください。"],
        PrCornerProblem.PlanRequired => L["イベントの計画を入力してください。"],
        PrCornerProblem.TooLong => L["自治体名は100文字、イベント名は200文字、計画は2,000文字以内で入力してください。"],
        PrCornerProblem.DateInThePast => L["明日以降の日付と、終日・午前・午後のいずれかを選んでください。"],
        PrCornerProblem.SlotTaken => L["その日時はすでに他の申請で使われています。別の日または時間帯を選んでください。"],
        PrCornerProblem.NotYourPrefecture => L["この申請は操作できません。"],
        PrCornerProblem.AlreadyDecided => L["この申請はすでに承認または不承認になっています。"],
        _ => L["不承認の理由を1,000文字以内で入力してください。"],
    };

    public static LocalizedString Of(this IStringLocalizer L, RouteStopProposalState state) => state switch
    {
        RouteStopProposalState.Accepted => L["採用"],
        RouteStopProposalState.Declined => L["不採用"],
        _ => L["確認待ち"],
    };
}
