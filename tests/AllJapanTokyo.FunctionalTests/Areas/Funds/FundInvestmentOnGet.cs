using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Funds;

[Collection(PortalCollection.Name)]
public sealed class FundInvestmentOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShowsTheInvesteeWithItsPrefecture(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var id = await portal.WithDbAsync(db => db.FundInvestments.Where(i => i.CompanyNameJa == "アコール株式会社").Select(i => i.Id).SingleAsync());

        var (response, page) = await PortalClient.For(portal).GetPageAsync($"/funds/investments/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("アコール株式会社", page.QuerySelector("h1")!.TextContent.Trim());
        var prefectureLink = page.QuerySelector("main dd a[href='/prefectures/04']")!;
        Assert.Equal("宮城県", prefectureLink.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/funds']"));
    }

    [Fact]
    public async Task ListsTheOtherInvesteesOfTheSamePrefecture()
    {
        var id = await fixture.Sqlite.WithDbAsync(db => db.FundInvestments.Where(i => i.CompanyNameJa == "株式会社ビジョンメガネ").Select(i => i.Id).SingleAsync());

        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/funds/investments/{id}");

        var others = page.QuerySelectorAll("section[aria-labelledby='same-prefecture'] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["ウエストユニティス株式会社", "株式会社アロートラストシステムズ"], others);
        Assert.Contains("大阪府", page.QuerySelector("main dl")!.TextContent);
        Assert.Contains("平成28年11月設立", page.QuerySelector("main dl")!.TextContent);
    }

    [Theory]
    [InlineData("/funds/investments/999999")]
    [InlineData("/funds/investments/0")]
    [InlineData("/funds/investments/abc")]
    public async Task UnknownInvesteeIsNotFound(string url)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", page.Body!.TextContent);
    }
}
