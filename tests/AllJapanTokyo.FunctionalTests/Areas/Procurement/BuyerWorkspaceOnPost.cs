using System.Globalization;
using System.Net;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Procurement.BiddingTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>The buyer's lifecycle through the workspace: post, publish, answer, award, contract, complete, cancel.</summary>
[Collection(PortalCollection.Name)]
public sealed class BuyerWorkspaceOnPost(PortalFixture fixture)
{
    private static Dictionary<string, string> Form(string title, DateTime enquiryEndJst, string submit) => new()
    {
        ["Input.Title"] = title,
        ["Input.Description"] = "展示ホールの案内サインを製作・設置する業務です。",
        ["Input.Category"] = "goods",
        ["Input.Method"] = "open",
        ["Input.DeliveryPrefectureCode"] = "13",
        ["Input.Nationwide"] = "true",
        ["Input.BudgetYen"] = "2,500,000",
        ["Input.ContactJa"] = "調達課 03-0000-0000",
        ["Input.EnquiryEnd"] = enquiryEndJst.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        ["Input.TenderStart"] = enquiryEndJst.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        ["Input.TenderEnd"] = enquiryEndJst.AddDays(10).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        ["Input.Submit"] = submit,
    };

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ATenderWithDatesOutOfOrderIsRefusedKeepingWhatWasTyped(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var title = $"{ProcurementTestData.UniqueWord()} 案内サイン製作";
        var form = Form(title, DateTime.UtcNow.AddHours(9).AddDays(3), "publish");
        form["Input.TenderEnd"] = form["Input.TenderStart"];

        var response = await buyer.PostFormAsync("/procurement/mine/tenders/new", "/procurement/mine/tenders/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("入札締切は入札開始日時より後にしてください。", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(title, page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("2,500,000", page.QuerySelector("#Input_BudgetYen")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.Tenders.AnyAsync(t => t.Title == title)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADraftIsHiddenUntilPublishedAndCanBeCopied(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var title = $"{ProcurementTestData.UniqueWord()} 案内サイン製作";

        var saved = await buyer.PostFormAsync("/procurement/mine/tenders/new", "/procurement/mine/tenders/new", Form(title, DateTime.UtcNow.AddHours(9).AddDays(3), "draft"));

        var tender = await portal.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Title == title));
        AssertRedirect(saved, $"/procurement/mine/tenders/{tender.Id}");
        Assert.Equal((TenderStatus.Draft, 2_500_000L, "13"), (tender.Status, tender.BudgetYen!.Value, tender.DeliveryPrefectureCode));
        Assert.Equal(HttpStatusCode.NotFound, (await PortalClient.For(portal).GetAsync($"/procurement/tenders/{tender.Id}")).StatusCode);

