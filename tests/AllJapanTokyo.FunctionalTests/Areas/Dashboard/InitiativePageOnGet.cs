using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

[Collection(PortalCollection.Name)]
public sealed class InitiativePageOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NotHeldYearShowsItsStatusAndReasonNeverAZero(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/dashboard/initiatives/4-2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("東京の地域材と他県産木材の利用を促進", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("ＷＯＯＤコレクション（モクコレ）", page.Body!.TextContent);

        var table = page.QuerySelector("#indicator-table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        var fy2020 = table.QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Contains("開催件数", StringComparison.Ordinal))
            .QuerySelector("td[data-fy='2020']")!;
        Assert.Contains("実施せず", fy2020.TextContent);
        Assert.Contains("東京ビッグサイトが使用できなくなった", fy2020.TextContent);
        Assert.DoesNotContain("0件", fy2020.TextContent);
        Assert.DoesNotMatch(@"(^|\D)0(\D|$)", fy2020.TextContent);

        var exhibitors2017 = table.QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Contains("出展企業・団体数", StringComparison.Ordinal))
            .QuerySelector("td[data-fy='2017']")!;
        Assert.Contains("324企業・団体", exhibitors2017.TextContent);
        Assert.Contains("約4,000人", table.TextContent);

        var notHeldEvent = page.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains("令和3年2月", StringComparison.Ordinal));
        Assert.Contains("実施せず", notHeldEvent.TextContent);
        Assert.Contains("オリパラ大会延期により東京ビッグサイトが使用できなくなったため", notHeldEvent.TextContent);
    }

    [Fact]
    public async Task ListsTheChapterTheOwningAreaAndTheEventsOfTheInitiative()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard/initiatives/2-4");

        Assert.Contains("全国の中小企業の優れた技術等を活用", page.QuerySelector("main dl")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("main dl a"), a => a.GetAttribute("href") == "/fairs");
        Assert.Contains("展示商談会（沖縄県）", page.Body!.TextContent);
        Assert.Contains("217", page.Body.TextContent);

        var fy2020 = page.QuerySelectorAll("#participation-by-year tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("令和2年度", StringComparison.Ordinal));
        var links = fy2020.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/prefectures/47", links);
        Assert.Contains("/prefectures/23", links);
        Assert.Contains("/prefectures/27", links);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("nav[aria-label] ol.breadcrumb"));
    }

    [Fact]
    public async Task TheHomePageOpensGeneralInitiativesHere()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var (_, home) = await client.GetPageAsync("/");
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/dashboard/initiatives/2-5");

        var (response, page) = await client.GetPageAsync("/dashboard/initiatives/2-5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("医療ニーズ発表会", page.Body!.TextContent);
        Assert.Contains("全般", page.QuerySelector("main dl")!.TextContent);
    }

    [Theory]
    [InlineData("9-9")]
    [InlineData("abc")]
    public async Task UnknownInitiativeIsNotFound(string code)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/dashboard/initiatives/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", page.Body!.TextContent);
    }

    [Fact]
    public async Task SpeaksEnglishWhenAsked()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/dashboard/initiatives/4-2");

        Assert.Contains("Promoting the use of Tokyo timber and timber from other prefectures", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Figures by fiscal year", page.Body!.TextContent);
        Assert.Contains("Not held", page.QuerySelector("#indicator-table")!.TextContent);
        Assert.Contains("FY2017", page.QuerySelector("#indicator-table thead")!.TextContent);
        Assert.Contains("about 4,000 people", page.QuerySelector("#indicator-table")!.TextContent);
    }
}
