using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Foundation;

[Collection(PortalCollection.Name)]
public sealed class PortalBasicsOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task HomePageListsTheSixChaptersAndTwentySixMeasuresInJapanese(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(6, page.QuerySelectorAll("main section[aria-labelledby^=chapter-]").Length);
        Assert.Equal(26, page.QuerySelectorAll("main section li a").Length);
        Assert.Contains("日本各地と連携した外国人旅行者誘致", page.Body!.TextContent);
        Assert.Contains("36,000件以上", page.Body.TextContent);
    }

    [Fact]
    public async Task LiveAndReadyHealthChecksAnswer()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryPageCarriesTheSecurityHeaders()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("base-uri 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("object-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task UnknownAddressShowsTheJapaneseNotFoundPage()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", page.Body!.TextContent);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryTokenIsRefused()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var response = await client.PostWithoutTokenAsync("/account/login", new Dictionary<string, string> { ["Email"] = "admin@example.jp", ["Password"] = PortalFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("リクエストが正しくありません", await response.Content.ReadAsStringAsync());
    }
}
