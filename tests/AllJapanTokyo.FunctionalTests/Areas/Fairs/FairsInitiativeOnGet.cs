using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

[Collection(PortalCollection.Name)]
public sealed class FairsInitiativeOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndustrialExchangeFairShowsEveryYearFrom2015To2020(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/fairs/initiatives/2-3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("産業交流展で「全国ゾーン」を設置", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        var table = page.QuerySelector("section[aria-labelledby=by-year] table")!;
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(6, rows.Count);
        Assert.StartsWith("令和2年度", rows[0].QuerySelector("th")!.TextContent.Trim());
        Assert.StartsWith("平成27年度", rows[5].QuerySelector("th")!.TextContent.Trim());
        Assert.Contains("39企業・団体", rows[0].TextContent);
        Assert.Contains("56企業・団体", rows[1].TextContent);
        Assert.Contains("71企業・団体", rows[2].TextContent);
        Assert.Contains("118企業・団体", rows[3].TextContent);
        Assert.Contains("37道府県及び６市から118企業・団体が出展", rows[3].TextContent);
        Assert.Contains("事業開始前", rows[4].TextContent);
        Assert.Contains("事業開始前", rows[5].TextContent);

        var events = page.QuerySelector("section[aria-labelledby=events] table")!.TextContent;
        Assert.Contains("産業交流展 全国ゾーン", events);
        Assert.Contains("産業交流展 全国食品産業フェア", events);
    }

    [Fact]
    public async Task NotHeldYearIsShownAsSuchNotAsZero()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/fairs/initiatives/4-2");

        var fy2020 = page.QuerySelectorAll("section[aria-labelledby=by-year] tbody tr")[0];
        Assert.Contains("実施せず", fy2020.TextContent);
        Assert.Contains("オリパラ大会延期", fy2020.TextContent);
        Assert.DoesNotContain("0件", fy2020.TextContent);
        Assert.Contains("約4,200人", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task CraftsmanshipFestivalShowsItsOnlineYear()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/fairs/initiatives/2-7");

        var rows = page.QuerySelectorAll("section[aria-labelledby=by-year] tbody tr").ToList();
        Assert.Contains("43都道府県", rows[0].TextContent);
        Assert.Contains("73企業・団体", rows[1].TextContent);
        Assert.Contains("77企業・団体", rows[3].TextContent);
    }

    [Theory]
    [InlineData("/fairs/initiatives/1-1")]
    [InlineData("/fairs/initiatives/2-2")]
    [InlineData("/fairs/initiatives/9-9")]
    [InlineData("/fairs/initiatives/abc")]
    public async Task UnknownOrNonFairsMeasureIsNotFound(string url)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EnglishShowsEnglishLabels()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/fairs/initiatives/6-6");

        Assert.Contains("The \"Tokyo Ajiwai Festa\" food festival with regional cuisine", page.QuerySelector("h1")!.TextContent);
        var table = page.QuerySelector("section[aria-labelledby=by-year] table")!;
        Assert.Contains("Fiscal year", table.QuerySelector("thead")!.TextContent);
        Assert.Contains("Cancelled", table.TextContent);
        Assert.Contains("FY2019", table.TextContent);
    }
}
