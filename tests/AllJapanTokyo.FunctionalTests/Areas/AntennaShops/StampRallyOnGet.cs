using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.AntennaShops;

[Collection(PortalCollection.Name)]
public sealed class StampRallyOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Fiscal2020RallyExplainsWhyItWasOnline(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/antenna-shops/stamp-rallies/2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("令和2年度のスタンプラリー", page.QuerySelector("h1")!.TextContent.Trim());
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("66ショップ", main);
        Assert.Contains("オンライン", main);
        Assert.Contains("令和2年7月～8月", main);
        Assert.Contains("令和２年７月～８月（66ショップが参加）※オンライン", main);
        Assert.Contains("新型コロナウイルスの感染拡大を踏まえ", page.QuerySelector("aside")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/antenna-shops/stamp-rallies/2019']"));
    }

    [Fact]
    public async Task InPersonRallyHasNoOnlineNote()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/antenna-shops/stamp-rallies/2016");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("31ショップ", page.QuerySelector("main")!.TextContent);
        Assert.Contains("平成29年2月～3月", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("main aside"));
    }

    [Fact]
    public async Task SpeaksEnglishWhenAskedTo()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/antenna-shops/stamp-rallies/2020");

        Assert.Equal("Stamp rally of FY2020", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("COVID-19", page.QuerySelector("aside")!.TextContent);
        Assert.Contains("Jul 2020 – Aug 2020", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task ChineseExplainsWhyItWasOnlineAndLinksTheOtherYearsInChinese()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/zh-hans/antenna-shops/stamp-rallies/2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Texts.ZhHans("{0}のスタンプラリー", "2020年度"), page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(Texts.ZhHans("{0}ショップ", "66"), page.QuerySelector("main dl")!.TextContent);
        Assert.Contains(Texts.ZhHans("オンライン"), page.QuerySelector("main dl")!.TextContent);
        Assert.Contains("新冠", page.QuerySelector("aside")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/zh-hans/antenna-shops/stamp-rallies/2019']"));
    }

    [Theory]
    [InlineData("/antenna-shops/stamp-rallies/2017")]
    [InlineData("/antenna-shops/stamp-rallies/2021")]
    [InlineData("/antenna-shops/stamp-rallies/abc")]
    public async Task FiscalYearWithoutARallyIsNotFound(string url)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
