using System.Net;
using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Textiles;

/// <summary>The designers' profiles (images by content, who may read them) and the regions kept by their own prefecture, by form and CSV.</summary>
[Collection(PortalCollection.Name)]
public sealed class TextilesDesignersAndRegions(PortalFixture fixture)
{
    private const string Header = "prefecture_code,other_prefecture_codes,name_ja,name_en,materials,processes,minimum_lot,lead_time,sample_policy,contact,photo_url";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADesignerKeepsAProfileWithImagesAndBadImagesAreRefusedWithNothingStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (designer, _, userId) = await TextilesTestData.DesignerAsync(portal, withProfile: false);
        var fields = new Dictionary<string, string> { ["Kind"] = "Individual", ["NameJa"] = "試験 花子", ["TokyoMunicipality"] = "台東区", ["Caption"] = "春夏の作品" };

        var missing = await TextilesTestData.PostMultipartAsync(designer, "/designers/me", "/designers/me", new Dictionary<string, string>(fields) { ["TokyoMunicipality"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.Response.StatusCode);
        Assert.Equal("NotTokyoBased", missing.Page.QuerySelector("#error-summary li")!.GetAttribute("data-problem"));
        Assert.Equal("試験 花子", missing.Page.QuerySelector("#NameJa")!.GetAttribute("value"));

        var notAnImage = await TextilesTestData.PostMultipartAsync(designer, "/designers/me", "/designers/me", fields, "image", "<svg onload=alert(1)>"u8.ToArray(), "a.png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAnImage.Response.StatusCode);
        Assert.Equal("NotAnImage", notAnImage.Page.QuerySelector("#error-summary li")!.GetAttribute("data-problem"));
        var tooLarge = await TextilesTestData.PostMultipartAsync(designer, "/designers/me", "/designers/me", fields, "image", [.. TextilesTestData.Png, .. new byte[5 * 1024 * 1024]], "big.png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.Response.StatusCode);
        Assert.Equal("ImageTooLarge", tooLarge.Page.QuerySelector("#error-summary li")!.GetAttribute("data-problem"));
        Assert.False(await portal.WithDbAsync(db => db.Designers.AnyAsync(d => d.UserId == userId)));

        var saved = await TextilesTestData.PostMultipartAsync(designer, "/designers/me", "/designers/me", fields, "image", TextilesTestData.Png, "work.png");
        Assert.Equal(HttpStatusCode.Redirect, saved.Response.StatusCode);
        var profile = await portal.WithDbAsync(db => db.Designers.Include(d => d.Images).SingleAsync(d => d.UserId == userId));
        var image = Assert.Single(profile.Images);
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal(HttpStatusCode.OK, (await designer.GetAsync($"/designers/{profile.Id}")).StatusCode);
        var served = await designer.GetAsync($"/designers/{profile.Id}/images/{image.Id}");
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);

        // Another designer, a prefecture the designer was never introduced to, and anonymous visitors get nothing.
        var (other, _, _) = await TextilesTestData.DesignerAsync(portal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/designers/{profile.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/designers/{profile.Id}/images/{image.Id}")).StatusCode);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        Assert.Equal(HttpStatusCode.NotFound, (await niigata.GetAsync($"/designers/{profile.Id}")).StatusCode);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync($"/designers/{profile.Id}")).StatusCode);

        // Once a request is introduced to a Niigata region, Niigata's staff may read the profile.
        var region = await TextilesTestData.RegionAsync(portal, "15");
        await TextilesTestData.RequestAsync(portal, profile.Id, r => r.Introduce([region], DateTime.UtcNow));
        Assert.Equal(HttpStatusCode.OK, (await niigata.GetAsync($"/designers/{profile.Id}")).StatusCode);

        var removed = await TextilesTestData.PostMultipartAsync(designer, "/designers/me", "/designers/me", new Dictionary<string, string> { ["removeImage"] = image.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, removed.Response.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.DesignerImages.AnyAsync(i => i.Id == image.Id)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PrefectureStaffKeepTheirOwnRegionsAndAreRefusedAnotherPrefecturesWithNothingStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var niigataRegion = await TextilesTestData.RegionAsync(portal, "15");
        var osakaRegion = await TextilesTestData.RegionAsync(portal, "27");
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var name = $"見附テスト{TextilesTestData.Tag()}";

        var own = await niigata.PostFormAsync($"/textiles/production-regions/{niigataRegion}/edit", $"/textiles/production-regions/{niigataRegion}/edit", Fields("15", name));
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal("ニット、織物", await portal.WithDbAsync(db => db.ProductionRegions.Where(r => r.Id == niigataRegion).Select(r => r.MaterialsJa).SingleAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.GetAsync($"/textiles/production-regions/{osakaRegion}/edit")).StatusCode);
        var other = await niigata.PostFormAsync($"/textiles/production-regions/{niigataRegion}/edit", $"/textiles/production-regions/{osakaRegion}/edit", Fields("27", "乗っ取り"));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.NotEqual("乗っ取り", await portal.WithDbAsync(db => db.ProductionRegions.Where(r => r.Id == osakaRegion).Select(r => r.NameJa).SingleAsync()));

        var added = await niigata.PostFormAsync("/textiles/production-regions/new", "/textiles/production-regions/new", Fields("27", "大阪に登録"));
        Assert.Equal(HttpStatusCode.Forbidden, added.StatusCode);
        var required = await niigata.PostFormAsync("/textiles/production-regions/new", "/textiles/production-regions/new", new Dictionary<string, string> { ["Input.PrefectureCode"] = "15", ["Input.NameJa"] = "素材なし" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, required.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.ProductionRegions.AnyAsync(r => r.NameJa == "大阪に登録" || r.NameJa == "素材なし")));

        // The public profile shows what the region makes, never its contact.
        var (_, page) = await PortalClient.For(portal).GetPageAsync($"/textiles/production-regions/{niigataRegion}");
        Assert.Contains("ニット、織物", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("担当窓口", page.QuerySelector("main")!.TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheRegionImportNamesEachRefusedLineAndStoresNothingUntilEveryLinePasses(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tag = TextilesTestData.Tag();
        var good = $"15,,取込産地{tag},Import {tag},綿,染色,100m,2か月,有償で対応,担当窓口,";
        var bad = $"27,,取込産地{tag}-2,,,,,,,,http://example.com/a.jpg";
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var refused = await ImportAsync(niigata, $"{Header}\n{good}\n{bad}\n", "commit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Response.StatusCode);
        var line = refused.Page.QuerySelector("li[data-line='3']")!.TextContent;
        Assert.Contains("ほかの都道府県の産地は編集できません", line);
        Assert.Contains("https で始まるアドレスを入力してください", line);
        Assert.Contains("素材：入力してください", line);
        Assert.Null(refused.Page.QuerySelector("li[data-line='2']"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.ProductionRegions.CountAsync(r => r.NameJa.StartsWith("取込産地" + tag))));

        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(niigata, $"{Header}\n{good}\n", "check")).Response.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.ProductionRegions.CountAsync(r => r.NameJa.StartsWith("取込産地" + tag))));

        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(niigata, $"{Header}\n{good}\n", "commit")).Response.StatusCode);
        var region = await portal.WithDbAsync(db => db.ProductionRegions.SingleAsync(r => r.NameJa == "取込産地" + tag));
        Assert.Equal("100m", region.MinimumLotJa);
        Assert.Equal("担当窓口", region.ContactJa);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ImportAsync(niigata, "name,materials\nx,y\n", "commit")).Response.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheReportsNiigataRegionIsShippedWithOnlyWhatTheReportSays(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var region = await portal.WithDbAsync(db => db.ProductionRegions.SingleAsync(r => r.ReportNoteJa != null && r.PrefectureCode == "15"));
        Assert.Equal("新潟県の繊維メーカー", region.NameJa);
        Assert.Equal("新潟県の繊維メーカーとのマッチング実績", region.ReportNoteJa);
        Assert.Equal("", region.MaterialsJa + region.ProcessesJa + region.MinimumLotJa + region.LeadTimeJa + region.SamplePolicyJa + region.ContactJa);
        Assert.Null(region.PhotoUrl);

        var (_, page) = await PortalClient.For(portal).GetPageAsync("/ko/textiles");
        Assert.NotNull(page.QuerySelector($"main a[href='/ko/textiles/production-regions/{region.Id}']"));
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> ImportAsync(PortalClient client, string csv, string command)
    {
        var response = await client.PostFormAsync("/textiles/production-regions/import", "/textiles/production-regions/import",
            new Dictionary<string, string> { ["text"] = csv, ["command"] = command });
        return (response, PortalClient.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static Dictionary<string, string> Fields(string prefecture, string name) => new()
    {
        ["Input.PrefectureCode"] = prefecture,
        ["Input.NameJa"] = name,
        ["Input.Materials"] = "ニット、織物",
        ["Input.MinimumLot"] = "1反",
        ["Input.Contact"] = "担当窓口",
    };
}
