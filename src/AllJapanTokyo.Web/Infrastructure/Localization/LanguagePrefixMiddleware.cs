using Microsoft.AspNetCore.Localization;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// Takes the language out of the URL: <c>/en/procurement</c> becomes path base <c>/en</c> and path <c>/procurement</c>,
/// so routing sees one set of routes and every link made by route (tag helpers, <c>Url.Action</c>, redirects) stays in
/// the page's language. Runs first, so static files, error pages and sign-in redirects all see the same split.
/// </summary>
public sealed class LanguagePrefixMiddleware(RequestDelegate next)
{
    /// <summary>The cookie of the former POST /culture switch; bookmarks that still send it are redirected once, then it is deleted.</summary>
    public const string RetiredCultureCookie = "AllJapanTokyo.Culture";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var sitePathBase = request.PathBase.Value ?? "";
        var path = request.Path.Value ?? "/";
        var segment = FirstSegment(path);

        if (PortalLanguage.FromUrlPrefix(segment) is { } language)
        {
            request.PathBase = new PathString(sitePathBase + language.PathBase);
            request.Path = new PathString(path.Length == segment.Length + 1 ? "/" : path[(segment.Length + 1)..]);
            context.Features.Set(new RequestedLanguage(language, sitePathBase));
            if (request.Cookies.ContainsKey(RetiredCultureCookie))
            {
                context.Response.Cookies.Delete(RetiredCultureCookie);
            }

            return next(context);
        }

        // "/ja/…" is what people guess for Japanese: the Japanese page lives at the root.
        if (string.Equals(segment, "ja", StringComparison.OrdinalIgnoreCase) && IsRead(request.Method))
        {
            var rest = path.Length == segment.Length + 1 ? "/" : path[(segment.Length + 1)..];
            context.Response.Redirect(sitePathBase + rest + request.QueryString, permanent: true);
            return Task.CompletedTask;
        }

        context.Features.Set(new RequestedLanguage(PortalLanguage.Japanese, sitePathBase));
        if (IsRead(request.Method) && request.Cookies.TryGetValue(RetiredCultureCookie, out var cookie))
        {
            context.Response.Cookies.Delete(RetiredCultureCookie);
            var chosen = CookieRequestCultureProvider.ParseCookieValue(cookie)?.UICultures.FirstOrDefault().Value;
            if (PortalLanguage.FromCultureName(chosen) is { UrlPrefix.Length: > 0 } remembered)
            {
                context.Response.Redirect(sitePathBase + remembered.PathBase + path + request.QueryString);
                return Task.CompletedTask;
            }
        }

        return next(context);
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    private static string FirstSegment(string path)
    {
        if (path.Length < 2 || path[0] != '/')
        {
            return "";
        }

        var end = path.IndexOf('/', 1);
        return end < 0 ? path[1..] : path[1..end];
    }
}
