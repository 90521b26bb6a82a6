using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Foundation;

/// <summary>
/// The early path of the stored pages (StoredPagesFirstMiddleware): a cookie-less GET is answered from the store with the
/// portal's security headers, a change of the published data shows in the very next request, and a visitor who sends
/// cookies still goes through the whole pipeline.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class StoredPagesFirst(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AStoredPageIsServedEarlyUntilThePublishedDataChange(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = portal.CreateClient();
        const string url = "/en/reports/2020";

        await client.GetAsync(url);
        using (var hit = await client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
            Assert.Equal("hit", string.Join(",", hit.Headers.GetValues("X-Published-Page")));
            Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, string.Join(",", hit.Headers.GetValues("Content-Security-Policy")));
        }

        await portal.WithDbAsync(async db =>
        {
            await db.MarkChangedAsync(DateTime.UtcNow);
            return 0;
        });
        using (var afterChange = await client.GetAsync(url))
        {
            Assert.Equal("stored", string.Join(",", afterChange.Headers.GetValues("X-Published-Page")));
        }

        using var withCookie = new HttpRequestMessage(HttpMethod.Get, url);
        withCookie.Headers.Add("Cookie", "something=else");
        using var whole = await client.SendAsync(withCookie);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("hit", string.Join(",", whole.Headers.GetValues("X-Published-Page")));
    }
}
