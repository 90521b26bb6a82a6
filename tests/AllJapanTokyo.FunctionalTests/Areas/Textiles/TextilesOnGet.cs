using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Textiles;

[Collection(PortalCollection.Name)]
public sealed class TextilesOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndexShowsTheMeasureWhatTheReportSaysAndTheNiigataRegion(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/textiles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("東京のデザイナーとテキスタイル産地の交流を促進", main);
        Assert.Contains("デザイナーと産地のマッチング", main);
        Assert.Contains("東京のデザイナーと産地との交流機会を創出（デザイナーの要望に基づき個別に斡旋）", main);
        Assert.Contains("新たな素材開発や産地のブランド化を促進", main);
        Assert.Contains("独自素材を活用した新たなファッションデザインの創出", main);
        Assert.Contains("新潟県の繊維メーカーとのマッチング実績", main);
        Assert.NotNull(page.QuerySelector("main a[href='/textiles/regions/15']"));
    }

    [Fact]
    public async Task NiigataRegionPageNamesThePrefectureAndTheMatchingRecord()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/textiles/regions/15");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("新潟県のテキスタイル産地", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Contains("新潟県のテキスタイル産地", page.Title);
        var details = page.QuerySelector("main dl")!.TextContent;
        Assert.Contains("新潟県", details);
        Assert.Contains("中部", details);
        Assert.NotNull(page.QuerySelector("main dl a[href='/prefectures/15']"));
        Assert.Contains("新潟県の繊維メーカーとのマッチング実績", page.QuerySelector("section[aria-labelledby=record]")!.TextContent);
    }

    [Fact]
    public async Task ChineseAndKoreanNameTheRegionAndTheRecord()
    {
        var (_, chinese) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/zh-hans/textiles/regions/15");
        Assert.Equal(Texts.ZhHans("{0}のテキスタイル産地", "新潟县"), chinese.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(Texts.ZhHans("新潟県の繊維メーカーとのマッチング実績"), chinese.QuerySelector("section[aria-labelledby=record]")!.TextContent);
        Assert.NotNull(chinese.QuerySelector("main dl a[href='/zh-hans/prefectures/15']"));

        var (_, korean) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/ko/textiles");
        Assert.Equal(Texts.Ko("テキスタイル産地との交流"), korean.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("ja", korean.QuerySelector("section[aria-labelledby=measure] dd[lang]")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/textiles/regions/13")]
    [InlineData("/textiles/regions/99")]
    [InlineData("/textiles/regions/abc")]
    public async Task UnknownRegionIsNotFound(string url)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EnglishShowsEnglishText()
    {
        var (_, index) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/textiles");
        Assert.Equal("Designers and textile regions", index.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Connecting Tokyo designers with textile production regions", index.QuerySelector("main")!.TextContent);
        Assert.Contains("A match made with a textile maker in Niigata Prefecture", index.QuerySelector("main")!.TextContent);

        Assert.NotNull(index.QuerySelector("main a[href='/en/textiles/regions/15']"));

        var (_, region) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/textiles/regions/15");
        Assert.Equal("The Niigata textile production region", region.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Chubu", region.QuerySelector("main dl")!.TextContent);
    }
}
