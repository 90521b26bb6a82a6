using System.Net;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

[Collection(PortalCollection.Name)]
public sealed class MyProcurementOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuyerSeesItsOrganisationsTendersIncludingDrafts(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var farFuture = DateTime.UtcNow.AddYears(20);
        var draft = await ProcurementTestData.InsertTenderAsync(
            portal,
            $"{ProcurementTestData.UniqueWord()} 来年度の会場備品",
            t => (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (farFuture, farFuture.AddDays(1), farFuture.AddDays(10)),
            status: TenderStatus.Draft,
            neverPublished: true);

        var client = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var (response, page) = await client.GetPageAsync("/procurement/mine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("株式会社東京ビッグサイトの案件", page.QuerySelector("h2")!.TextContent);
        var first = page.QuerySelector("main table tbody tr")!;
        Assert.Contains(draft.Title, first.TextContent);
        Assert.Contains("下書き（非公開）", first.TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnterpriseSeesItsCompanyAndItsBidsWithTheirResults(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var corporateNumber = await portal.WithDbAsync(db => db.Enterprises.Where(e => e.NameJa == "株式会社デモ精密工業").Select(e => e.CorporateNumber).SingleAsync());

        var client = await PortalClient.SignedInAsync(portal, "sme@example.jp");
        var (response, page) = await client.GetPageAsync("/procurement/mine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("株式会社デモ精密工業", text);
        Assert.Contains(corporateNumber, text);
        Assert.Contains("東京都", text);
        Assert.Contains("承認済み", text);
        Assert.Contains("入札した案件", text);
        Assert.Equal("架空データ", page.QuerySelector("main .badge-synthetic")?.TextContent);
        // The demo tenders: sme@'s company won the LED lighting order and lost the security contract.
        var rows = page.QuerySelectorAll("main table.enterprise-bids tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("LED照明器具の調達", StringComparison.Ordinal) && r.Contains("落札", StringComparison.Ordinal) && r.Contains("5,480,000円", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("会場警備業務委託（秋季展示会）", StringComparison.Ordinal) && r.Contains("非落札", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("a[href='/procurement/searches']"));
        Assert.NotNull(page.QuerySelector("a[href='/procurement/recommendations']"));
    }

    [Theory]
    [InlineData("coordinator@example.jp")]
    [InlineData("official@example.jp")]
    [InlineData("niigata@example.jp")]
    public async Task OtherRolesAreRefused(string email)
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, email);
        var (response, page) = await client.GetPageAsync("/procurement/mine");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("このページを表示する権限がありません", page.Body!.TextContent);
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/procurement/mine");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri("https://localhost"), response.Headers.Location!).AbsolutePath);
    }
}
