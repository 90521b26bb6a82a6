using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Net.Http.Headers;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>Marks an action whose page, for anonymous visitors, is the same for everyone until published data change.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class PublishedPageAttribute : Attribute;

/// <summary>
/// A rendered published page, cut around its antiforgery token so that each visitor gets a token of their own. A page
/// without a token (every anonymous page since the language switch became links) is the same bytes for everyone: it
/// keeps its Brotli and gzip forms, each compressed once, when a visitor first accepts it (a page of the thousands of
/// distinct dashboard views or searches that only clients without compression ask for never pays for either), and an
/// ETag for conditional requests.
/// </summary>
public sealed record CachedPage(string ContentType, IReadOnlyList<byte[]> Parts, long Length)
{
    private byte[]? brotli;
    private byte[]? gzip;

    /// <summary>The strong validator of the identity bytes; null for a page cut around a token.</summary>
    public string? ETag { get; init; }

    /// <summary>The Brotli bytes of a whole page, compressed on first use and kept (two first uses at once may both compress: same bytes).</summary>
    public byte[] Brotli => brotli ??= Compress(Parts[0], s => new BrotliStream(s, CompressionLevel.Optimal));

    public byte[] Gzip => gzip ??= Compress(Parts[0], s => new GZipStream(s, CompressionLevel.Optimal));

    /// <summary>The validators of the Brotli and gzip bytes (each encoding is its own representation).</summary>
    public string? BrotliETag { get; init; }

    public string? GzipETag { get; init; }

    /// <summary>The same bytes for every visitor: stored with its validators; its encodings follow on first use.</summary>
    public static CachedPage Whole(string contentType, byte[] body)
    {
        var hash = Convert.ToBase64String(SHA256.HashData(body), 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new CachedPage(contentType, [body], body.Length)
        {
            ETag = $"\"{hash}\"",
            BrotliETag = $"\"{hash}-br\"",
            GzipETag = $"\"{hash}-gz\"",
        };
    }

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }
}

