using System.Net;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.AntennaShops;

/// <summary>The shop directory: its filters, each prefecture keeping its own shops, and the all-or-nothing CSV import.</summary>
[Collection(PortalCollection.Name)]
public sealed class ShopDirectoryKeeping(PortalFixture fixture)
{
    private const string Header = "prefecture_code,other_prefecture_codes,municipality,name_ja,name_en,address_ja,nearest_station,opens,closes,closed_days,closing_note,has_restaurant,languages,photo_url,latitude,longitude";

    private static readonly HtmlParser Parser = new();

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PrefectureStaffEditTheirOwnShopAndAreRefusedAnotherPrefecturesWithNothingStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, niigataShops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, prefecture: "15");
        var (_, osakaShops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, prefecture: "27");
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var own = await niigata.PostFormAsync($"/antenna-shops/shops/{niigataShops[0]}/edit", $"/antenna-shops/shops/{niigataShops[0]}/edit", Fields("15", $"新潟テスト館{Guid.NewGuid():N}"[..16]));
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal("銀座一丁目駅", await portal.WithDbAsync(db => db.AntennaShops.Where(s => s.Id == niigataShops[0]).Select(s => s.NearestStationJa).SingleAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.GetAsync($"/antenna-shops/shops/{osakaShops[0]}/edit")).StatusCode);
        var token = PortalClient.AntiforgeryToken((await niigata.GetPageAsync($"/antenna-shops/shops/{niigataShops[0]}/edit")).Document);
        var other = await niigata.Http.PostAsync($"/antenna-shops/shops/{osakaShops[0]}/edit",
            new FormUrlEncodedContent(Fields("27", "乗っ取り").Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("NotYourPrefecture", Parser.ParseDocument(await other.Content.ReadAsStringAsync()).QuerySelector("#error-summary li")!.GetAttribute("data-problem"));
        Assert.NotEqual("乗っ取り", await portal.WithDbAsync(db => db.AntennaShops.Where(s => s.Id == osakaShops[0]).Select(s => s.NameJa).SingleAsync()));

        // Nor may they move their own shop to another prefecture.
        var moved = await niigata.PostFormAsync($"/antenna-shops/shops/{niigataShops[0]}/edit", $"/antenna-shops/shops/{niigataShops[0]}/edit", Fields("27", "移転"));
        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        Assert.Equal("15", await portal.WithDbAsync(db => db.AntennaShops.Where(s => s.Id == niigataShops[0]).Select(s => s.PrefectureCode).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AJointShopIsKeptByTheStaffOfEachOfItsPrefecturesAndOnlyThem(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, shops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, prefecture: "27");
        await portal.WithDbAsync(async db => await db.AntennaShops.Where(s => s.Id == shops[0]).ExecuteUpdateAsync(u => u.SetProperty(s => s.OtherPrefectureCodes, "15")));
        var edit = $"/antenna-shops/shops/{shops[0]}/edit";
        var name = $"共同館{Guid.NewGuid():N}"[..12];

        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var joint = Fields("27", name);
        joint["Input.OtherPrefectureCodes"] = "15";
        Assert.Equal(HttpStatusCode.Redirect, (await niigata.PostFormAsync(edit, edit, joint)).StatusCode);
        Assert.Equal(name, await portal.WithDbAsync(db => db.AntennaShops.Where(s => s.Id == shops[0]).Select(s => s.NameJa).SingleAsync()));

        // Dropping itself from the shop's prefectures is refused: the staff would hand the shop away.
        var dropped = await niigata.PostFormAsync(edit, edit, Fields("27", name + "x"));
        Assert.Equal(HttpStatusCode.Forbidden, dropped.StatusCode);
        Assert.Equal(name, await portal.WithDbAsync(db => db.AntennaShops.Where(s => s.Id == shops[0]).Select(s => s.NameJa).SingleAsync()));

        var fukui = await PortalClient.SignedInAsync(portal, await Tourism.RouteStopProposalsOnPost.FukuiStaffAsync(portal));
        Assert.Equal(HttpStatusCode.Forbidden, (await fukui.GetAsync(edit)).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheImportNamesEachRefusedLineAndStoresNothingUntilEveryLinePasses(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var good = $"15,,,取込館{tag}-1,Import {tag},東京都中央区銀座1-1,銀座駅,10:00,19:00,水,年末年始,yes,\"ja,en\",,35.6717,139.765";
        var bad = $"27,,,取込館{tag}-2,,東京都千代田区,,25:00,19:00,月曜,,maybe,\"ja,fr\",http://example.com/a.jpg,35.1,";
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var refused = await ImportAsync(niigata, $"{Header}\n{good}\n{bad}\n", "commit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Response.StatusCode);
        var line = refused.Page.QuerySelector("li[data-line='3']")!.TextContent;
        Assert.Contains("ほかの都道府県のショップは編集できません", line);
        Assert.Contains("時刻は「10:00」の形で入力してください", line);
        Assert.Contains("「yes」か「no」で入力してください", line);
        Assert.Contains("言語は ja, en, zh-Hans, ko から選んでください", line);
        Assert.Contains("https で始まるアドレスを入力してください", line);
        Assert.Null(refused.Page.QuerySelector("li[data-line='2']"));
        Assert.Equal(0, await CountAsync(portal, tag));

        var checkedOnly = await ImportAsync(niigata, $"{Header}\n{good}\n", "check");
        Assert.Equal(HttpStatusCode.OK, checkedOnly.Response.StatusCode);
        Assert.Equal(0, await CountAsync(portal, tag));

        var committed = await ImportAsync(niigata, $"{Header}\n{good}\n", "commit");
        Assert.Equal(HttpStatusCode.OK, committed.Response.StatusCode);
        var shop = await portal.WithDbAsync(db => db.AntennaShops.SingleAsync(s => s.NameJa.StartsWith("取込館" + tag)));
        Assert.Equal(ClosingDays.Wednesday, shop.ClosedOn);
        Assert.True(shop.HasRestaurant);
        Assert.Equal("ja,en", shop.Languages);
        Assert.Equal(35.6717m, shop.Latitude);

        var wrongHeader = await ImportAsync(niigata, "name,address\nx,y\n", "commit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongHeader.Response.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheDirectoryFiltersByPrefectureAreaRestaurantAndOpenNow(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ids = await portal.WithDbAsync(async db =>
        {
            var open = new AntennaShop { PrefectureCode = "47", NameJa = $"沖縄テスト館{tag}", AddressJa = "東京都", Opens = new TimeOnly(0, 0), Closes = new TimeOnly(23, 59), HasRestaurant = true };
            var closed = new AntennaShop { PrefectureCode = "47", NameJa = $"沖縄休業館{tag}", AddressJa = "東京都", Opens = new TimeOnly(0, 0), Closes = new TimeOnly(23, 59), ClosedOn = (ClosingDays)127 };
            db.AntennaShops.AddRange(open, closed);
            await db.SaveChangesAsync();
            return (Open: open.Id, Closed: closed.Id);
        });

        async Task<int[]> ShopsAsync(string query)
        {
            var (response, page) = await PortalClient.For(portal).GetPageAsync("/antenna-shops" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return page.QuerySelectorAll("li[data-shop]").Select(li => int.Parse(li.GetAttribute("data-shop")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        }

        Assert.Contains(ids.Open, await ShopsAsync("?prefecture=47"));
        Assert.Contains(ids.Closed, await ShopsAsync("?prefecture=47"));
        Assert.DoesNotContain(ids.Open, await ShopsAsync("?prefecture=15"));
        Assert.Contains(ids.Open, await ShopsAsync("?region=" + Uri.EscapeDataString("九州・沖縄")));
        Assert.DoesNotContain(ids.Open, await ShopsAsync("?region=" + Uri.EscapeDataString("関東")));
        Assert.Equal([ids.Open], (await ShopsAsync("?prefecture=47&open=true")).Where(id => id == ids.Open || id == ids.Closed));
        Assert.Equal([ids.Open], (await ShopsAsync("?prefecture=47&restaurant=true")).Where(id => id == ids.Open || id == ids.Closed));

        var (_, korean) = await PortalClient.For(portal).GetPageAsync($"/ko/antenna-shops/shops/{ids.Closed}");
        Assert.Contains(Texts.Ko("いまは営業時間外です（日本時間）。"), korean.QuerySelector("main")!.TextContent);
    }

    private static async Task<int> CountAsync(PortalFactory portal, string tag) =>
        await portal.WithDbAsync(db => db.AntennaShops.CountAsync(s => s.NameJa.StartsWith("取込館" + tag)));

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> ImportAsync(PortalClient client, string csv, string command)
    {
        var response = await client.PostFormAsync("/antenna-shops/shops/import", "/antenna-shops/shops/import",
            new Dictionary<string, string> { ["text"] = csv, ["command"] = command });
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private static Dictionary<string, string> Fields(string prefecture, string name) => new()
    {
        ["Input.PrefectureCode"] = prefecture,
        ["Input.NameJa"] = name,
        ["Input.AddressJa"] = "東京都中央区銀座1-1",
        ["Input.NearestStation"] = "銀座一丁目駅",
        ["Input.Opens"] = "10:00",
        ["Input.Closes"] = "19:00",
        ["Input.ClosedDays"] = "水",
        ["Input.HasRestaurant"] = "no",
        ["Input.Languages"] = "ja,en",
    };
}
