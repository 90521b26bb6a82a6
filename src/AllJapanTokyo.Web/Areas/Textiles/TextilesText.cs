using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Textiles;

/// <summary>What the progress report records for a textile production region: one of the report's own captions.</summary>
public enum TextileRecord
{
    /// <summary>「新潟県の繊維メーカーとのマッチング実績」: a match made with a textile maker of the region.</summary>
    MatchedWithTextileMaker,
}

/// <summary>The words for the Textiles area's codes, through the one localiser.</summary>
public static class TextilesText
{
    public static LocalizedString Of(this IStringLocalizer L, TextileRecord record) => record switch
    {
        TextileRecord.MatchedWithTextileMaker => L["新潟県の繊維メーカーとのマッチング実績"],
        _ => throw new ArgumentOutOfRangeException(nameof(record)),
    };
}
