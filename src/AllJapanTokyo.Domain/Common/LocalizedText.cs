namespace AllJapanTokyo.Domain.Common;

/// <summary>
/// A name of reference data in the portal's four languages: Japanese and English always, Simplified Chinese and Korean
/// where a translation exists (the 47 prefectures, their regions, the chapters and measures have all four). Languages are
/// named by their BCP 47 tags, so the web layer picks one by the reader's language in one place.
/// </summary>
public sealed record LocalizedText(string Ja, string En, string? ZhHans = null, string? Ko = null)
{
    public const string Japanese = "ja";
    public const string English = "en";
    public const string ChineseSimplified = "zh-Hans";
    public const string Korean = "ko";

    /// <summary>The text in the language of <paramref name="languageTag"/>, or null where it has none.</summary>
    public string? In(string languageTag) => languageTag switch
    {
        Japanese => Ja,
        English => En,
        ChineseSimplified => ZhHans,
        Korean => Ko,
        _ => null,
    };

    /// <summary>Whether the text exists in each of the four languages.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Ja) && !string.IsNullOrWhiteSpace(En) && !string.IsNullOrWhiteSpace(ZhHans) && !string.IsNullOrWhiteSpace(Ko);
}
