using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Funds;

[Collection(PortalCollection.Name)]
public sealed class FundsIndexOnGet(PortalFixture fixture)
{
    private static readonly string[] Investees =
    [
        "株式会社ビジョンメガネ",
        "株式会社ホロスホールディングス",
        "アコール株式会社",
        "ウエストユニティス株式会社",
        "株式会社げんきやグループ",
        "株式会社アロートラストシステムズ",
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShowsTheFundAndItsSixInvesteesByPrefectureToAnonymousReaders(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/funds");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!;
        Assert.Single(main.QuerySelectorAll("h1"));
        Assert.Contains("中小企業連携促進ファンド", main.QuerySelector("h1")!.TextContent);
        Assert.Contains("平成28年7月", main.TextContent);
        Assert.Contains("平成28年11月", main.TextContent);
        Assert.Contains("東京都・民間資金等", main.TextContent);
        Assert.Contains("6社以上", main.TextContent);
        Assert.Contains("令和2年度", main.TextContent);
        foreach (var company in Investees)
        {
            Assert.NotNull(main.QuerySelectorAll("a[href^='/funds/investments/']").FirstOrDefault(a => a.TextContent.Trim() == company));
        }

        var rows = main.QuerySelectorAll("table tbody tr")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => tr.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(["大阪府", "京都府", "宮城県", "岩手県"], rows.Keys);
        Assert.Equal("3", rows["大阪府"]);
        Assert.Equal("1", rows["岩手県"]);
        Assert.Equal("6", main.QuerySelector("table tfoot td")!.TextContent.Trim());
        Assert.NotNull(main.QuerySelector("table caption"));
        Assert.NotNull(main.QuerySelector("a[href='/prefectures/27']"));
        Assert.NotNull(main.QuerySelector("a[href='/prefectures/03']"));
    }

    [Fact]
    public async Task GroupsOsakasThreeInvesteesUnderOsaka()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/funds");

        var osaka = page.QuerySelector("section[aria-labelledby='investees-27']")!;
        Assert.Contains("大阪府", osaka.QuerySelector("h3")!.TextContent);
        Assert.Equal(
            ["株式会社ビジョンメガネ", "ウエストユニティス株式会社", "株式会社アロートラストシステムズ"],
            osaka.QuerySelectorAll("ul li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task DrawsTheMoneyFlowAsAnOrderedListOfFourSteps()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/funds");

        var steps = page.QuerySelectorAll("ol.fund-flow > li .fund-flow-label").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(["出資", "投資・経営支援", "回収", "分配"], steps);
        Assert.All(page.QuerySelectorAll("ol.fund-flow .fund-flow-arrow"), arrow => Assert.Equal("true", arrow.GetAttribute("aria-hidden")));
    }

    [Fact]
    public async Task ChineseNamesTheFlowStepsAndKeepsTheFundsJapaneseName()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/zh-hans/funds");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = page.QuerySelectorAll("ol.fund-flow > li .fund-flow-label").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal([Texts.ZhHans("出資"), Texts.ZhHans("投資・経営支援"), Texts.ZhHans("回収"), Texts.ZhHans("分配")], steps);
        var heading = page.QuerySelector("h1")!;
        Assert.Equal("中小企業連携促進ファンド", heading.QuerySelector("span[lang=ja]")!.TextContent);
        Assert.Contains("SME Collaboration Promotion Fund", heading.QuerySelector("span[lang=en]")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/zh-hans/funds/prefectures/27']"));
    }

    [Fact]
    public async Task SpeaksEnglishWhenAskedTo()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/funds");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("SME Collaboration Promotion Fund", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("How the fund works", text);
        Assert.Contains("Jul 2016", text);
        Assert.Contains("Nov 2016", text);
        Assert.Contains("at least 6 companies", text);
        Assert.Contains("Capital commitment", text);
        Assert.Contains("Investee companies by prefecture", text);
        Assert.Contains("Osaka", text);
    }
}