/// <summary>
/// Serves the rendered HTML of the [PublishedPage] actions to anonymous GET requests from memory, keyed by the
/// published-data version, the UI culture, the path base (which holds the language prefix, /en, /zh-hans, /ko, and the
/// site's own folder), the path and the query string (ADR 0005). The page's one per-visitor
/// part, the antiforgery token of the layout's forms, is cut out when the page is stored and a fresh token (and
/// cookie) of the current visitor is put in when it is served. Signed-in visitors, other methods, other endpoints
/// and anything but a 200 text/html answer go through untouched.
/// </summary>
public sealed class PublishedPageCacheMiddleware(
    RequestDelegate next,
    PublishedViewCacheStore store,
    IAntiforgery antiforgery,
    Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions> tempData,
    IConfiguration configuration)
{
    /// <summary>
    /// <c>PublishedPages:StoreOnSecondRequest</c> (on unless set; Development turns it off so that a page's first
    /// request stores it): a page is stored only when its URL is asked a second time within a minute
    /// (<see cref="PublishedViewCacheStore.SeenRecently(HttpContext, string)"/>); the first request goes straight through, unbuffered.
    /// </summary>
    private readonly bool _storeOnSecondRequest = configuration.GetValue("PublishedPages:StoreOnSecondRequest", true);

    /// <summary>Longer query strings are served but not cached (no unbounded keys from junk links).</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Says whether the page came from the cache (for tests and for the operator's curl).</summary>
    public const string Header = "X-Published-Page";

    private const string StoreForKey = "published-page-store-for";

    /// <summary>
    /// Stores this request's page for at most <paramref name="lifetime"/> (a page that also shows data that do not move
    /// the published-data version, such as the tender search: its data's own freshness); zero or less: not stored.
    /// </summary>
    public static void StoreFor(HttpContext context, TimeSpan lifetime) => context.Items[StoreForKey] = lifetime;

    public async Task InvokeAsync(HttpContext context, PublishedViewCache views)
    {
        if (!HttpMethods.IsGet(context.Request.Method)
            || context.User.Identity?.IsAuthenticated == true
            || context.GetEndpoint()?.Metadata.GetMetadata<PublishedPageAttribute>() is null
            || context.Request.QueryString.Value?.Length > MaxQueryLength
            // A message for this visitor alone (「ログアウトしました。」) travels in the TempData cookie to the next page.
            || context.Request.Cookies.ContainsKey(tempData.Value.Cookie.Name!))
        {
            await next(context);
            return;
        }

        var version = await views.VersionAsync(context.RequestAborted);
        var key = Key(version, context.Request);
        if (store.Cache.TryGetValue(key, out var found) && found is CachedPage page)
        {
            await ServeAsync(context, page);
            return;
        }

        if (_storeOnSecondRequest && !store.SeenRecently(context, key))
        {
            await next(context);
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

        var lifetime = context.Items.TryGetValue(StoreForKey, out var given) && given is TimeSpan limit ? limit : (TimeSpan?)null;
        if (context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && lifetime is not { Ticks: <= 0 }
            && !context.Response.HasStarted
            && Cut(buffer.ToArray(), context) is { } cut)
        {
            store.Set(key, cut, lifetime);
            if (cut.ETag is not null)
            {
                store.Stored(context.Request);
            }

            if (cut.ETag is not null)
            {
                // The first visitor gets the stored page too: compressed, with its validator, and like every later
                // visitor without cookies (the only one a token-free page sets is TempData's deletion of its empty cookie).
                context.Response.Headers.Remove(HeaderNames.SetCookie);
                await ServeWholeAsync(context, cut, "stored");
                return;
            }

            context.Response.Headers[Header] = "stored";
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>
    /// The page's key. The path base is part of it: every link of a stored page carries the prefix it was rendered
    /// under, so a page is served again only under the same one. The culture is not: the language prefix of the path
    /// base and the page's endpoint decide it (LanguagePrefixMiddleware, PageLanguageCultureProvider), so the early
    /// path (<see cref="StoredPagesFirstMiddleware"/>) finds the page before routing and localisation have run.
    /// </summary>
    public static string Key(long version, HttpRequest request) =>
        $"published-page|v{version}|{request.PathBase}{request.Path}{request.QueryString}";

    private async Task ServeAsync(HttpContext context, CachedPage page)
    {
        if (page.ETag is not null)
        {
            await ServeWholeAsync(context, page, "hit");
            return;
        }

        byte[] token = [];
        if (page.Parts.Count > 1)
        {
            token = System.Text.Encoding.UTF8.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken ?? "");
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
    /// A page that is the same for everyone: 304 when the visitor holds it already, otherwise its stored Brotli or gzip
    /// bytes when the visitor accepts them (no compression per request), else the plain bytes.
    /// </summary>
    internal static async Task ServeWholeAsync(HttpContext context, CachedPage page, string source)
    {
        var (encoding, body, etag) = Encoding(context.Request) switch
        {
            "br" => ("br", page.Brotli, page.BrotliETag!),
            "gzip" => ("gzip", page.Gzip, page.GzipETag!),
            _ => (null, page.Parts[0], page.ETag!),
        };
        var response = context.Response;
        response.Headers[Header] = source;
        response.Headers.ETag = etag;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        // Browsers and proxies may keep it, but ask each time: published data can change at any approval.
        response.Headers.CacheControl = "public, no-cache";
        if (context.Request.Headers.IfNoneMatch.Count > 0 && Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>br before gzip; an encoding the visitor weighs q=0 is refused.</summary>
    private static string? Encoding(HttpRequest request)
    {
        if (request.Headers.AcceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted))
        {
            return null;
        }

        bool Accepts(string name) => accepted.Any(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : null;
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));

    /// <summary>
    /// The page cut at each occurrence of this request's antiforgery token; null (do not cache) when the page holds a
    /// token field that is not this request's token.
    /// </summary>
    private CachedPage? Cut(byte[] body, HttpContext context)
    {
        // Searched in the UTF-8 bytes: a page without a token field (every anonymous page) is never decoded.
        if (body.AsSpan().IndexOf("__RequestVerificationToken"u8) < 0)
        {
            return CachedPage.Whole(context.Response.ContentType!, body);
        }

        var html = System.Text.Encoding.UTF8.GetString(body);
        var token = antiforgery.GetAndStoreTokens(context).RequestToken;
        if (string.IsNullOrEmpty(token) || !html.Contains(token, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = html.Split(token, StringSplitOptions.None).Select(System.Text.Encoding.UTF8.GetBytes).ToList();
        return new CachedPage(context.Response.ContentType!, parts, parts.Sum(p => (long)p.Length));
    }
}

/// <summary>
/// The stored published pages served before anything else reads the request (ADR 0005's addendum): a GET without any
/// cookie (so no session, no TempData message, no retired culture cookie: anonymous for certain) of a path the store
/// has held a page for is answered from the store as a static file is, right after the static files, without routing,
/// localisation, authentication or the request log; so is a dashboard view whose recipe is kept (its template and what
/// goes into it: <see cref="Overview.DashboardPageTemplates"/>), and so is a tender search asked again within the
/// seconds its data may lag (<see cref="TenderSearchPageTemplates"/>), unless it was asked twice
/// already within the minute, when it goes on to be stored whole. Anything else, and a page not stored at this version,
/// goes on to <see cref="PublishedPageCacheMiddleware"/> with the version already read.
/// </summary>
public sealed class StoredPagesFirstMiddleware(
    RequestDelegate next,
    PublishedViewCacheStore store,
    PublishedVersions versions,
    Overview.DashboardPageTemplates templates,
    TenderSearchPageTemplates searchTemplates)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method)
            && request.Headers.Cookie.Count == 0
            && store.MayHold(request)
            && (request.QueryString.Value?.Length ?? 0) <= PublishedPageCacheMiddleware.MaxQueryLength)
        {
            var read = await versions.ReadAsync().WaitAsync(context.RequestAborted);
            var version = read.Published;
            var key = PublishedPageCacheMiddleware.Key(version, request);
            if (store.Cache.TryGetValue(key, out var found) && found is CachedPage { ETag: not null } page)
            {
                await PublishedPageCacheMiddleware.ServeWholeAsync(context, page, "hit");
                return;
            }

            // A page asked twice already within the minute goes on to be stored whole (its ETag and compressed forms
            // kept); one of thousands of views, asked now and then, stays a recipe and is never buffered or hashed.
            if (store.SightingsBefore(context, key) < 2
                && (await templates.TryServeAsync(context, version) || await searchTemplates.TryServeAsync(context, read)))
            {
                return;
            }

            context.RequestServices.GetRequiredService<PublishedViewCache>().Use(read);
        }

        await next(context);
    }
}
