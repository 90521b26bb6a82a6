using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace AllJapanTokyo.Web.Startup;

/// <summary>
/// What travels over the wire: Brotli or gzip for HTML, CSV, JSON, CSS and scripts the published-page store did not
/// already compress (it keeps its pages' compressed bytes and sets Content-Encoding itself, which this middleware leaves
/// alone), and static files whose fingerprinted URLs (<c>asp-append-version</c>: <c>?v=</c> the file's hash) are cached
/// for a year, immutable.
/// </summary>
public static class PortalCompression
{
    /// <summary>A year: a fingerprinted URL never changes its bytes (a new file has a new hash).</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // Behind the TLS proxy the forwarded scheme is https. BREACH needs a secret repeated in a compressed body
            // next to text the attacker chooses: the portal's only such secret, the antiforgery token, is encrypted
            // afresh for every response, and cookies never travel in bodies.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "image/svg+xml"]);
        });
        // Compressed per response, so the cheapest levels: stored pages are compressed once, at their best level.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Fingerprinted requests are immutable for a year; others are revalidated (ETag, 304) on every use.</summary>
    public static StaticFileOptions StaticFiles() => new()
    {
        OnPrepareResponse = context =>
        {
            var fingerprinted = context.Context.Request.Query.ContainsKey("v");
            context.Context.Response.Headers[HeaderNames.CacheControl] = fingerprinted ? Immutable : "public, no-cache";
        },
    };
}
