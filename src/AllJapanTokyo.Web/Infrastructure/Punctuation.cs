namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>Punctuation that differs between the Japanese and the English page: 「（…）」 and 「～」 against " (…)" and "–".</summary>
public static class Punctuation
{
    /// <summary>「（令和2年度）」 in Japanese, " (FY2020)" in English.</summary>
    public static string Paren(string text) => Display.IsEnglish ? $" ({text})" : $"（{text}）";

    /// <summary>「～」 in Japanese, "–" in English, between the ends of a range.</summary>
    public static string RangeSeparator => Display.IsEnglish ? "–" : "～";
}
