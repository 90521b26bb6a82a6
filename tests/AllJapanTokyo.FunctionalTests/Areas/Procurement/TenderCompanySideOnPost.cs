using System.Net;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Procurement.BiddingTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// The company's side: the search says whether it may bid and narrows to those, a bid is confirmed before it is placed,
/// the company reads back only its own attachment, and it watches tenders from their page and its own.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TenderCompanySideOnPost(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheSearchSaysWhetherTheCompanyMayBidAndNarrowsToThose(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var word = ProcurementTestData.UniqueWord();
        var open = await OpenTenderAsync(portal, t => t.Title = $"{word} 全国");
        var kansai = await OpenTenderAsync(portal, t => (t.Title, t.Nationwide, t.EligiblePrefectureCodes) = ($"{word} 関西限定", false, "26,27"));
        var niigata = await OpenTenderAsync(portal, t => (t.Title, t.Nationwide, t.EligiblePrefectureCodes) = ($"{word} 新潟可", false, "13,15"));
        var closed = await OpenTenderAsync(portal, t => t.Title = $"{word} 締切済み");
        await CloseAsync(portal, closed.Id);
        var (_, email) = await NewEnterpriseUserAsync(portal, prefectureCode: "15");
        var sme = await PortalClient.SignedInAsync(portal, email);

        var (_, all) = await sme.GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}");
        string Standing(AngleSharp.Html.Dom.IHtmlDocument page, Tender tender) =>
            page.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains(tender.Title, StringComparison.Ordinal)).QuerySelector(".participation")!.TextContent.Trim();
        Assert.Equal("参加できます", Standing(all, open));
        Assert.Equal("所在地の要件により参加できません", Standing(all, kansai));
        Assert.Equal("参加できます", Standing(all, niigata));
        Assert.Equal("受付終了", Standing(all, closed));

        var (_, eligible) = await sme.GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}&eligible=1");
        var titles = eligible.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, titles.Count);
        Assert.Contains(titles, t => t.Contains(open.Title, StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains(niigata.Title, StringComparison.Ordinal));
        Assert.True(eligible.QuerySelector("#eligible")!.HasAttribute("checked"));

        // A company the secretariat has not approved may bid on none; anonymous readers see no such column.
        var (_, pendingEmail) = await NewEnterpriseUserAsync(portal, prefectureCode: "15", status: ScreeningStatus.Pending);
        var pending = await PortalClient.SignedInAsync(portal, pendingEmail);
        var (_, pendingPage) = await pending.GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}");
        Assert.Equal("承認後に参加できます", Standing(pendingPage, open));
        var (_, pendingEligible) = await pending.GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}&eligible=1");
        Assert.Empty(pendingEligible.QuerySelectorAll("main table tbody tr"));
        var (_, anonymous) = await PortalClient.For(portal).GetPageAsync($"/procurement?q={Uri.EscapeDataString(word)}&eligible=1");
        Assert.Empty(anonymous.QuerySelectorAll(".participation"));
        Assert.Equal(4, anonymous.QuerySelectorAll("main table tbody tr").Length);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ABidIsShownForConfirmationBeforeItIsPlaced(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var sme = await PortalClient.SignedInAsync(portal, email);

        var review = await ReviewBidAsync(sme, tender.Id, "2億5,000万", "夜間作業を含みます", Pdf("見積書"));

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var page = PortalClient.Parse(await review.Content.ReadAsStringAsync());
        Assert.Equal("250,000,000円", page.QuerySelector(".bid-review-amount")!.TextContent.Trim());
        Assert.Contains("quote.pdf", page.QuerySelector(".bid-review-file")!.TextContent);
        Assert.Empty(await BidsAsync(portal, tender.Id));
        Assert.DoesNotContain(await NotificationsOf(portal, email), n => n.Kind == "tender.bid-receipt");

        // Back to the tender page: the amount and note as typed.
        var confirm = page.QuerySelectorAll("form").Single(f => f.GetAttribute("action") == $"/procurement/tenders/{tender.Id}/bid");
        var back = await PostFormAsync(sme, confirm, $"/procurement/tenders/{tender.Id}/bid/back");
        var backPage = PortalClient.Parse(await back.Content.ReadAsStringAsync());
        Assert.Equal("2億5,000万", backPage.QuerySelector("#bid-amount")!.GetAttribute("value"));
        Assert.Empty(await BidsAsync(portal, tender.Id));

        AssertRedirect(await PostFormAsync(sme, confirm, $"/procurement/tenders/{tender.Id}/bid"), $"/procurement/tenders/{tender.Id}");
        var bid = Assert.Single(await BidsAsync(portal, tender.Id));
        Assert.Equal((250_000_000L, "夜間作業を含みます", "quote.pdf"), (bid.AmountYen, bid.Note, bid.AttachmentFileName));
        Assert.Equal(Pdf("見積書"), bid.AttachmentContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ABidderDownloadsItsOwnAttachmentAndNoOneElses(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var (_, otherEmail) = await NewEnterpriseUserAsync(portal);
        var sme = await PortalClient.SignedInAsync(portal, email);
        var other = await PortalClient.SignedInAsync(portal, otherEmail);
        await BidAsync(sme, tender.Id, "1000000", attachment: Pdf("自社の見積"));

        var (_, page) = await sme.GetPageAsync($"/procurement/tenders/{tender.Id}");
        var link = page.QuerySelector(".own-bid a")!.GetAttribute("href")!;
        Assert.Equal($"/procurement/tenders/{tender.Id}/bid/attachment", link);
        var own = await sme.GetAsync(link);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf("自社の見積"), await own.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(link)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await PortalClient.For(portal).GetAsync(link)).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACompanyWatchesATenderAndStopsFromItsOwnPage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await EnquiryTenderAsync(portal);
        var (enterpriseId, email) = await NewEnterpriseUserAsync(portal);
        var sme = await PortalClient.SignedInAsync(portal, email);
        var page = $"/procurement/tenders/{tender.Id}";

        AssertRedirect(await sme.PostFormAsync(page, $"{page}/watch", []), page);
        AssertRedirect(await sme.PostFormAsync(page, $"{page}/watch", []), page);
        Assert.Equal(1, await portal.WithDbAsync(db => db.TenderWatches.CountAsync(w => w.TenderId == tender.Id && w.EnterpriseId == enterpriseId)));
        var (_, tenderPage) = await sme.GetPageAsync(page);
        Assert.NotNull(tenderPage.QuerySelector($".tender-watch[action='{page}/unwatch']"));

        var (_, mine) = await sme.GetPageAsync("/procurement/mine");
        Assert.Contains(tender.Reference, mine.QuerySelector(".watched-tenders")!.TextContent);

        AssertRedirect(await sme.PostFormAsync("/procurement/mine", $"{page}/unwatch?returnTo=mine", []), "/procurement/mine");
        Assert.False(await portal.WithDbAsync(db => db.TenderWatches.AnyAsync(w => w.TenderId == tender.Id && w.EnterpriseId == enterpriseId)));
        var (_, after) = await sme.GetPageAsync("/procurement/mine");
        Assert.Null(after.QuerySelector(".watched-tenders"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheBuyersPageCountsTheQuestionsWaitingForAnAnswer(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (organizationId, buyerEmail) = await NewBuyerUserAsync(portal);
        var tender = await EnquiryTenderAsync(portal);
        await portal.WithDbAsync(db => db.Tenders.Where(t => t.Id == tender.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.BuyerOrganizationId, organizationId)));
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var sme = await PortalClient.SignedInAsync(portal, email);
        var page = $"/procurement/tenders/{tender.Id}";
        await sme.PostFormAsync(page, $"{page}/questions", [new("QuestionForm.QuestionText", "質問その1")]);
        await sme.PostFormAsync(page, $"{page}/questions", [new("QuestionForm.QuestionText", "質問その2")]);
        var buyer = await PortalClient.SignedInAsync(portal, buyerEmail);

        var (_, mine) = await buyer.GetPageAsync("/procurement/mine");
        Assert.Equal("未回答の質問 2件", mine.QuerySelector(".unanswered-total")!.TextContent.Trim());
        Assert.Equal("2件", mine.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains(tender.Reference, StringComparison.Ordinal)).QuerySelector(".unanswered")!.TextContent.Trim());

        var questionId = await portal.WithDbAsync(db => db.TenderQuestions.Where(q => q.TenderId == tender.Id).Select(q => q.Id).FirstAsync());
        var manage = $"/procurement/mine/tenders/{tender.Id}";
        await buyer.PostFormAsync(manage, $"{manage}/questions/{questionId}/answer", [new("answer", "回答します。")]);
        var (_, after) = await buyer.GetPageAsync("/procurement/mine");
        Assert.Equal("未回答の質問 1件", after.QuerySelector(".unanswered-total")!.TextContent.Trim());
    }
}
