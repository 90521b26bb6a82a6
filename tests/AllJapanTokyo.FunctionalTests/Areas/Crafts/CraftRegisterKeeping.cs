using System.Net;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Crafts;

/// <summary>The craft register: the nine crafts the report names, Tokyo staff keeping it, the all-or-nothing CSV import.</summary>
[Collection(PortalCollection.Name)]
public sealed class CraftRegisterKeeping(PortalFixture fixture)
{
    private const string Header = "name_ja,reading_ja,prefecture_code,designation,techniques_ja,materials_ja";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheRegisterHoldsTheReportsNineCraftsAndTheReportsProductsLinkToThem(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var crafts = await portal.WithDbAsync(db => db.Crafts.AsNoTracking().ToListAsync());
        foreach (var (name, reading, prefecture, designation) in new[]
        {
            ("東京くみひも", "とうきょうくみひも", "13", CraftDesignation.Tokyo),
            ("江戸木目込人形", "えどきめこみにんぎょう", "13", CraftDesignation.National),
            ("江戸漆器", "えどしっき", "13", CraftDesignation.Tokyo),
            ("東京無地染", "とうきょうむじぞめ", "13", CraftDesignation.Tokyo),
            ("江戸木版画", "えどもくはんが", "13", CraftDesignation.National),
            ("津軽塗", "つがるぬり", "02", CraftDesignation.National),
            ("会津塗", "あいづぬり", "07", CraftDesignation.National),
            ("別府竹細工", "べっぷたけざいく", "44", CraftDesignation.National),
            ("房州うちわ", "ぼうしゅううちわ", "12", CraftDesignation.National),
        })
        {
            var craft = crafts.Single(c => c.NameJa == name && c.PrefectureCode == prefecture);
            Assert.Equal(reading, craft.ReadingJa);
            Assert.Equal(designation, craft.Designation);
        }

        var products = await portal.WithDbAsync(db => db.CraftCollaborations.AsNoTracking().Where(c => c.TeamId == null).ToListAsync());
        Assert.Equal(5, products.Count);
        Assert.All(products, p => Assert.True(p.IsPublished && p.TokyoCraftId is not null && p.PartnerCraftId is not null));
        var kulis = products.Single(p => p.ProductJa == "kulis～くみひもうるしペン～");
        Assert.Equal("東京くみひも", crafts.Single(c => c.Id == kulis.TokyoCraftId).NameJa);
        Assert.Equal("津軽塗", crafts.Single(c => c.Id == kulis.PartnerCraftId).NameJa);
        Assert.Equal("02", kulis.PartnerPrefectureCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheImportNamesEachRefusedLineAndStoresNothingUntilEveryLinePasses(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var good = $"試験塗{tag},しけんぬり,15,national,下地・上塗,漆";
        var bad = $"試験染{tag},,48,prefectural,,";
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");

        var refused = await ImportAsync(official, $"{Header}\n{good}\n{bad}\n,,13,tokyo,,\n", "commit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Response.StatusCode);
        Assert.Null(refused.Page.QuerySelector("li[data-line='2']"));
        var line3 = refused.Page.QuerySelector("li[data-line='3']")!.TextContent;
        Assert.Contains("都道府県コード（01～47）ではありません", line3);
        Assert.Contains("指定は national、tokyo、other のいずれかで入力してください", line3);
        Assert.Contains("入力してください", refused.Page.QuerySelector("li[data-line='4']")!.TextContent);
        Assert.Equal(0, await CountAsync(portal, tag));

        var duplicate = await ImportAsync(official, $"{Header}\n{good}\n{good}\n", "commit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.Response.StatusCode);
        Assert.Contains("同じ都道府県に同じ名前の工芸品があります", duplicate.Page.QuerySelector("li[data-line='3']")!.TextContent);
        Assert.Equal(0, await CountAsync(portal, tag));

        var checkedOnly = await ImportAsync(official, $"{Header}\n{good}\n", "check");
        Assert.Equal(HttpStatusCode.OK, checkedOnly.Response.StatusCode);
        Assert.Equal(0, await CountAsync(portal, tag));

        var committed = await ImportAsync(official, $"{Header}\n{good}\n", "commit");
        Assert.Equal(HttpStatusCode.OK, committed.Response.StatusCode);
        var craft = await portal.WithDbAsync(db => db.Crafts.AsNoTracking().SingleAsync(c => c.NameJa == "試験塗" + tag));
        Assert.Equal(("しけんぬり", "15", CraftDesignation.National, "下地・上塗", "漆"), (craft.ReadingJa, craft.PrefectureCode, craft.Designation, craft.TechniquesJa, craft.MaterialsJa));

        // The same prefecture and name again updates the craft rather than adding one.
        var updated = await ImportAsync(official, $"{Header}\n試験塗{tag},しけんぬり,15,other,,木地\n", "commit");
        Assert.Contains("更新 1件", updated.Page.QuerySelector("#import-result")!.TextContent);
        Assert.Equal(1, await CountAsync(portal, tag));
        Assert.Equal(CraftDesignation.Other, await portal.WithDbAsync(db => db.Crafts.Where(c => c.Id == craft.Id).Select(c => c.Designation).SingleAsync()));

        var wrongHeader = await ImportAsync(official, "name,reading\nx,y\n", "commit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongHeader.Response.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OnlyTokyoStaffKeepTheRegisterAndAFormRefusesWhatTheImportRefuses(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, makerEmail) = await CraftsTestData.MakerAsync(portal);
        var maker = await PortalClient.SignedInAsync(portal, makerEmail, CraftsTestData.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await maker.GetAsync("/crafts/register")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await maker.GetAsync("/crafts/register/import")).StatusCode);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.GetAsync("/crafts/register/new")).StatusCode);

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var (listResponse, list) = await official.GetPageAsync("/crafts/register");
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        Assert.Contains("房州うちわ", list.QuerySelector("table")!.TextContent);

        var tag = Guid.NewGuid().ToString("N")[..8];
        var (missing, missingPage) = await CraftsTestData.PostAsync(official, "/crafts/register/new", "/crafts/register/new",
            ("NameJa", ""), ("PrefectureCode", "13"), ("Designation", "tokyo"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal([nameof(CraftProblem.Required)], CraftsTestData.Problems(missingPage));

        var (taken, takenPage) = await CraftsTestData.PostAsync(official, "/crafts/register/new", "/crafts/register/new",
            ("NameJa", "津軽塗"), ("PrefectureCode", "02"), ("Designation", "national"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Equal([nameof(CraftProblem.DuplicateName)], CraftsTestData.Problems(takenPage));

        var (added, _) = await CraftsTestData.PostAsync(official, "/crafts/register/new", "/crafts/register/new",
            ("NameJa", "試験細工" + tag), ("ReadingJa", "しけんざいく"), ("PrefectureCode", "13"), ("Designation", "other"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(1, await CountAsync(portal, tag));
    }

    private static async Task<int> CountAsync(PortalFactory portal, string tag) =>
        await portal.WithDbAsync(db => db.Crafts.CountAsync(c => c.NameJa.EndsWith(tag)));

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> ImportAsync(PortalClient client, string csv, string command) =>
        await CraftsTestData.PostAsync(client, "/crafts/register/import", "/crafts/register/import", ("text", csv), ("command", command));
}
