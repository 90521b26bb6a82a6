using Microsoft.AspNetCore.Diagnostics;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>One entry of the language switch and of the page's <c>hreflang</c> alternates.</summary>
public sealed record LanguageLink(PortalLanguage Language, string Href, bool IsCurrent);

/// <summary>The same page in the other languages: the path and query of this request under each language's prefix.</summary>
public static class LanguageLinks
{
    /// <summary>
    /// The languages this page offers (four on public pages, Japanese and English on signed-in work), each with the
    /// address of this page in it, relative to the site.
    /// </summary>
    public static IReadOnlyList<LanguageLink> For(HttpContext context)
    {
        var language = RequestedLanguage.Of(context);
        var (path, query) = PageAddress(context);
        return PortalLanguage.All
            .Where(l => language.PublicPage || l.ForSignedInWork)
            .Select(l => new LanguageLink(l, language.SitePathBase + l.PathBase + path + query, l == language.Requested))
            .ToList();
    }

    /// <summary>The absolute address of a site-relative link, for <c>hreflang</c> alternates: on the portal's configured address.</summary>
    public static string Absolute(HttpContext context, string href) =>
        context.RequestServices.GetRequiredService<IConfiguration>()["Portal:BaseUrl"] is { Length: > 0 } baseUrl
            ? baseUrl.TrimEnd('/') + href
            : $"{context.Request.Scheme}://{context.Request.Host}{href}";

    /// <summary>The page the visitor asked for: an error page re-executed for it keeps the original address.</summary>
    private static (string Path, string Query) PageAddress(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return (reExecuted.OriginalPath, reExecuted.OriginalQueryString ?? "");
        }

        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            return (failed.Path, "");
        }

        return (context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? "");
    }
}
