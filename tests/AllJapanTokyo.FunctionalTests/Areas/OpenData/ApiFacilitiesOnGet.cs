using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// The tourism facilities as open data: the information centres, antenna shops and model routes the API lists are those
/// their public pages show (paged by cursor, synthetic shops only when asked for and then labelled), and the facilities
/// file has exactly the columns of the Digital Agency's 観光施設一覧, UTF-8 with a byte-order mark, linked from both pages.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiFacilitiesOnGet(PortalFixture fixture)
{
    /// <summary>
    /// The header of the Digital Agency's template xxxxxx_tourism.csv (推奨データセット「5 観光施設一覧」), as quoted by the
    /// tablelinker documentation (NII-CPS-Center/tablelinker-lib), written out here independently of the portal's code.
    /// </summary>
    private const string StandardHeader =
        "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,POIコード,住所,方書,緯度,経度,利用可能曜日,開始時間,終了時間,"
        + "利用可能日時特記事項,料金（基本）,料金（詳細）,説明,説明_英語,アクセス方法,駐車場情報,バリアフリー情報,連絡先名称,連絡先電話番号,連絡先内線番号,"
        + "画像,画像_ライセンス,URL,備考";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheInformationCentresListedAreThoseOfTheCentresPage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var (_, page) = await client.GetPageAsync("/tourism/info-centres");
        var shown = page.QuerySelectorAll("li[data-center]").Select(li => (Id: int.Parse(li.GetAttribute("data-center")!, System.Globalization.CultureInfo.InvariantCulture), Name: li.QuerySelector("h2 a")!.TextContent.Trim())).ToList();
        Assert.NotEmpty(shown);

        var items = await AllAsync(client, "/api/v1/information-centres?limit=2");
        Assert.Equal(shown, items.Select(i => ((int)i["id"]!, (string)i["nameJa"]!)));
        Assert.Equal(shown.Count, Lines(await client.GetAsync("/api/v1/information-centres?format=csv")).Length - 1);
        Assert.Equal("/api/v1/facilities.csv", page.QuerySelector("a[data-facilities-csv]")!.GetAttribute("href"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheAntennaShopsListedAreThoseOfTheShopsPageTheDemonstrationOnesOnlyWhenAskedFor(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var (_, page) = await client.GetPageAsync("/antenna-shops");
        var shown = page.QuerySelectorAll("li[data-shop]")
            .Select(li => (Id: int.Parse(li.GetAttribute("data-shop")!, System.Globalization.CultureInfo.InvariantCulture), Name: li.QuerySelector("h3 a")!.TextContent.Trim(), Synthetic: li.QuerySelector(".badge.text-bg-warning") is not null))
            .OrderBy(s => s.Id)
            .ToList();
        Assert.Contains(shown, s => s.Synthetic);

        var all = await AllAsync(client, "/api/v1/antenna-shops?synthetic=include&limit=1");
        Assert.Equal(shown, all.Select(i => ((int)i["id"]!, (string)i["nameJa"]!, (bool)i["isSynthetic"]!)));
        Assert.All(all.Where(i => (bool)i["isSynthetic"]!), i => Assert.Equal("架空", (string?)i["syntheticLabel"]));
        var real = await AllAsync(client, "/api/v1/antenna-shops");
        Assert.Equal(shown.Where(s => !s.Synthetic).Select(s => s.Id), real.Select(i => (int)i["id"]!));

        var csv = Lines(await client.GetAsync("/api/v1/antenna-shops?synthetic=include&format=csv"));
        Assert.Equal(shown.Count(s => s.Synthetic), csv.Skip(1).Count(l => l.EndsWith(",架空", StringComparison.Ordinal)));
        Assert.Equal("/api/v1/facilities.csv", page.QuerySelector("a[data-facilities-csv]")!.GetAttribute("href"));

        var bad = await client.GetAsync("/api/v1/antenna-shops?synthetic=yes");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheRoutesListedAreThoseOfTheTourismPageWithTheStopsOfEachRoutePage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var (_, tourism) = await client.GetPageAsync("/tourism");
        var routeIds = tourism.QuerySelectorAll("a[href^='/tourism/routes/']").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        Assert.NotEmpty(routeIds);

        var routes = await AllAsync(client, "/api/v1/tourist-routes");
        Assert.Equal(routeIds, routes.Select(r => (int)r["id"]!));
        foreach (var route in routes)
        {
            var (_, page) = await client.GetPageAsync($"/tourism/routes/{(int)route["id"]!}");
            var stops = page.QuerySelectorAll("section[data-day]")
                .SelectMany(day => day.QuerySelectorAll("li[data-stop]").Select(li => (Day: int.Parse(day.GetAttribute("data-day")!, System.Globalization.CultureInfo.InvariantCulture), Id: int.Parse(li.GetAttribute("data-stop")!, System.Globalization.CultureInfo.InvariantCulture))))
                .ToList();
            Assert.Equal(stops, route["stops"]!.AsArray().Select(s => ((int)s!["day"]!, (int)s["id"]!)));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheFacilitiesFileHasTheColumnsOfTheStandardAndEveryCentreAndShop(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var response = await client.GetAsync("/api/v1/facilities.csv?synthetic=include");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Lines(response);
        Assert.Equal(StandardHeader, lines[0]);

        var centres = await AllAsync(client, "/api/v1/information-centres");
        var shops = await AllAsync(client, "/api/v1/antenna-shops?synthetic=include");
        Assert.Equal(centres.Count + shops.Count, lines.Length - 1);
        Assert.Equal(Enumerable.Range(1, lines.Length - 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), lines.Skip(1).Select(l => l.Split(',')[1]));
        Assert.All(lines.Skip(1), l => Assert.StartsWith("130001,", l, StringComparison.Ordinal));
        Assert.Equal(shops.Count(s => (bool)s["isSynthetic"]!), lines.Count(l => l.EndsWith(",架空", StringComparison.Ordinal)));

        // Without asking, no demonstration shop.
        Assert.Equal(centres.Count + shops.Count(s => !(bool)s["isSynthetic"]!), Lines(await client.GetAsync("/api/v1/facilities.csv")).Length - 1);
    }

    private static async Task<List<JsonNode>> AllAsync(PortalClient client, string first)
    {
        var items = new List<JsonNode>();
        string? next = first;
        while (next is not null)
        {
            var json = JsonNode.Parse(await client.Http.GetStringAsync(next))!;
            items.AddRange(json["items"]!.AsArray().Select(i => i!));
            next = (string?)json["next"];
        }

        return items;
    }

    private static string[] Lines(HttpResponseMessage response) =>
        Encoding.UTF8.GetString(response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
