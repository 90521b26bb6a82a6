using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Funds;

[Collection(PortalCollection.Name)]
public sealed class FundPrefectureOnGet(PortalFixture fixture)
{
    [Fact]
    public async Task ListsTheThreeInvesteesOfOsaka()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/funds/prefectures/27");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("大阪府の投資先企業", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(3, page.QuerySelectorAll("main ul li a[href^='/funds/investments/']").Length);
        Assert.Contains("3社", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/prefectures/27']"));
    }

    [Fact]
    public async Task SaysSoInJapaneseWhenThePrefectureHasNoInvestee()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/funds/prefectures/13");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("東京都の投資先企業", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("投資先企業はありません", page.QuerySelector("main")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main a[href^='/funds/investments/']"));
    }

    [Fact]
    public async Task SpeaksEnglishWhenAskedTo()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/funds/prefectures/26");

        Assert.Equal("Investees in Kyoto", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Back to the fund", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task ACountOfOneIsSingularInEnglish()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/funds/prefectures/03");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(Texts.En("投資先企業数：{0}", Texts.En("{0}社|one", 1)), text);
        Assert.DoesNotContain("1 companies", text);
        Assert.Equal("ja", page.QuerySelector("main ul li a[href^='/en/funds/investments/']")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/funds/prefectures/48")]
    [InlineData("/funds/prefectures/00")]
    [InlineData("/funds/prefectures/7")]
    [InlineData("/funds/prefectures/osaka")]
    public async Task InvalidPrefectureCodeIsNotFound(string url)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
