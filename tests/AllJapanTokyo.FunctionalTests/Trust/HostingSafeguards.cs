using System.Net;
using System.Net.Http.Headers;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Trust;

/// <summary>What an operator relies on without noticing: keys encrypted at rest, error pages for any request, 429s that say when to retry.</summary>
[Collection(PortalCollection.Name)]
public sealed class HostingSafeguards(PortalFixture fixture)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    public async Task AMalformedMultipartPostGetsTheFriendlyBadRequestPage(string path)
    {
        var body = new ByteArrayContent("--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nbroken"u8.ToArray());
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=XYZ");

        var response = await PortalClient.For(fixture.Sqlite).Http.PostAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("リクエストが正しくありません", await response.Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DataProtectionKeysAreStoredEncrypted(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        // A form page makes the portal create its first key if it has none yet.
        await PortalClient.For(portal).GetPageAsync("/account/login");

        var keys = await portal.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml!, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TooManySignInsAnswer429WithRetryAfterWhateverAddressTheClientClaims()
    {
        await using var portal = PortalFactory.OnSqlite().With("RateLimits:AccountPostsPerMinute", "2").Started();
        var client = PortalClient.For(portal);
        var (_, form) = await client.GetPageAsync("/account/login");
        var token = PortalClient.AntiforgeryToken(form, "/account/login");

        HttpResponseMessage last = new();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "nobody@example.jp", ["Password"] = "wrong-password-123", ["__RequestVerificationToken"] = token }),
            };
            // No proxy is configured, so a forwarded address must not give each attempt a fresh allowance.
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            last = await client.Http.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        var retryAfter = last.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
    }
}
