using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

[Collection(PortalCollection.Name)]
public sealed class TouristRouteOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShowsTheTokyoToFukuiRouteDayByDay(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var id = await portal.WithDbAsync(db => db.TouristRoutes.Where(r => r.Theme == "TIMELESS ARTISTRY").Select(r => r.Id).SingleAsync());

        var (response, page) = await PortalClient.For(portal).GetPageAsync($"/tourism/routes/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("東京と北陸を結ぶ観光ルート", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("TIMELESS ARTISTRY", page.QuerySelector("main")!.TextContent);
        Assert.Contains("葛飾北斎", page.QuerySelector("main")!.TextContent);

        var days = page.QuerySelectorAll("section[data-day]").ToDictionary(s => s.GetAttribute("data-day")!);
        Assert.Equal(["1", "2", "3", "4"], days.Keys);
        Assert.Contains("東京都", days["1"].QuerySelector("h3")!.TextContent);
        Assert.Equal(["すみだ北斎美術館", "隅田川クルーズ", "八芳園 槐樹", "宿泊施設"], days["1"].QuerySelectorAll("ol li .stop-name").Select(s => s.TextContent.Trim()));
        Assert.Contains("3日目", days["3"].QuerySelector("h3")!.TextContent);
        Assert.Equal("福井県", days["3"].QuerySelector("h3 a[href='/prefectures/18']")!.TextContent.Trim());
        Assert.Contains("大本山永平寺（参籠体験・宿泊）", days["3"].TextContent);
        Assert.Contains("東尋坊", days["2"].TextContent);
        Assert.Contains("恐竜博物館", days["2"].TextContent);
    }

    [Fact]
    public async Task ShowsOtherSpotsByPrefectureAndTheSourceCaveat()
    {
        var id = await fixture.Sqlite.WithDbAsync(db => db.TouristRoutes.Select(r => r.Id).FirstAsync());

        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/tourism/routes/{id}");

        var spots = page.QuerySelector("section[aria-labelledby='other-spots'] dl")!;
        var byPrefecture = spots.QuerySelectorAll("dt").Zip(spots.QuerySelectorAll("dd"))
            .ToDictionary(p => p.First.TextContent.Trim(), p => p.Second.TextContent);
        Assert.Equal(["東京都", "富山県", "新潟県", "石川県"], byPrefecture.Keys);
        Assert.Contains("東京スカイツリー", byPrefecture["東京都"]);
        Assert.Contains("兼六園", byPrefecture["石川県"]);
        Assert.Contains("五箇山合掌造り集落", byPrefecture["富山県"]);
        Assert.Contains("順序は概略", page.QuerySelector("aside")!.TextContent);
        Assert.Equal("北陸地域", page.QuerySelector("main a[href^='/tourism/partners/']")!.TextContent.Trim());
    }

    [Fact]
    public async Task DescribesItselfAsATouristTripNamingEachDaysStops()
    {
        var id = await fixture.Sqlite.WithDbAsync(db => db.TouristRoutes.Select(r => r.Id).FirstAsync());

        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/ko/tourism/routes/{id}");

        using var trip = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("TouristTrip", trip.RootElement.GetProperty("@type").GetString());
        var stops = trip.RootElement.GetProperty("subTrip").EnumerateArray()
            .Select(day => day.GetProperty("itinerary").GetProperty("itemListElement").EnumerateArray().Select(e => e.GetProperty("item").GetProperty("name").GetString()).ToList())
            .ToList();
        Assert.Equal(4, stops.Count);
        Assert.Equal(["越前和紙の里", "大本山永平寺（参籠体験・宿泊）"], stops[2]);
        Assert.Equal(Texts.Ko("{0}日目", 1), trip.RootElement.GetProperty("subTrip")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task SpeaksEnglishWhenAskedTo()
    {
        var id = await fixture.Sqlite.WithDbAsync(db => db.TouristRoutes.Select(r => r.Id).FirstAsync());

        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/en/tourism/routes/{id}");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Day 3", text);
        Assert.Contains("Fukui", text);
        Assert.Contains("Other recommended spots (by prefecture)", text);
        // The route's region is named in English too; the stops and the summary stay Japanese, marked as such.
        Assert.Contains(Texts.En("東京と{0}を結ぶ観光ルート", Texts.En("北陸")), page.QuerySelector("h1")!.TextContent);
        Assert.All(page.QuerySelectorAll("section[data-day] ol li .stop-name"), name => Assert.Equal("ja", name.GetAttribute("lang")));
    }

    [Theory]
    [InlineData("/tourism/routes/999999")]
    [InlineData("/tourism/routes/x")]
    public async Task UnknownRouteIsNotFound(string url)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
