using System.Net;
using System.Text.Json;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

/// <summary>Tests that change the model route or the PR corner's calendar: a portal of their own, so the read-only tourism tests keep the seed's route.</summary>
[CollectionDefinition(Name)]
public sealed class TourismWorkCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "TourismWork";
}

/// <summary>
/// Tokyo staff keep the model route: a stop gets what to see, access, time and a place; the public page (a published
/// page) shows it at once, draws it on its SVG map and names it in its TouristTrip JSON-LD. A stop without coordinates
/// is refused with the reason and nothing is stored; nobody but Tokyo staff may edit.
/// </summary>
[Collection(TourismWorkCollection.Name)]
public sealed class RouteEditingOnPost(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AStopWithItsPlaceReachesThePublicPageItsMapAndItsJsonLd(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (routeId, stopId) = await StopAsync(portal, "すみだ北斎美術館");
        var anonymous = PortalClient.For(portal);
        var (_, before) = await anonymous.GetPageAsync($"/tourism/routes/{routeId}");
        var placedBefore = before.QuerySelectorAll("svg.route-map g.route-map-stop").Length;

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var edit = $"/tourism/manage/routes/{routeId}";
        var response = await official.PostFormAsync(edit, $"{edit}/stops/{stopId}", Stop("すみだ北斎美術館", "３５．６９６", "139.7966", "富嶽三十六景"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var added = await official.PostFormAsync(edit, $"{edit}/days/1/stops", Stop("（試験）隅田公園", "35.7117", "139.8036", null));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var (_, page) = await anonymous.GetPageAsync($"/tourism/routes/{routeId}");
        var stop = page.QuerySelector($"li[data-stop='{stopId}']")!;
        Assert.Contains("富嶽三十六景", stop.TextContent);
        Assert.Contains("10:00", stop.TextContent);
        Assert.Equal(placedBefore + 2, page.QuerySelectorAll("svg.route-map g.route-map-stop").Length);
        var unplaced = await portal.WithDbAsync(db => db.TouristRouteStops.CountAsync(s => s.Latitude == null));
        Assert.Contains($"位置が未登録の立ち寄り先が{unplaced}か所あり、地図には表示していません。", page.QuerySelector("section[aria-labelledby='route-map']")!.TextContent);

        var json = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var trip = JsonDocument.Parse(json);
        Assert.Equal("TouristTrip", trip.RootElement.GetProperty("@type").GetString());
        var days = trip.RootElement.GetProperty("subTrip").EnumerateArray().ToList();
        Assert.Equal(4, days.Count);
        var dayOne = days[0].GetProperty("itinerary").GetProperty("itemListElement").EnumerateArray().Select(e => e.GetProperty("item")).ToList();
        Assert.Equal(["すみだ北斎美術館", "隅田川クルーズ", "八芳園 槐樹", "宿泊施設", "（試験）隅田公園"], dayOne.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(35.696, dayOne[0].GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Contains("大本山永平寺（参籠体験・宿泊）", days[2].GetProperty("itinerary").GetProperty("itemListElement").EnumerateArray().Select(e => e.GetProperty("item").GetProperty("name").GetString()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AStopWithoutCoordinatesIsRefusedAndNothingIsStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (routeId, stopId) = await StopAsync(portal, "東尋坊");
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var edit = $"/tourism/manage/routes/{routeId}";

        var refused = await official.PostFormAsync(edit, $"{edit}/stops/{stopId}", Stop("東尋坊", "", "136.1255", "断崖"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("立ち寄り先の位置（緯度と経度）を入力してください。位置のない立ち寄り先は地図に載せられないため保存できません。", page.QuerySelector("#problem")!.TextContent);
        Assert.Equal("断崖", page.QuerySelector($"form[data-stop='{stopId}'] textarea[name='WhatToSee']")!.TextContent);

        var outside = await official.PostFormAsync(edit, $"{edit}/days/2/stops", Stop("（試験）どこか", "0", "0", null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        var addedNothing = await official.PostFormAsync(edit, $"{edit}/days/2/stops", Stop("（試験）どこか", "", "", null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, addedNothing.StatusCode);

        var stored = await portal.WithDbAsync(db => db.TouristRouteStops.AsNoTracking().SingleAsync(s => s.Id == stopId));
        Assert.Null(stored.WhatToSeeJa);
        Assert.False(stored.HasCoordinates);
        Assert.False(await portal.WithDbAsync(db => db.TouristRouteStops.AnyAsync(s => s.NameJa == "（試験）どこか")));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OnlyTokyoStaffEditRoutes(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (routeId, _) = await StopAsync(portal, "恐竜博物館");
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var response = await niigata.GetAsync($"/tourism/manage/routes/{routeId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var anonymous = await PortalClient.For(portal).GetAsync($"/tourism/manage/routes/{routeId}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RomanisedNamesShowOnTheOtherLanguagesPagesAndTheJsonLdUrlIsAbsolute(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (routeId, stopId) = await StopAsync(portal, "大本山永平寺（参籠体験・宿泊）");
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var edit = $"/tourism/manage/routes/{routeId}";

        var kanji = Stop("大本山永平寺（参籠体験・宿泊）", "36.0556", "136.3553", null);
        kanji["NameEn"] = "永平寺 Temple";
        var refused = await official.PostFormAsync(edit, $"{edit}/stops/{stopId}", kanji);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Null(await portal.WithDbAsync(db => db.TouristRouteStops.Where(s => s.Id == stopId).Select(s => s.NameEn).SingleAsync()));

        var named = Stop("大本山永平寺（参籠体験・宿泊）", "36.0556", "136.3553", null);
        named["NameEn"] = "Eiheiji Temple";
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(edit, $"{edit}/stops/{stopId}", named)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(edit, $"{edit}/name", new Dictionary<string, string> { ["NameEn"] = "Tokyo and Hokuriku Route" })).StatusCode);

        var (_, japanese) = await PortalClient.For(portal).GetPageAsync($"/tourism/routes/{routeId}");
        Assert.Equal("大本山永平寺（参籠体験・宿泊）", japanese.QuerySelector($"li[data-stop='{stopId}'] .stop-name")!.TextContent.Trim());
        foreach (var prefix in new[] { "/en", "/zh-hans", "/ko" })
        {
            var (_, page) = await PortalClient.For(portal).GetPageAsync($"{prefix}/tourism/routes/{routeId}");
            Assert.Equal("Eiheiji Temple", page.QuerySelector($"li[data-stop='{stopId}'] .stop-name")!.TextContent.Trim());
            Assert.StartsWith("Tokyo and Hokuriku Route", page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
            using var trip = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
            var url = trip.RootElement.GetProperty("url").GetString()!;
            Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var absolute), url);
            Assert.EndsWith($"{prefix}/tourism/routes/{routeId}", absolute!.AbsolutePath, StringComparison.Ordinal);
            var names = trip.RootElement.GetProperty("subTrip").EnumerateArray()
                .SelectMany(d => d.GetProperty("itinerary").GetProperty("itemListElement").EnumerateArray()).Select(e => e.GetProperty("item").GetProperty("name").GetString());
            Assert.Contains("Eiheiji Temple", names);
        }
    }

    internal static Dictionary<string, string> Stop(string name, string latitude, string longitude, string? whatToSee) => new()
    {
        ["Name"] = name,
        ["Time"] = "10:00",
        ["Latitude"] = latitude,
        ["Longitude"] = longitude,
        ["WhatToSee"] = whatToSee ?? "",
        ["Access"] = "",
    };

    /// <summary>The route and id of the seed's stop of that name.</summary>
    internal static Task<(int RouteId, int StopId)> StopAsync(PortalFactory portal, string name) =>
        portal.WithDbAsync(async db =>
        {
            var stop = await (from s in db.TouristRouteStops
                              join d in db.Set<TouristRouteDay>() on s.TouristRouteDayId equals d.Id
                              where s.NameJa == name
                              select new { d.TouristRouteId, s.Id }).FirstAsync();
            return (stop.TouristRouteId, stop.Id);
        });
}