        var published = await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}", $"/procurement/mine/tenders/{tender.Id}/publish", []);
        AssertRedirect(published, $"/procurement/mine/tenders/{tender.Id}");
        var (response, publicPage) = await PortalClient.For(portal).GetPageAsync($"/procurement/tenders/{tender.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("公告中（入札受付前）", publicPage.QuerySelector(".tender-status")!.TextContent);

        var (_, copy) = await buyer.GetPageAsync($"/procurement/mine/tenders/new?copy={tender.Id}");
        Assert.Equal(title + "（複写）", copy.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("", copy.QuerySelector("#Input_TenderEnd")!.GetAttribute("value") ?? "");
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AQuestionAskedInTheEnquiryPeriodIsAnsweredInPublic(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await EnquiryTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var sme = await PortalClient.SignedInAsync(portal, email);
        var question = $"{ProcurementTestData.UniqueWord()} 設営は夜間作業を含みますか。";

        var asked = await sme.PostFormAsync($"/procurement/tenders/{tender.Id}", $"/procurement/tenders/{tender.Id}/questions", [new("QuestionForm.QuestionText", question)]);
        AssertRedirect(asked, $"/procurement/tenders/{tender.Id}");
        var (_, anonymousBefore) = await PortalClient.For(portal).GetPageAsync($"/procurement/tenders/{tender.Id}");
        Assert.DoesNotContain(question, anonymousBefore.Body!.TextContent);

        var questionId = await portal.WithDbAsync(db => db.TenderQuestions.Where(q => q.TenderId == tender.Id).Select(q => q.Id).SingleAsync());
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var answered = await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}", $"/procurement/mine/tenders/{tender.Id}/questions/{questionId}/answer", [new("answer", "夜間作業はありません。")]);
        AssertRedirect(answered, $"/procurement/mine/tenders/{tender.Id}");

        var (_, anonymous) = await PortalClient.For(portal).GetPageAsync($"/procurement/tenders/{tender.Id}");
        var qa = anonymous.QuerySelector(".tender-qa")!.TextContent;
        Assert.Contains(question, qa);
        Assert.Contains("夜間作業はありません。", qa);
        Assert.DoesNotContain("株式会社試験入札", qa);

        // Once the enquiry period is over, questions are refused.
        await CloseAsync(portal, tender.Id);
        var late = await sme.PostFormAsync($"/procurement/tenders/{tender.Id}", $"/procurement/tenders/{tender.Id}/questions", [new("QuestionForm.QuestionText", "遅い質問")]);
        Assert.Contains("この案件は質問を受け付けていません。", await late.Content.ReadAsStringAsync());
        Assert.Equal(1, await portal.WithDbAsync(db => db.TenderQuestions.CountAsync(q => q.TenderId == tender.Id)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AfterTheDeadlineTheBuyerAwardsRecordsTheContractAndCompletes(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, winnerEmail) = await NewEnterpriseUserAsync(portal);
        var (_, loserEmail) = await NewEnterpriseUserAsync(portal);
        var winner = await PortalClient.SignedInAsync(portal, winnerEmail);
        var loser = await PortalClient.SignedInAsync(portal, loserEmail);
        await BidAsync(winner, tender.Id, "1000000");
        await BidAsync(loser, tender.Id, "1100000");
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var winningBid = (await BidsAsync(portal, tender.Id)).Single(b => b.AmountYen == 1_000_000);

        var early = await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}/award?bidId={winningBid.Id}", $"/procurement/mine/tenders/{tender.Id}/award", [new("bidId", winningBid.Id.ToString(CultureInfo.InvariantCulture))]);
        Assert.Contains("入札締切後の審査中の案件でなければ", await early.Content.ReadAsStringAsync());

        await CloseAsync(portal, tender.Id);
        AssertRedirect(
            await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}/award?bidId={winningBid.Id}", $"/procurement/mine/tenders/{tender.Id}/award", [new("bidId", winningBid.Id.ToString(CultureInfo.InvariantCulture))]),
            $"/procurement/mine/tenders/{tender.Id}");
        Assert.Contains(await OutboxTo(portal, winnerEmail), m => m.Subject.Contains("【落札】", StringComparison.Ordinal));
        Assert.Contains(await OutboxTo(portal, loserEmail), m => m.Text.Contains("今回は貴社の入札は落札となりませんでした", StringComparison.Ordinal));

        var today = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var badContract = await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}", $"/procurement/mine/tenders/{tender.Id}/contract", [new("contractAmount", "abc"), new("contractSignedOn", today)]);
        var badPage = PortalClient.Parse(await badContract.Content.ReadAsStringAsync());
        Assert.Contains("数字で入力してください（例：1,200,000、120万）。", badPage.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("abc", badPage.QuerySelector("#contract-amount")!.GetAttribute("value"));

        AssertRedirect(
            await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}", $"/procurement/mine/tenders/{tender.Id}/contract", [new("contractAmount", "1,000,000"), new("contractSignedOn", today)]),
            $"/procurement/mine/tenders/{tender.Id}");
        AssertRedirect(
            await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}", $"/procurement/mine/tenders/{tender.Id}/complete", []),
            $"/procurement/mine/tenders/{tender.Id}");

        var stored = await portal.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == tender.Id));
        Assert.Equal((TenderStatus.Complete, winningBid.Id, 1_000_000L), (stored.Status, stored.AwardedBidId!.Value, stored.ContractAmountYen!.Value));

        var (_, winnerMine) = await winner.GetPageAsync("/procurement/mine");
        Assert.Contains("落札", winnerMine.QuerySelector(".enterprise-bids tbody tr")!.QuerySelector(".bid-result")!.TextContent);
        var (_, loserMine) = await loser.GetPageAsync("/procurement/mine");
        Assert.Equal("非落札", loserMine.QuerySelector(".enterprise-bids tbody tr .bid-result")!.TextContent.Trim());
        var (_, publicPage) = await PortalClient.For(portal).GetPageAsync($"/procurement/tenders/{tender.Id}");
        var result = publicPage.QuerySelector(".tender-result")!.TextContent;
        Assert.Contains("2者", result);
        Assert.Contains("1,000,000円", result);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CancellingNeedsAReasonAndTellsTheBiddersEachInTheirLanguage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var (_, englishEmail) = await NewEnterpriseUserAsync(portal);
        await portal.WithDbAsync(db => db.Users.Where(u => u.Email == englishEmail).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, "en")));
        await BidAsync(await PortalClient.SignedInAsync(portal, email), tender.Id, "800000");
        await BidAsync(await PortalClient.SignedInAsync(portal, englishEmail), tender.Id, "810000");
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");

        var noReason = await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}", $"/procurement/mine/tenders/{tender.Id}/cancel", [new("cancelReason", " ")]);
        Assert.Contains("中止の理由を入力してください。", await noReason.Content.ReadAsStringAsync());
        Assert.DoesNotContain(await OutboxTo(portal, email), m => m.Subject.StartsWith("【案件中止】", StringComparison.Ordinal));

        var reason = $"{ProcurementTestData.UniqueWord()} 会場計画の変更のため";
        AssertRedirect(
            await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}", $"/procurement/mine/tenders/{tender.Id}/cancel", [new("cancelReason", reason)]),
            $"/procurement/mine/tenders/{tender.Id}");

        // Through the Notifier, stored with the cancellation: a notification and a mail in each bidder's own language.
        var mail = Assert.Single(await OutboxTo(portal, email), m => m.Subject.StartsWith("【案件中止】", StringComparison.Ordinal));
        Assert.Contains(reason, mail.Text);
        Assert.Contains($"案件「{tender.Title}」（{tender.Reference}）は中止されました。", mail.Text);
        Assert.Contains($"https://localhost/procurement/tenders/{tender.Id}", mail.Text);
        var english = Assert.Single(await OutboxTo(portal, englishEmail), m => m.Subject == Texts.En("【案件中止】{0} {1}", tender.Reference, tender.Title));
        Assert.Contains(Texts.En("案件「{0}」（{1}）は中止されました。", tender.Title, tender.Reference), english.Text);
        Assert.Contains($"https://localhost/en/procurement/tenders/{tender.Id}", english.Text);
        Assert.Contains(await NotificationsOf(portal, email), n => n.Kind == "tender.cancelled" && n.LinkPath == $"/procurement/tenders/{tender.Id}");
        var (_, publicPage) = await PortalClient.For(portal).GetPageAsync($"/procurement/tenders/{tender.Id}");
        Assert.Contains(reason, publicPage.QuerySelector(".tender-cancel-reason")!.TextContent);
        Assert.Equal(TenderStatus.Cancelled, await portal.WithDbAsync(db => db.Tenders.Where(t => t.Id == tender.Id).Select(t => t.Status).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DocumentsMustBePdfByContentAndAreServedToEveryone(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var now = DateTime.UtcNow;
        var tender = await ProcurementTestData.InsertTenderAsync(portal, $"{ProcurementTestData.UniqueWord()} 案内サイン製作", t =>
            (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (now.AddDays(1), now.AddDays(1), now.AddDays(10)), status: TenderStatus.Draft, neverPublished: true);
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var manage = $"/procurement/mine/tenders/{tender.Id}";

        var fake = await UploadAsync(buyer, manage, $"{manage}/documents", "document", "仕様書.pdf", "MZ not a pdf"u8.ToArray(), "application/pdf");
        Assert.Contains("内容がPDFではありません", await fake.Content.ReadAsStringAsync());

        AssertRedirect(await UploadAsync(buyer, manage, $"{manage}/documents", "document", "仕様書.pdf", Pdf("仕様"), "application/octet-stream"), manage);
        AssertRedirect(await buyer.PostFormAsync($"{manage}/publish", $"{manage}/publish", []), manage);

        // Published: a document is added only through an amendment (訂正公告).
        var late = await UploadAsync(buyer, manage, $"{manage}/documents", "document", "追加.pdf", Pdf("追加"), "application/pdf");
        Assert.Contains("公告後の資料の追加・削除は、訂正公告で行ってください。", await late.Content.ReadAsStringAsync());
        var (_, page) = await PortalClient.For(portal).GetPageAsync($"/procurement/tenders/{tender.Id}");
        var link = page.QuerySelector(".tender-documents a")!;
        Assert.Equal("仕様書.pdf", link.TextContent);
        var download = await PortalClient.For(portal).GetAsync(link.GetAttribute("href")!);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf("仕様"), await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnEnglishBuyerIsAnsweredInEnglishAndStaysOnEnglishPages()
    {
        var portal = fixture.Sqlite;
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var title = $"{ProcurementTestData.UniqueWord()} 案内サイン製作";
        var outOfOrder = Form(title, DateTime.UtcNow.AddHours(9).AddDays(3), "publish");
        outOfOrder["Input.TenderEnd"] = outOfOrder["Input.TenderStart"];

        var refused = await buyer.PostFormAsync("/en/procurement/mine/tenders/new", "/en/procurement/mine/tenders/new", outOfOrder);
        var refusedPage = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("en", refusedPage.DocumentElement.GetAttribute("lang"));
        Assert.Contains(Texts.En("入札締切は入札開始日時より後にしてください。"), refusedPage.QuerySelector("[role=alert]")!.TextContent);

        var saved = await buyer.PostFormAsync("/en/procurement/mine/tenders/new", "/en/procurement/mine/tenders/new", Form(title, DateTime.UtcNow.AddHours(9).AddDays(3), "draft"));
        var tender = await portal.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Title == title));
        AssertRedirect(saved, $"/en/procurement/mine/tenders/{tender.Id}");
        var (_, manage) = await buyer.GetPageAsync($"/en/procurement/mine/tenders/{tender.Id}");
        Assert.Contains(Texts.En("下書き（非公開）"), manage.QuerySelector(".tender-status")!.TextContent);
        Assert.Equal($"/en/procurement/mine/tenders/{tender.Id}/publish", manage.QuerySelector("main a[href$='/publish']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task JointBidPartnersAreListedOnTheTenderPage()
    {
        var portal = fixture.Sqlite;
        var tender = await OpenTenderAsync(portal);
        var (enterpriseId, email) = await NewEnterpriseUserAsync(portal);
        var sme = await PortalClient.SignedInAsync(portal, email);

        AssertRedirect(
            await sme.PostFormAsync($"/procurement/tenders/{tender.Id}", $"/procurement/tenders/{tender.Id}/interest", [new("InterestForm.Message", "電気工事の協力会社を探しています")]),
            $"/procurement/tenders/{tender.Id}");

        var name = await portal.WithDbAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.NameJa).SingleAsync());
        var (_, page) = await PortalClient.For(portal).GetPageAsync($"/procurement/tenders/{tender.Id}");
        var partners = page.QuerySelector(".tender-partners")!.TextContent;
        Assert.Contains(name, partners);
        Assert.Contains("新潟県", partners);
        Assert.Contains("電気工事の協力会社を探しています", partners);
    }

    [Fact]
    public async Task TheBuyerListsItsTendersByState()
    {
        var portal = fixture.Sqlite;
        var tender = await OpenTenderAsync(portal);
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");

        var (_, page) = await buyer.GetPageAsync("/procurement/mine?status=tendering");

        Assert.Contains(page.QuerySelectorAll(".buyer-status-filter a"), a => a.TextContent.StartsWith("入札受付中 (", StringComparison.Ordinal) && a.GetAttribute("aria-current") == "page");
        Assert.Contains(page.QuerySelectorAll("main table tbody tr"), r => r.TextContent.Contains(tender.Title, StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("main table tbody tr"), r => Assert.Contains("入札受付中", r.TextContent));
    }
}
