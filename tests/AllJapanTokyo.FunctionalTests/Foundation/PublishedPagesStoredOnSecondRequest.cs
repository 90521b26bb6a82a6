using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllJapanTokyo.FunctionalTests.Foundation;

/// <summary>
/// Outside Development the published-page store keeps a page only once its URL is asked a second time within a minute
/// (PublishedPages:StoreOnSecondRequest): the first request goes straight through unstored, the second stores the page,
/// the third is served from the store; the page is the same all three times.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PublishedPagesStoredOnSecondRequest(PortalFixture fixture)
{
    [Fact]
    public async Task APageAskedOnceIsNotStoredAndAPageAskedAgainIs()
    {
        await using var portal = fixture.Sqlite.WithWebHostBuilder(b => b.UseSetting("PublishedPages:StoreOnSecondRequest", "true"));
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        const string url = "/en/reports/2020";

        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);
        using var third = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("X-Published-Page"));
        Assert.Equal("stored", string.Join(",", second.Headers.GetValues("X-Published-Page")));
        Assert.Equal("hit", string.Join(",", third.Headers.GetValues("X-Published-Page")));
        var page = await first.Content.ReadAsStringAsync();
        Assert.Equal(page, await second.Content.ReadAsStringAsync());
        Assert.Equal(page, await third.Content.ReadAsStringAsync());
    }
}
