namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// What the URL asked for and what the page is written in, kept on the request (a re-executed error page sees it too).
/// </summary>
public sealed class RequestedLanguage(PortalLanguage requested, string sitePathBase)
{
    /// <summary>The language of the URL's prefix (Japanese at the root).</summary>
    public PortalLanguage Requested { get; } = requested;

    /// <summary>The language the page is written in: the requested one, or English on signed-in work for zh-Hans and ko.</summary>
    public PortalLanguage Served { get; set; } = requested;

    /// <summary>The application's own path base without the language segment (empty unless hosted under a folder).</summary>
    public string SitePathBase { get; } = sitePathBase;

    /// <summary>Whether this page is shown in English because it has no Chinese or Korean version.</summary>
    public bool FellBack => Requested != Served;

    /// <summary>The page offers these languages: all four on public pages, Japanese and English on signed-in work.</summary>
    public bool PublicPage { get; set; } = true;

    public static RequestedLanguage Of(HttpContext context) =>
        context.Features.Get<RequestedLanguage>() ?? new RequestedLanguage(PortalLanguage.Japanese, context.Request.PathBase);
}
