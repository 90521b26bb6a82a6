using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.AntennaShops;

/// <summary>
/// What the progress report says of a stamp rally beyond its figure's note. The stamp-rally table has no note column,
/// so the report's sentence (slide 20) is known here by a code.
/// </summary>
public enum StampRallyNote
{
    /// <summary>FY2020: held online because of COVID-19, with a new website on the antenna shops in Tokyo.</summary>
    HeldOnlineBecauseOfCovid,
}

/// <summary>The words for the AntennaShops area, through the one localiser.</summary>
public static class AntennaShopsText
{
    public static LocalizedString Of(this IStringLocalizer L, StampRallyNote note) => note switch
    {
        StampRallyNote.HeldOnlineBecauseOfCovid => L["令和２年度は、新型コロナウイルスの感染拡大を踏まえ、自宅に居ながらにしてアンテナショップの魅力を楽しめるよう、オンラインでスタンプラリーを実施するとともに、都内アンテナショップ等の情報を掲載したウェブサイトを開設"],
        _ => throw new ArgumentOutOfRangeException(nameof(note)),
    };

    /// <summary>「66ショップ」, "66 shops", "1 shop".</summary>
    public static LocalizedString Shops(this IStringLocalizer L, int count) => L.Count("{0}ショップ", count);
}
