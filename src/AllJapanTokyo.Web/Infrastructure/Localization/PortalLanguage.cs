using System.Globalization;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// A language the portal answers in, addressed by the first segment of the URL: Japanese at the root
/// (<c>/procurement</c>), the others under their prefix (<c>/en/procurement</c>, <c>/zh-hans/…</c>, <c>/ko/…</c>).
/// </summary>
public sealed class PortalLanguage
{
    private PortalLanguage(string code, string urlPrefix, string cultureName, string nativeName, bool forSignedInWork)
    {
        Code = code;
        UrlPrefix = urlPrefix;
        Culture = CultureInfo.GetCultureInfo(cultureName);
        NativeName = nativeName;
        ForSignedInWork = forSignedInWork;
    }

    /// <summary>The BCP 47 tag written in <c>lang</c> and <c>hreflang</c>: ja, en, zh-Hans, ko.</summary>
    public string Code { get; }

    /// <summary>The URL segment, "" for Japanese: "en", "zh-hans", "ko".</summary>
    public string UrlPrefix { get; }

    public CultureInfo Culture { get; }

    /// <summary>The language's name in itself, as the language switch shows it.</summary>
    public string NativeName { get; }

    /// <summary>
    /// Signed-in work (reporting, workspaces, administration, account pages) is written in Japanese and English; a
    /// Chinese or Korean reader there is served English with a note.
    /// </summary>
    public bool ForSignedInWork { get; }

    public static PortalLanguage Japanese { get; } = new("ja", "", "ja-JP", "日本語", forSignedInWork: true);

    public static PortalLanguage English { get; } = new("en", "en", "en", "English", forSignedInWork: true);

    public static PortalLanguage ChineseSimplified { get; } = new("zh-Hans", "zh-hans", "zh-Hans", "简体中文", forSignedInWork: false);

    public static PortalLanguage Korean { get; } = new("ko", "ko", "ko", "한국어", forSignedInWork: false);

    /// <summary>In the order the language switch lists them.</summary>
    public static IReadOnlyList<PortalLanguage> All { get; } = [Japanese, English, ChineseSimplified, Korean];

    public static IReadOnlyList<CultureInfo> Cultures { get; } = All.Select(l => l.Culture).ToList();

    /// <summary>The language whose URL prefix is <paramref name="segment"/> (any case); null for Japanese's root.</summary>
    public static PortalLanguage? FromUrlPrefix(string segment) =>
        All.FirstOrDefault(l => l.UrlPrefix.Length > 0 && string.Equals(l.UrlPrefix, segment, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language of a culture name as a cookie or form sends it ("en", "ja-JP"); Japanese for anything else.</summary>
    public static PortalLanguage FromCultureName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Japanese;
        }

        try
        {
            return Of(CultureInfo.GetCultureInfo(name.Trim()));
        }
        catch (CultureNotFoundException)
        {
            return Japanese;
        }
    }

    /// <summary>The language of a culture (ja-JP → Japanese, zh-Hans → Chinese); Japanese for anything else.</summary>
    public static PortalLanguage Of(CultureInfo culture)
    {
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (All.FirstOrDefault(l => string.Equals(l.Culture.Name, c.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(l.Code, c.Name, StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                return found;
            }
        }

        return Japanese;
    }

    /// <summary>The language the current request is answered in.</summary>
    public static PortalLanguage Current => Of(CultureInfo.CurrentUICulture);

    /// <summary>The path base that puts a page in this language: "" or "/en".</summary>
    public string PathBase => UrlPrefix.Length == 0 ? "" : "/" + UrlPrefix;

    public override string ToString() => Code;
}
