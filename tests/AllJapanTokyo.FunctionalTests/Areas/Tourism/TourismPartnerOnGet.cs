using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

[Collection(PortalCollection.Name)]
public sealed class TourismPartnerOnGet(PortalFixture fixture)
{
    [Fact]
    public async Task ShowsThePartnershipWithItsPrefecturesAndActiveYears()
    {
        var id = await fixture.Sqlite.WithDbAsync(db => db.TourismPartnerships.Where(p => p.PartnerJa == "北陸地域").Select(p => p.Id).SingleAsync());

        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/tourism/partners/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("北陸地域", page.QuerySelector("h1")!.TextContent.Trim());
        var main = page.QuerySelector("main")!;
        Assert.Contains("5-1", main.TextContent);
        Assert.Contains("平成30年度～", main.TextContent);
        Assert.Equal(
            ["新潟県", "富山県", "石川県", "福井県"],
            main.QuerySelectorAll("dd a[href^='/prefectures/']").Select(a => a.TextContent.Trim()));
        var years = main.QuerySelectorAll("table tbody tr")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => tr.QuerySelector("td .visually-hidden")!.TextContent.Trim());
        Assert.Equal("連携なし", years["平成29年度"]);
        Assert.Equal("連携あり", years["平成30年度"]);
        Assert.Equal("連携あり", years["令和2年度"]);
        Assert.NotNull(main.QuerySelector("a[href^='/tourism/routes/']"));
    }

    [Fact]
    public async Task EndedPartnershipShowsItsLastYear()
    {
        var id = await fixture.Sqlite.WithDbAsync(db => db.TourismPartnerships.Where(p => p.PartnerJa == "宮城県等（北海道・東北エリア）").Select(p => p.Id).SingleAsync());

        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/tourism/partners/{id}");

        Assert.Contains("平成28年度～令和元年度（終了）", page.QuerySelector("main dl")!.TextContent);
    }

    [Theory]
    [InlineData("/tourism/partners/999999")]
    [InlineData("/tourism/partners/hokuriku")]
    public async Task UnknownPartnerIsNotFound(string url)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
