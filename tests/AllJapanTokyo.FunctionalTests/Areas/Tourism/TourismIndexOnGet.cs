using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AngleSharp.Dom;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

[Collection(PortalCollection.Name)]
public sealed class TourismIndexOnGet(PortalFixture fixture)
{
    [Theory]
    [InlineData("/tourism")]
    [InlineData("/ko/tourism")]
    [InlineData("/tourism/partners/1")]
    public async Task AnonymousVisitorsAreServedTheStoredPageInItsLanguage(string url)
    {
        var (_, first) = await PortalClient.For(fixture.Sqlite).GetPageAsync(url);
        var (response, second) = await PortalClient.For(fixture.Sqlite).GetPageAsync(url);

        Assert.Equal("hit", string.Join(",", response.Headers.GetValues("X-Published-Page")));
        Assert.Equal(first.QuerySelector("main")!.InnerHtml, second.QuerySelector("main")!.InnerHtml);
        Assert.Equal(url.StartsWith("/ko/", StringComparison.Ordinal) ? "ko" : "ja", second.DocumentElement.GetAttribute("lang"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListsThePartnerRegionsWithTheirFirstFiscalYear(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/tourism");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var routes = page.QuerySelector("section[aria-labelledby='measure-5-1']")!;
        var hokuriku = routes.QuerySelectorAll("li").Single(li => li.QuerySelector("a")!.TextContent == "北陸地域");
        Assert.Contains("平成30年度～", hokuriku.TextContent);
        Assert.Contains("新型コロナウイルス感染拡大の影響により中止", hokuriku.TextContent);
        Assert.Equal(["/prefectures/15", "/prefectures/16", "/prefectures/17", "/prefectures/18"], hokuriku.QuerySelectorAll("a[href^='/prefectures/']").Select(a => a.GetAttribute("href")));
        Assert.Contains("平成27年度～", routes.QuerySelectorAll("li").Single(li => li.QuerySelector("a")!.TextContent == "東北地域").TextContent);

        var promotions = page.QuerySelector("section[aria-labelledby='measure-5-3']")!;
        Assert.Contains("平成28年度～令和元年度", promotions.QuerySelectorAll("li").Single(li => li.TextContent.Contains("宮城県等")).TextContent);
        Assert.Contains("札幌市", page.QuerySelector("section[aria-labelledby='measure-5-2']")!.TextContent);
    }

    [Fact]
    public async Task MatrixShowsActiveYearsWithTextNotColourAlone()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/tourism");

        var table = page.QuerySelector("table.partner-matrix")!;
        Assert.NotNull(table.QuerySelector("caption"));
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["施策", "連携先", "平成27年度", "平成28年度", "平成29年度", "平成30年度", "令和元年度", "令和2年度"], headers);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));

        var hokuriku = Row(table, "北陸地域");
        Assert.Equal(["連携なし", "連携なし", "連携なし", "連携あり", "連携あり", "連携あり"], Cells(hokuriku));
        Assert.Equal(3, hokuriku.QuerySelectorAll("td span[aria-hidden=true]").Count(s => s.TextContent == "✓"));
        Assert.Equal(["連携なし", "連携あり", "連携あり", "連携あり", "連携あり", "連携なし"], Cells(Row(table, "宮城県等（北海道・東北エリア）")));
        Assert.Equal(21, table.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task ShowsInformationCentresPrCornerFigureAndTheModelRoute()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/tourism");

        var centres = page.QuerySelector("section[aria-labelledby='info-centers'] table")!;
        Assert.Equal(5, centres.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("羽田空港（第３ターミナル）", centres.TextContent);
        Assert.Contains("Haneda Airport (Terminal 3)", centres.TextContent);

        var prCorner = page.QuerySelector("section[aria-labelledby='pr-corner']")!;
        Assert.Contains("PRイベント実施団体数（令和2年度）", prCorner.TextContent);
        Assert.Contains("7団体", prCorner.TextContent);

        var routeLink = page.QuerySelector("section[aria-labelledby='routes'] a[href^='/tourism/routes/']")!;
        Assert.Contains("東京と北陸を結ぶ観光ルート", routeLink.TextContent);
        Assert.Contains("福井県", routeLink.TextContent);
    }

    [Fact]
    public async Task SpeaksEnglishWhenAskedTo()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/tourism");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Partners by measure", text);
        Assert.Contains("Tourist information centres", text);
        Assert.Contains("FY2018–", text);
        Assert.Contains("7 organisations", text);
        // The partners of the report's list are named in English; one that is a prefecture takes the prefecture's name.
        var matrix = page.QuerySelector("table.partner-matrix")!;
        Assert.Contains(Texts.En("連携あり"), Row(matrix, Texts.En("北陸地域")).TextContent);
        Assert.NotNull(Row(matrix, "Niigata"));
        var note = page.QuerySelectorAll("section[aria-labelledby='measure-5-1'] li span[lang=ja]").Select(s => s.TextContent).ToList();
        Assert.Contains("令和２年度は北陸でメディア招聘を実施する予定であったが、新型コロナウイルス感染拡大の影響により中止", note);
    }

    private static IElement Row(IElement table, string partner) =>
        table.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == partner);

    private static List<string> Cells(IElement row) =>
        row.QuerySelectorAll("td .visually-hidden").Select(s => s.TextContent.Trim()).ToList();
}
