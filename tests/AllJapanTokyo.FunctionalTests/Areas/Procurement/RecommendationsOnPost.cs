using System.Net;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// /procurement/recommendations: the 関東 coordinator recommends a tender to an industry of the region; the demo
/// enterprise (東京都, 製造業 E) sees it when industry and prefecture match, and not otherwise.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RecommendationsOnPost(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CoordinatorRecommendsAndTheMatchingEnterpriseSeesIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (matching, other) = (await NewTenderAsync(portal, $"T-REC-{suffix}-1"), await NewTenderAsync(portal, $"T-REC-{suffix}-2"));
        try
        {
            var coordinator = await PortalClient.SignedInAsync(portal, "coordinator@example.jp");
            var (page, form) = await coordinator.GetPageAsync("/procurement/recommendations");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("関東", form.QuerySelector("#coordinator-region")!.TextContent);
            Assert.Contains("東京都", form.QuerySelector("#coordinator-region")!.TextContent);
            Assert.Equal(7, form.QuerySelectorAll("select#PrefectureCode option[value]:not([value=''])").Length);

            // Manufacturing (E) in Tokyo: the demo enterprise's industry and prefecture. The other one is for agriculture (A).
            var saved = await coordinator.PostFormAsync("/procurement/recommendations", "/procurement/recommendations", new Dictionary<string, string>
            {
                ["TenderReference"] = matching.Reference, ["JsicMajorGroup"] = "E", ["PrefectureCode"] = "13", ["NoteJa"] = "精密加工の実績がある企業向けです。",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync("/procurement/recommendations", "/procurement/recommendations", new Dictionary<string, string>
            {
                ["TenderReference"] = other.Reference, ["JsicMajorGroup"] = "A", ["PrefectureCode"] = "",
            })).StatusCode);
            var (_, list) = await coordinator.GetPageAsync("/procurement/recommendations?saved=true");
            Assert.NotNull(list.QuerySelector("[role=status]"));
            Assert.NotNull(list.QuerySelector($"#recommendations tr[data-tender='{matching.Reference}']"));
            Assert.Contains("関東全域", list.QuerySelector($"#recommendations tr[data-tender='{other.Reference}']")!.TextContent);

            var sme = await PortalClient.SignedInAsync(portal, "sme@example.jp");
            var (_, seen) = await sme.GetPageAsync("/procurement/recommendations");
            var row = seen.QuerySelector($"#recommendations tr[data-tender='{matching.Reference}']")!;
            Assert.Equal($"/procurement/tenders/{matching.Id}", row.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains("精密加工の実績がある企業向けです。", row.TextContent);
            Assert.Contains("製造業", row.TextContent);
            Assert.Null(seen.QuerySelector($"#recommendations tr[data-tender='{other.Reference}']"));
            Assert.Contains("製造業", seen.QuerySelector("#enterprise-match")!.TextContent);
        }
        finally
        {
            await portal.WithDbAsync(async db => await db.Tenders.Where(t => t.Id == matching.Id || t.Id == other.Id).ExecuteDeleteAsync());
        }
    }

    [Theory]
    [InlineData("", "E", "", "案件番号を入力してください。")]
    [InlineData("T-NO-SUCH", "E", "", "公告中の案件番号")]
    [InlineData("KEEP", "", "", "業種（日本標準産業分類の大分類）を選んでください。")]
    [InlineData("KEEP", "E", "27", "担当地域の都道府県を選んでください。")]
    public async Task BadInputIsRefusedInJapaneseKeepsWhatWasTypedAndStoresNothing(string reference, string jsic, string prefecture, string message)
    {
        var tender = await NewTenderAsync(fixture.Sqlite, $"T-BAD-{Guid.NewGuid():N}"[..20]);
        try
        {
            var typed = reference == "KEEP" ? tender.Reference : reference;
            var coordinator = await PortalClient.SignedInAsync(fixture.Sqlite, "coordinator@example.jp");
            var before = await fixture.Sqlite.WithDbAsync(db => db.TenderRecommendations.CountAsync());

            var response = await coordinator.PostFormAsync("/procurement/recommendations", "/procurement/recommendations", new Dictionary<string, string>
            {
                ["TenderReference"] = typed, ["JsicMajorGroup"] = jsic, ["PrefectureCode"] = prefecture, ["NoteJa"] = "入力したコメント",
            });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(page.QuerySelectorAll(".invalid-feedback"), e => e.TextContent.Contains(message, StringComparison.Ordinal));
            Assert.Equal(typed, page.QuerySelector("input#TenderReference")!.GetAttribute("value") ?? "");
            Assert.Equal("入力したコメント", page.QuerySelector("textarea#NoteJa")!.TextContent);
            Assert.Equal(before, await fixture.Sqlite.WithDbAsync(db => db.TenderRecommendations.CountAsync()));
        }
        finally
        {
            await fixture.Sqlite.WithDbAsync(async db => await db.Tenders.Where(t => t.Id == tender.Id).ExecuteDeleteAsync());
        }
    }

    [Theory]
    [InlineData("buyer@example.jp")]
    [InlineData("official@example.jp")]
    public async Task OtherRolesAreRefused(string email)
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/procurement/recommendations")).StatusCode);
    }

    [Fact]
    public async Task AnEnterpriseCannotRecommend()
    {
        var sme = await PortalClient.SignedInAsync(fixture.Sqlite, "sme@example.jp");

        var response = await sme.PostFormAsync("/procurement/recommendations", "/procurement/recommendations", new Dictionary<string, string> { ["TenderReference"] = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<Tender> NewTenderAsync(PortalFactory portal, string reference) =>
        await portal.WithDbAsync(async db =>
        {
            var buyer = await db.Organizations.Where(o => o.IsBuyer).Select(o => o.Id).FirstAsync();
            var now = DateTime.UtcNow;
            var tender = new Tender
            {
                Reference = reference,
                BuyerOrganizationId = buyer,
                Title = "推薦テスト用の案件（精密部品）",
                Description = "推薦機能の試験のための案件です。",
                DeliveryPrefectureCode = "13",
                Status = TenderStatus.Published,
                PublishedAtUtc = now,
                EnquiryEndUtc = now.AddDays(7),
                TenderStartUtc = now.AddDays(8),
                TenderEndUtc = now.AddDays(20),
                IsSynthetic = true,
            };
            db.Tenders.Add(tender);
            await db.SaveChangesAsync();
            return tender;
        });
}
