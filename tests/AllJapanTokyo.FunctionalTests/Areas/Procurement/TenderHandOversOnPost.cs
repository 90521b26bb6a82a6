using System.Globalization;
using System.Text.Json;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Procurement.BiddingTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// Each hand-over of a tender tells the next person, through the Notifier: a notification linked to the tender and a
/// mail in the outbox, stored with the change itself.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TenderHandOversOnPost(PortalFixture fixture)
{
    private const string Buyer = "buyer@example.jp";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AQuestionReachesTheBuyerAndItsAnswerTheAskerTheBiddersAndTheWatchers(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await EnquiryTenderAsync(portal);
        var (_, askerEmail) = await NewEnterpriseUserAsync(portal);
        var (_, watcherEmail) = await NewEnterpriseUserAsync(portal);
        var (_, bystanderEmail) = await NewEnterpriseUserAsync(portal);
        var asker = await PortalClient.SignedInAsync(portal, askerEmail);
        var watcher = await PortalClient.SignedInAsync(portal, watcherEmail);
        var page = $"/procurement/tenders/{tender.Id}";
        AssertRedirect(await watcher.PostFormAsync(page, $"{page}/watch", []), page);

        AssertRedirect(await asker.PostFormAsync(page, $"{page}/questions", [new("QuestionForm.QuestionText", "搬入口の幅を教えてください。")]), page);

        var toBuyer = Assert.Single(await NotificationsOf(portal, Buyer), n => n.Kind == "tender.question" && n.LinkPath == $"/procurement/mine/tenders/{tender.Id}");
        Assert.Contains(tender.Reference, toBuyer.Arguments);
        var mail = Assert.Single(await OutboxTo(portal, Buyer), m => m.Subject == $"【質問】{tender.Reference} {tender.Title}");
        Assert.Contains($"https://localhost/procurement/mine/tenders/{tender.Id}", mail.Text);
        Assert.DoesNotContain(await NotificationsOf(portal, watcherEmail), n => n.Kind == "tender.question");

        var questionId = await portal.WithDbAsync(db => db.TenderQuestions.Where(q => q.TenderId == tender.Id).Select(q => q.Id).SingleAsync());
        var buyer = await PortalClient.SignedInAsync(portal, Buyer);
        var manage = $"/procurement/mine/tenders/{tender.Id}";
        AssertRedirect(await buyer.PostFormAsync(manage, $"{manage}/questions/{questionId}/answer", [new("answer", "幅は4mです。")]), manage);

        var toAsker = Assert.Single(await NotificationsOf(portal, askerEmail), n => n.Kind == "tender.answer");
        Assert.True(JsonDocument.Parse(toAsker.Arguments).RootElement.GetProperty("ToAsker").GetBoolean());
        Assert.Equal(page, toAsker.LinkPath);
        var toWatcher = Assert.Single(await NotificationsOf(portal, watcherEmail), n => n.Kind == "tender.answer");
        Assert.False(JsonDocument.Parse(toWatcher.Arguments).RootElement.GetProperty("ToAsker").GetBoolean());
        Assert.Contains(await OutboxTo(portal, askerEmail), m => m.Subject == $"【回答】{tender.Reference} {tender.Title}" && m.Text.Contains("貴社がした質問に、発注者が回答しました", StringComparison.Ordinal));
        Assert.Empty(await NotificationsOf(portal, bystanderEmail));

        // The asker reads it in the portal's notification list, linked to the tender.
        var (_, list) = await asker.GetPageAsync("/notifications");
        Assert.Contains($"【回答】{tender.Reference}", list.QuerySelector(".notification-list")!.TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ABidItsRevisionAndItsWithdrawalEachGiveTheBidderAReceipt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var sme = await PortalClient.SignedInAsync(portal, email);
        var page = $"/procurement/tenders/{tender.Id}";

        AssertRedirect(await BidAsync(sme, tender.Id, "1,300,000", attachment: Pdf("見積")), page);
        var bid = Assert.Single(await BidsAsync(portal, tender.Id));
        AssertRedirect(await BidAsync(sme, tender.Id, "125万"), page);
        AssertRedirect(await sme.PostFormAsync(page, $"{page}/bid/withdraw", []), page);

        var receipts = (await NotificationsOf(portal, email)).Where(n => n.Kind == "tender.bid-receipt").Select(n => JsonDocument.Parse(n.Arguments).RootElement).ToList();
        Assert.Equal(3, receipts.Count);
        Assert.Equal([0, 1, 2], receipts.Select(r => r.GetProperty("Receipt").GetInt32()));
        Assert.Equal($"{tender.Reference}-{bid.Id:D5}-01", receipts[0].GetProperty("ReceiptNumber").GetString());
        Assert.Equal($"{tender.Reference}-{bid.Id:D5}-02", receipts[1].GetProperty("ReceiptNumber").GetString());
        Assert.Equal($"{tender.Reference}-{bid.Id:D5}-02W", receipts[2].GetProperty("ReceiptNumber").GetString());

        var mails = await OutboxTo(portal, email);
        var first = Assert.Single(mails, m => m.Subject == $"【入札受付】{tender.Reference} 受付番号 {tender.Reference}-{bid.Id:D5}-01");
        Assert.Contains($"案件「{tender.Title}」（{tender.Reference}）への貴社の入札を受け付けました。", first.Text);
        Assert.Contains("入札金額: 1,300,000円", first.Text);
        Assert.Contains("添付資料: quote.pdf", first.Text);
        var japanTime = TimeZoneInfo.ConvertTimeFromUtc(bid.SubmittedAtUtc, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        Assert.Contains($"受付日時: {japanTime.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)}（日本時間）", first.Text);
        Assert.Contains(mails, m => m.Subject.StartsWith("【入札修正】", StringComparison.Ordinal) && m.Text.Contains("入札金額: 1,250,000円", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Subject.StartsWith("【入札取り下げ】", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnAwardTellsTheWinnerTheOtherBiddersAndTheWatchersEachTheirOwnOutcome(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, winnerEmail) = await NewEnterpriseUserAsync(portal);
        var (_, loserEmail) = await NewEnterpriseUserAsync(portal);
        var (_, watcherEmail) = await NewEnterpriseUserAsync(portal);
        await BidAsync(await PortalClient.SignedInAsync(portal, winnerEmail), tender.Id, "900000");
        await BidAsync(await PortalClient.SignedInAsync(portal, loserEmail), tender.Id, "950000");
        var watcher = await PortalClient.SignedInAsync(portal, watcherEmail);
        await watcher.PostFormAsync($"/procurement/tenders/{tender.Id}", $"/procurement/tenders/{tender.Id}/watch", []);
        await CloseAsync(portal, tender.Id);
        var winningBid = (await BidsAsync(portal, tender.Id)).Single(b => b.AmountYen == 900_000);
        var buyer = await PortalClient.SignedInAsync(portal, Buyer);
        var manage = $"/procurement/mine/tenders/{tender.Id}";

        // The confirmation page names the bid before anything is decided.
        var (_, confirm) = await buyer.GetPageAsync($"{manage}/award?bidId={winningBid.Id}");
        Assert.Contains("900,000円", confirm.QuerySelector(".award-review")!.TextContent);
        Assert.Null(await portal.WithDbAsync(db => db.Tenders.Where(t => t.Id == tender.Id).Select(t => t.AwardedBidId).SingleAsync()));
        Assert.DoesNotContain(await NotificationsOf(portal, winnerEmail), n => n.Kind == "tender.awarded");

        AssertRedirect(await buyer.PostFormAsync($"{manage}/award?bidId={winningBid.Id}", $"{manage}/award", [new("bidId", winningBid.Id.ToString(CultureInfo.InvariantCulture))]), manage);

        int Outcome(string arguments) => JsonDocument.Parse(arguments).RootElement.GetProperty("Outcome").GetInt32();
        Assert.Equal(0, Outcome(Assert.Single(await NotificationsOf(portal, winnerEmail), n => n.Kind == "tender.awarded").Arguments));
        Assert.Equal(1, Outcome(Assert.Single(await NotificationsOf(portal, loserEmail), n => n.Kind == "tender.awarded").Arguments));
        Assert.Equal(2, Outcome(Assert.Single(await NotificationsOf(portal, watcherEmail), n => n.Kind == "tender.awarded").Arguments));
        Assert.Contains(await OutboxTo(portal, watcherEmail), m => m.Text.Contains($"ウォッチしている案件「{tender.Title}」（{tender.Reference}）の落札者が決定しました。", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnUnsuccessfulEndTellsTheBiddersAndTheWatchers(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, bidderEmail) = await NewEnterpriseUserAsync(portal);
        var (_, watcherEmail) = await NewEnterpriseUserAsync(portal);
        await BidAsync(await PortalClient.SignedInAsync(portal, bidderEmail), tender.Id, "990000");
        await (await PortalClient.SignedInAsync(portal, watcherEmail)).PostFormAsync($"/procurement/tenders/{tender.Id}", $"/procurement/tenders/{tender.Id}/watch", []);
        await CloseAsync(portal, tender.Id);
        var buyer = await PortalClient.SignedInAsync(portal, Buyer);
        var manage = $"/procurement/mine/tenders/{tender.Id}";

        AssertRedirect(await buyer.PostFormAsync(manage, $"{manage}/unsuccessful", []), manage);

        foreach (var email in new[] { bidderEmail, watcherEmail })
        {
            Assert.Single(await NotificationsOf(portal, email), n => n.Kind == "tender.unsuccessful");
            Assert.Contains(await OutboxTo(portal, email), m => m.Subject == $"【入札結果】{tender.Reference} 不調・不落");
        }
    }
}
