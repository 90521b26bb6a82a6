using System.Net;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

[Collection(PortalCollection.Name)]
public sealed class TenderDetailsOnGet(PortalFixture fixture)
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShowsEveryDetailWithDatesInJapanTime(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var start = DateTime.UtcNow.Date.AddDays(30).AddHours(1);
        var end = start.AddDays(10).AddHours(7);
        var tender = await ProcurementTestData.InsertTenderAsync(portal, $"{ProcurementTestData.UniqueWord()} 仮設観覧席設置工事", t =>
        {
            t.Category = TenderCategory.Works;
            t.Method = ProcurementMethod.Selective;
            t.EnquiryEndUtc = start.AddDays(-1);
            t.TenderStartUtc = start;
            t.TenderEndUtc = end;
            t.BudgetYen = 12_345_000;
            t.DeliveryPrefectureCode = "18";
            t.Nationwide = false;
            t.ContactJa = "施設部 調達課 03-0000-0000";
        });

        var (response, page) = await PortalClient.For(portal).GetPageAsync($"/procurement/tenders/{tender.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tender.Title, page.QuerySelector("h1")!.TextContent.Trim());
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(tender.Reference, text);
        Assert.Contains("株式会社東京ビッグサイト", text);
        Assert.Contains("工事", text);
        Assert.Contains("指名競争入札", text);
        Assert.Contains("12,345,000円", text);
        Assert.Contains("福井県", text);
        Assert.Contains("所在地の要件があります", text);
        Assert.Contains("施設部 調達課 03-0000-0000", text);
        Assert.Contains("公告中（入札受付前）", text);
        var japanEnd = TimeZoneInfo.ConvertTimeFromUtc(end, Tokyo);
        Assert.Contains($"{japanEnd.Year}年{japanEnd.Month}月{japanEnd.Day}日 {japanEnd:HH:mm}", text);
        Assert.Null(page.QuerySelector(".badge-synthetic"));
        Assert.NotNull(page.QuerySelector("a[href='/procurement']"));
    }

    [Fact]
    public async Task AnEnglishReaderGetsTheWordsInEnglishAndTheContentMarkedAsJapanese()
    {
        var tender = await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{ProcurementTestData.UniqueWord()} 仮設観覧席設置工事", t =>
        {
            t.Category = TenderCategory.Works;
            t.Nationwide = false;
            t.EligiblePrefectureCodes = Tender.JoinCodes(["13", "14"]);
        });

        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/en/procurement/tenders/{tender.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tender.Title, page.QuerySelector("h1 span[lang=ja]")!.TextContent);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(Texts.En("工事"), text);
        Assert.Contains(Texts.En("入札受付中"), page.QuerySelector(".tender-status")!.TextContent);
        Assert.Contains("Niigata", text);
        Assert.Contains(Texts.En("次の都道府県に所在する企業: {0}", "Tokyo" + Texts.En("、") + "Kanagawa"), text);
        Assert.Equal("ja", page.QuerySelector(".tender-description span")!.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("a[href='/en/procurement']"));
        Assert.Equal($"/en/account/login?returnUrl=%2Fen%2Fprocurement%2Ftenders%2F{tender.Id}", page.QuerySelector("main a[href*='/account/login']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task UnknownTenderIsNotFound()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/procurement/tenders/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", page.Body!.TextContent);
    }

    [Fact]
    public async Task DraftsExistOnlyForTheirOwnBuyer()
    {
        var draft = await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{ProcurementTestData.UniqueWord()} 下書きの案件", status: TenderStatus.Draft);

        var anonymous = await PortalClient.For(fixture.Sqlite).GetAsync($"/procurement/tenders/{draft.Id}");
        var enterprise = await (await PortalClient.SignedInAsync(fixture.Sqlite, "sme@example.jp")).GetAsync($"/procurement/tenders/{draft.Id}");
        var (buyerResponse, buyerPage) = await (await PortalClient.SignedInAsync(fixture.Sqlite, "buyer@example.jp")).GetPageAsync($"/procurement/tenders/{draft.Id}");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, enterprise.StatusCode);
        Assert.Equal(HttpStatusCode.OK, buyerResponse.StatusCode);
        Assert.Contains("下書き（非公開）", buyerPage.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task SyntheticTenderCarriesTheBadge()
    {
        var tender = await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{ProcurementTestData.UniqueWord()} 負荷試験の案件", t => t.IsSynthetic = true);

        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/procurement/tenders/{tender.Id}");

        Assert.Equal("架空データ", page.QuerySelector("h1 .badge-synthetic")?.TextContent);
    }
}
