using System.Globalization;
using System.Net;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.FunctionalTests.Areas.Crafts;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// /api/v1/collaboration-products gives what /crafts and its product pages show: the published collaboration products
/// with their crafts and partner prefecture, and a team's designer and makers as its page names them; never an unpublished
/// product, a demonstration one only with synthetic=include, labelled 架空. The textile matching publishes no product, so
/// kind=textiles is an empty list.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiCollaborationProductsOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheListIsWhatTheCraftsPagesShow(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var made = await TeamProductsAsync(portal);
        try
        {
            var (_, page) = await client.GetPageAsync("/crafts");
            var shown = page.QuerySelectorAll("section[aria-labelledby=collaborations] tbody tr").Select(r =>
                {
                    var cells = r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
                    return (Id: int.Parse(r.QuerySelector("th a")!.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture), Product: cells[0],
                        TokyoCraft: cells[1], PartnerCraft: cells[2], Partner: r.QuerySelector("a[href^='/prefectures/']")!.GetAttribute("href")!.Split('/')[^1],
                        Programme: cells[4]);
                })
                .OrderBy(r => r.Id)
                .ToList();
            Assert.Contains(shown, r => r.Id == made.Published);
            Assert.DoesNotContain(shown, r => r.Id == made.Unpublished || r.Id == made.Synthetic);

            var items = await ApiAnswers.AllAsync(client, "/api/v1/collaboration-products?limit=2");
            Assert.Equal(shown, items.Select(i => ((int)i["id"]!, (string)i["productJa"]!, (string)i["tokyoCraftJa"]!, (string)i["partnerJa"]!,
                (string)i["partnerPrefectureCode"]!, (string)i["programmeJa"]!)));
            Assert.All(items, i => Assert.Equal(("crafts", "2-2", false), ((string)i["kind"]!, (string)i["measureCode"]!, (bool)i["isSynthetic"]!)));
            Assert.Equal(shown.Select(r => r.Id), (await ApiAnswers.AllAsync(client, "/api/v1/collaboration-products?kind=crafts")).Select(i => (int)i["id"]!));

            // A team's product: its page names the makers (with their prefectures) and the designer, and so does the list.
            var (_, product) = await client.GetPageAsync($"/crafts/collaborations/{made.Published}");
            var team = items.Single(i => (int)i["id"]! == made.Published);
            Assert.Equal(product.QuerySelector("#designer")!.TextContent.Trim(), (string?)team["designerJa"]);
            Assert.Equal(
                product.QuerySelectorAll("#makers > span").Select(s => s.QuerySelector("[lang=ja]")!.TextContent.Trim()),
                team["makers"]!.AsArray().Select(m => (string)m!["nameJa"]!));
            Assert.Equal(["02", "13"], team["makers"]!.AsArray().Select(m => (string)m!["prefectureCode"]!).Order(StringComparer.Ordinal));
            Assert.Equal(["02", "13", "44"], team["prefectureCodes"]!.AsArray().Select(c => (string)c!));
            Assert.Equal(2019, (int?)team["fiscalYear"]);
            Assert.Equal(product.QuerySelector("#where-to-buy")!.TextContent.Trim(), (string?)team["whereToBuyJa"]);

            // A product of the progress report: its page names no team, and the list neither; its year is not known.
            var report = items.First(i => (int)i["id"]! != made.Published);
            var (_, reported) = await client.GetPageAsync($"/crafts/collaborations/{(int)report["id"]!}");
            Assert.Null(reported.QuerySelector("#makers"));
            Assert.Null((string?)report["designerJa"]);
            Assert.Empty(report["makers"]!.AsArray());
            Assert.Null((int?)report["fiscalYear"]);

            // The demonstration product only when asked for, labelled; the unpublished one never.
            var withDemo = await ApiAnswers.AllAsync(client, "/api/v1/collaboration-products?synthetic=include");
            var demo = Assert.Single(withDemo, i => (int)i["id"]! == made.Synthetic);
            Assert.Equal((true, "架空"), ((bool)demo["isSynthetic"]!, (string?)demo["syntheticLabel"]));
            Assert.DoesNotContain(withDemo, i => (int)i["id"]! == made.Unpublished);

            // CSV: the same products, one line each.
            var csv = await ApiAnswers.CsvLinesAsync(client, "/api/v1/collaboration-products?format=csv&limit=1000");
            Assert.Equal("kind,id,measure,product_ja,fiscal_year,tokyo_craft_ja,partner_ja,partner_prefecture,prefectures,designer_ja,makers_ja,maker_prefectures,where_to_buy_ja,programme_ja,synthetic_label", csv[0]);
            Assert.Equal(shown.Select(r => $"crafts,{r.Id},2-2,{r.Product}"), csv.Skip(1).Select(l => string.Join(',', l.Split(',').Take(4))));
        }
        finally
        {
            await RemoveAsync(portal, made);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FiltersNarrowTheListAndItsEtagAnswers304(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var made = await TeamProductsAsync(portal);
        try
        {
            async Task<List<int>> IdsAsync(string query) =>
                (await ApiAnswers.AllAsync(client, $"/api/v1/collaboration-products?{query}")).Select(i => (int)i["id"]!).ToList();

            Assert.Equal([made.Published], await IdsAsync("fy=2019"));
            Assert.Equal([made.Published, made.Synthetic], await IdsAsync("fy=2019&synthetic=include"));
            // Aomori: the report's product with 津軽塗, and the team product one of whose makers is there.
            var aomori = await IdsAsync("prefecture=02&kind=crafts");
            Assert.Contains(made.Published, aomori);
            Assert.Contains(await portal.WithDbAsync(db => db.CraftCollaborations.Where(c => c.PartnerCraftJa == "津軽塗" && c.TeamId == null).Select(c => c.Id).FirstAsync()), aomori);
            Assert.DoesNotContain(await portal.WithDbAsync(db => db.CraftCollaborations.Where(c => c.ProductJa == "借景うちわ").Select(c => c.Id).FirstAsync()), aomori);
            Assert.Empty(await IdsAsync("kind=textiles"));
            Assert.Empty(await IdsAsync("kind=textiles&synthetic=include"));

            var first = await client.GetAsync("/api/v1/collaboration-products?kind=crafts");
            Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Equal($"\"pd-{await portal.WithDbAsync(db => db.CurrentVersionAsync())}\"", first.Headers.ETag!.Tag);
            using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/collaboration-products?format=csv");
            again.Headers.IfNoneMatch.Add(first.Headers.ETag);
            Assert.Equal(HttpStatusCode.NotModified, (await client.Http.SendAsync(again)).StatusCode);
        }
        finally
        {
            await RemoveAsync(portal, made);
        }
    }

    [Theory]
    [InlineData("/api/v1/collaboration-products?kind=wool", "en", "The value \"wool\" cannot be used for the parameter kind.")]
    [InlineData("/api/v1/collaboration-products?kind=wool", "ja", "パラメーター kind の値「wool」は使えません。")]
    [InlineData("/api/v1/collaboration-products?fy=20", "en", "The value \"20\" cannot be used for the parameter fy.")]
    [InlineData("/api/v1/collaboration-products?prefecture=00", "ja", "都道府県コードは01から47までの2桁の数字（JIS X 0401）で指定してください。")]
    [InlineData("/api/v1/collaboration-products?synthetic=all", "en", "The value \"all\" cannot be used for the parameter synthetic.")]
    [InlineData("/api/v1/collaboration-products?cursor=crafts:0", "en", "cursor is not valid: give the value of next from the page before.")]
    [InlineData("/api/v1/collaboration-products?format=xml", "ja", "format には json または csv を指定してください。")]
    public async Task BadParametersAre400InTheCallersLanguage(string url, string acceptLanguage, string detail)
    {
        await ApiAnswers.AssertProblemAsync(PortalClient.For(fixture.Sqlite), url, acceptLanguage, HttpStatusCode.BadRequest, detail);
    }

    private sealed record Made(int Published, int Unpublished, int Synthetic, int[] Teams);

    /// <summary>
    /// A team finished in fiscal year 2019 (a Tokyo maker and an Aomori maker) with its published product made with Oita's
    /// 別府竹細工, an unpublished product of another team, and a demonstration team's published product of the same year.
    /// </summary>
    private static async Task<Made> TeamProductsAsync(PortalFactory portal)
    {
        var round = await CraftsTestData.RoundAsync(portal, open: false);
        var (designer, _) = await CraftsTestData.DesignerAsync(portal);
        var (tokyoMaker, _) = await CraftsTestData.MakerAsync(portal);
        var (aomoriMaker, _) = await CraftsTestData.MakerAsync(portal, "津軽塗", "02");
        return await portal.WithDbAsync(async db =>
        {
            var finished = new DateTime(2019, 9, 1, 3, 0, 0, DateTimeKind.Utc);
            CraftTeam Team(bool synthetic) => new()
            {
                RoundId = round, NameJa = $"API試験チーム{Guid.NewGuid():N}"[..16], DesignerId = designer, CreatedAtUtc = finished.AddMonths(-5),
                FinishedAtUtc = finished, IsSynthetic = synthetic,
                Makers = [new CraftTeamMaker { MakerId = tokyoMaker }, new CraftTeamMaker { MakerId = aomoriMaker }],
            };
            var teams = new[] { Team(false), Team(false), Team(true) };
            db.CraftTeams.AddRange(teams);
            await db.SaveChangesAsync();
            CraftCollaboration Product(CraftTeam team, bool published) => new()
            {
                ProductJa = $"API試験の竹籠{Guid.NewGuid():N}"[..14], TokyoCraftJa = "東京くみひも", PartnerCraftJa = "別府竹細工", PartnerPrefectureCode = "44",
                ProgrammeJa = "「東京手仕事」プロジェクト", TeamId = team.Id, WhereToBuyJa = "試験の店（台東区）", IsPublished = published, IsSynthetic = team.IsSynthetic,
            };
            var products = new[] { Product(teams[0], true), Product(teams[1], false), Product(teams[2], true) };
            db.CraftCollaborations.AddRange(products);
            await db.SaveChangesAsync();
            return new Made(products[0].Id, products[1].Id, products[2].Id, teams.Select(t => t.Id).ToArray());
        });
    }

    private static Task<int> RemoveAsync(PortalFactory portal, Made made) =>
        portal.WithDbAsync(async db =>
        {
            await db.CraftCollaborations.Where(c => c.Id == made.Published || c.Id == made.Unpublished || c.Id == made.Synthetic).ExecuteDeleteAsync();
            await db.CraftTeamMakers.Where(m => made.Teams.Contains(m.TeamId)).ExecuteDeleteAsync();
            return await db.CraftTeams.Where(t => made.Teams.Contains(t.Id)).ExecuteDeleteAsync();
        });
}
