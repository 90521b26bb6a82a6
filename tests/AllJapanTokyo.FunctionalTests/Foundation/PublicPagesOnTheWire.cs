using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Foundation;

/// <summary>
/// What a public page costs on the wire: the stored page in its compressed forms (each compressed once, on first use), an
/// ETag answered with 304, no per-visitor cookie or token, CSV compressed too, and fingerprinted static files cached
/// for a year.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PublicPagesOnTheWire(PortalFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/en/dashboard?fy=2019")]
    [InlineData("/ko/reports/2020")]
    public async Task AStoredPageIsServedCompressedWithAValidatorAndNoPerVisitorPart(string url)
    {
        var client = fixture.Sqlite.CreateClient();
        using var plain = await client.GetAsync(url);
        var identity = await plain.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.TryGetValues("Set-Cookie", out var cookies), string.Join(" / ", cookies ?? []));
        Assert.DoesNotContain("__RequestVerificationToken", identity);

        foreach (var (encoding, decompress) in new (string, Func<Stream, Stream>)[]
        {
            ("br", s => new BrotliStream(s, CompressionMode.Decompress)),
            ("gzip", s => new GZipStream(s, CompressionMode.Decompress)),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            using var compressed = await client.SendAsync(request);
            Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
            Assert.Equal("hit", string.Join(",", compressed.Headers.GetValues("X-Published-Page")));
            using var reader = new StreamReader(decompress(await compressed.Content.ReadAsStreamAsync()));
            Assert.Equal(identity, await reader.ReadToEndAsync());

            var etag = compressed.Headers.ETag;
            Assert.NotNull(etag);
            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            again.Headers.IfNoneMatch.Add(etag);
            using var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task CsvIsCompressedForClientsThatAcceptIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard.csv?fy=2020");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var response = await fixture.Sqlite.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        using var reader = new StreamReader(new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress));
        Assert.Contains("新潟県", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task StaticFilesHaveFingerprintedAddressesCachedForAYear()
    {
        var client = fixture.Sqlite.CreateClient();
        var page = await client.GetStringAsync("/");
        var script = ScriptAddress().Match(page);
        Assert.True(script.Success, "the layout's script carries its fingerprint");

        using var response = await client.GetAsync(WebUtility.HtmlDecode(script.Groups[1].Value));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [GeneratedRegex("<script src=\"(/lib/bootstrap/dist/js/bootstrap\\.bundle\\.min\\.js\\?v=[^\"]+)\"")]
    private static partial Regex ScriptAddress();
}
