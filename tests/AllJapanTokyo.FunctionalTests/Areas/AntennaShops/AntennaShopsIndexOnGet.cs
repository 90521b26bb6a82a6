using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.AntennaShops;

[Collection(PortalCollection.Name)]
public sealed class AntennaShopsIndexOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListsTheFourStampRalliesWithFiscal2020Online(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/antenna-shops");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var rows = page.QuerySelectorAll("main table tbody tr")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());
        Assert.Equal(["平成28年度", "平成30年度", "令和元年度", "令和2年度"], rows.Keys);
        Assert.Equal("31ショップ", rows["平成28年度"][1]);
        Assert.Equal("57ショップ", rows["平成30年度"][1]);
        Assert.Equal("63ショップ", rows["令和元年度"][1]);
        Assert.Equal("66ショップ", rows["令和2年度"][1]);
        Assert.StartsWith("オンライン", rows["令和2年度"][2]);
        Assert.StartsWith("対面", rows["平成28年度"][2]);
        Assert.Equal("平成29年2月～3月", rows["平成28年度"][0]);
        Assert.Equal("令和2年7月～8月", rows["令和2年度"][0]);
        Assert.Contains("新型コロナウイルスの感染拡大を踏まえ", page.QuerySelector("#note-2020")!.TextContent);
    }

    [Fact]
    public async Task BarListRepeatsTheTableNumbersAsText()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/antenna-shops");

        var bars = page.QuerySelectorAll("ul.bar-list li").ToList();
        Assert.Equal(4, bars.Count);
        Assert.Contains("66ショップ", bars[3].TextContent);
        Assert.Contains("オンライン", bars[3].TextContent);
        Assert.Equal("100", bars[3].QuerySelector("rect")!.GetAttribute("width"));
        Assert.All(bars, bar => Assert.Equal("true", bar.QuerySelector("svg")!.GetAttribute("aria-hidden")));
        Assert.Empty(page.QuerySelectorAll("main [style]"));
    }

    [Fact]
    public async Task SpeaksEnglishWhenAskedTo()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/antenna-shops");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Participating shops", text);
        Assert.Contains("66 shops", text);
        Assert.Contains("Online", text);
        Assert.Contains("Feb 2017 – Mar 2017", text);
        Assert.Contains("held online", text);
    }
}
