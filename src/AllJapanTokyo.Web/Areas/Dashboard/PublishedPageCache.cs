using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>Marks an action whose page, for anonymous visitors, is the same for everyone until published data change.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class PublishedPageAttribute : Attribute;

/// <summary>A rendered published page, cut around its antiforgery token so that each visitor gets a token of their own.</summary>
public sealed record CachedPage(string ContentType, IReadOnlyList<byte[]> Parts, long Length);

/// <summary>
/// Serves the rendered HTML of the [PublishedPage] actions to anonymous GET requests from memory, keyed by the
/// published-data version, the UI culture, the path base (which holds the language prefix, /en, /zh-hans, /ko, and the
/// site's own folder), the path and the query string (ADR 0005). The page's one per-visitor
/// part, the antiforgery token of the layout's forms, is cut out when the page is stored and a fresh token (and
/// cookie) of the current visitor is put in when it is served. Signed-in visitors, other methods, other endpoints
/// and anything but a 200 text/html answer go through untouched.
/// </summary>
public sealed class PublishedPageCacheMiddleware(RequestDelegate next, PublishedViewCacheStore store, IAntiforgery antiforgery)
{
    /// <summary>Longer query strings are served but not cached (no unbounded keys from junk links).</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Says whether the page came from the cache (for tests and for the operator's curl).</summary>
    public const string Header = "X-Published-Page";

    public async Task InvokeAsync(HttpContext context, PublishedViewCache views)
    {
        if (!HttpMethods.IsGet(context.Request.Method)
            || context.User.Identity?.IsAuthenticated == true
            || context.GetEndpoint()?.Metadata.GetMetadata<PublishedPageAttribute>() is null
            || context.Request.QueryString.Value?.Length > MaxQueryLength)
        {
            await next(context);
            return;
        }

        var version = await views.VersionAsync(context.RequestAborted);
        var key = Key(version, CultureInfo.CurrentUICulture.Name, context.Request);
        if (store.Cache.TryGetValue(key, out var found) && found is CachedPage page)
        {
            await ServeAsync(context, page);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && Cut(buffer.ToArray(), context) is { } cut)
        {
            store.Set(key, cut);
            if (!context.Response.HasStarted)
            {
                context.Response.Headers[Header] = "stored";
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>
    /// The page's key. The path base is part of it: every link of a stored page carries the prefix it was rendered
    /// under, so a page is served again only under the same one.
    /// </summary>
    public static string Key(long version, string culture, HttpRequest request) =>
        $"published-page|v{version}|{culture}|{request.PathBase}{request.Path}{request.QueryString}";

    private async Task ServeAsync(HttpContext context, CachedPage page)
    {
        byte[] token = [];
        if (page.Parts.Count > 1)
        {
            token = Encoding.UTF8.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken ?? "");
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = page.ContentType;
        context.Response.ContentLength = page.Length + ((page.Parts.Count - 1) * token.Length);
        context.Response.Headers[Header] = "hit";
        for (var i = 0; i < page.Parts.Count; i++)
        {
            if (i > 0)
            {
                await context.Response.Body.WriteAsync(token, context.RequestAborted);
            }

            await context.Response.Body.WriteAsync(page.Parts[i], context.RequestAborted);
        }
    }

    /// <summary>
    /// The page cut at each occurrence of this request's antiforgery token; null (do not cache) when the page holds a
    /// token field that is not this request's token.
    /// </summary>
    private CachedPage? Cut(byte[] body, HttpContext context)
    {
        var html = Encoding.UTF8.GetString(body);
        var hasTokenField = html.Contains("__RequestVerificationToken", StringComparison.Ordinal);
        var token = hasTokenField ? antiforgery.GetAndStoreTokens(context).RequestToken : null;
        if (hasTokenField && (string.IsNullOrEmpty(token) || !html.Contains(token, StringComparison.Ordinal)))
        {
            return null;
        }

        var parts = (token is null ? [html] : html.Split(token, StringSplitOptions.None)).Select(Encoding.UTF8.GetBytes).ToList();
        return new CachedPage(context.Response.ContentType!, parts, parts.Sum(p => (long)p.Length));
    }
}
