using System.Net;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using static AllJapanTokyo.FunctionalTests.Areas.Procurement.BiddingTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>An approved enterprise bids, revises and withdraws before the deadline; late, doubled and bad bids are refused or merged.</summary>
[Collection(PortalCollection.Name)]
public sealed class BidOnPost(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheSameFormPostedTwiceMakesOneBidAndANewFormRevisesIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (enterpriseId, email) = await NewEnterpriseUserAsync(portal);
        var client = await PortalClient.SignedInAsync(portal, email);

        var (_, page) = await client.GetPageAsync($"/procurement/tenders/{tender.Id}");
        AssertRedirect(await BidAsync(client, tender.Id, "1,200,000", "初回", openedPage: page), $"/procurement/tenders/{tender.Id}");
        AssertRedirect(await BidAsync(client, tender.Id, "1,200,000", "初回", openedPage: page), $"/procurement/tenders/{tender.Id}");

        var bid = Assert.Single(await BidsAsync(portal, tender.Id));
        Assert.Equal((enterpriseId, 1_200_000L, 1, BidStatus.Active), (bid.EnterpriseId, bid.AmountYen, bid.Revision, bid.Status));

        AssertRedirect(await BidAsync(client, tender.Id, "１１５００００"), $"/procurement/tenders/{tender.Id}");
        bid = Assert.Single(await BidsAsync(portal, tender.Id));
        Assert.Equal((1_150_000L, 2), (bid.AmountYen, bid.Revision));

        var (_, after) = await client.GetPageAsync($"/procurement/tenders/{tender.Id}");
        var own = after.QuerySelector(".own-bid")!.TextContent;
        Assert.Contains("入札済み", own);
        Assert.Contains("1,150,000円", own);
        Assert.Contains("2回目の提出", own);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ABidAfterTheDeadlineIsRefusedEvenIfThePageWasOpenedBefore(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var client = await PortalClient.SignedInAsync(portal, email);
        var (_, openedBefore) = await client.GetPageAsync($"/procurement/tenders/{tender.Id}");
        Assert.NotNull(openedBefore.QuerySelector($"form[action='/procurement/tenders/{tender.Id}/bid/review']"));

        await CloseAsync(portal, tender.Id);
        var response = await BidAsync(client, tender.Id, "990000", openedPage: openedBefore);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("入札の締切を過ぎたため、受け付けられません。", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Empty(await BidsAsync(portal, tender.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnUnreadableAmountIsRefusedAndWhatWasTypedComesBack(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var client = await PortalClient.SignedInAsync(portal, email);

        var response = await BidAsync(client, tender.Id, "百万円", "備考はそのまま");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("数字で入力してください（例：1,200,000、120万）。", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("百万円", page.QuerySelector("#bid-amount")!.GetAttribute("value"));
        Assert.Equal("備考はそのまま", page.QuerySelector("#bid-note")!.TextContent);
        Assert.Empty(await BidsAsync(portal, tender.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AWithdrawnBidCanBeMadeAgainBeforeTheDeadline(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var client = await PortalClient.SignedInAsync(portal, email);
        await BidAsync(client, tender.Id, "500000");

        var withdraw = await client.PostFormAsync($"/procurement/tenders/{tender.Id}", $"/procurement/tenders/{tender.Id}/bid/withdraw", []);

        AssertRedirect(withdraw, $"/procurement/tenders/{tender.Id}");
        Assert.Equal(BidStatus.Withdrawn, Assert.Single(await BidsAsync(portal, tender.Id)).Status);
        var (_, page) = await client.GetPageAsync($"/procurement/tenders/{tender.Id}");
        Assert.Contains("取り下げ済み", page.QuerySelector(".own-bid")!.TextContent);

        await BidAsync(client, tender.Id, "480000");
        var bid = Assert.Single(await BidsAsync(portal, tender.Id));
        Assert.Equal((BidStatus.Active, 480_000L), (bid.Status, bid.AmountYen));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APdfQuoteIsKeptAndAFileThatIsNotAPdfIsRefused(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var client = await PortalClient.SignedInAsync(portal, email);

        var refused = await BidAsync(client, tender.Id, "700000", attachment: "<html>not a pdf</html>"u8.ToArray());
        Assert.Contains("PDFファイルを選んでください", await refused.Content.ReadAsStringAsync());
        Assert.Empty(await BidsAsync(portal, tender.Id));

        AssertRedirect(await BidAsync(client, tender.Id, "700000", attachment: Pdf()), $"/procurement/tenders/{tender.Id}");
        var bid = Assert.Single(await BidsAsync(portal, tender.Id));
        Assert.Equal("quote.pdf", bid.AttachmentFileName);
        Assert.Equal(Pdf(), bid.AttachmentContent);
    }

    [Fact]
    public async Task AnEnterpriseStillUnderScreeningCannotBid()
    {
        var portal = fixture.Sqlite;
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal, status: ScreeningStatus.Pending);
        var client = await PortalClient.SignedInAsync(portal, email);

        var (_, page) = await client.GetPageAsync($"/procurement/tenders/{tender.Id}");

        Assert.Contains("事務局の審査で承認されると、質問と入札ができます。", page.QuerySelector("#bidder")!.TextContent);
        Assert.Null(page.QuerySelector($"form[action='/procurement/tenders/{tender.Id}/bid']"));
    }

    [Fact]
    public async Task AnEnterpriseOutsideTheEligiblePrefecturesCannotBid()
    {
        var portal = fixture.Sqlite;
        var tender = await OpenTenderAsync(portal, t => (t.Nationwide, t.EligiblePrefectureCodes) = (false, "13,14"));
        var (_, email) = await NewEnterpriseUserAsync(portal, prefectureCode: "27");
        var client = await PortalClient.SignedInAsync(portal, email);

        var (_, page) = await client.GetPageAsync($"/procurement/tenders/{tender.Id}");

        Assert.Contains("次の都道府県に所在する企業: 東京都、神奈川県", page.QuerySelector("main")!.TextContent);
        Assert.Contains("所在地の要件により、貴社は参加できません", page.QuerySelector("#bidder")!.TextContent);
    }

    [Fact]
    public async Task BuyersCannotPostBids()
    {
        var tender = await OpenTenderAsync(fixture.Sqlite);
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, "buyer@example.jp");

        var response = await client.PostFormAsync($"/procurement/tenders/{tender.Id}", $"/procurement/tenders/{tender.Id}/bid/withdraw", []);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
