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
        L.RouteRegion(route.RegionJa) is { } region
            ? new HtmlContentBuilder().Append(L["東京と{0}を結ぶ観光ルート", region.Value])
            : JapaneseInText.Sentence(L["東京と{0}を結ぶ観光ルート"], route.RegionJa);

    /// <summary>The route's name as a plain string, for the page title.</summary>
    public static string TitleOf(this IStringLocalizer L, RouteLink route) =>
        L["東京と{0}を結ぶ観光ルート", L.RouteRegion(route.RegionJa)?.Value ?? route.RegionJa];

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
}
