using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AllJapanTokyo.BrowserTests.Infrastructure;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Procurement;

/// <summary>
/// The whole tender journey in Chromium, through the real pages, and at each hand-over what the next person sees: a new
/// SME registers and confirms its e-mail, the operator approves it, Tokyo Big Sight posts a nationwide tender and
/// publishes it through its confirmation page; the SME finds it (the row says it may bid), watches it and asks; the
/// buyer is notified, sees the unanswered question on its page and answers; the SME is notified of the answer, bids
/// through the confirmation page with a PDF and gets its receipt; the buyer amends the deadline (訂正公告), so the bid
/// is marked as placed before the change and the SME is told; after the deadline the buyer awards through the
/// confirmation page and the SME is notified that it won. The portal runs on its own fake clock (started at the real
/// time), moved on into the tender period and past the deadline; the new pages are checked with axe on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TenderPortalJourney(BrowserFixture fixture)
{
    private const string SmeEmail = "journey-sme@example.jp";
    private const string SmePassword = "tsubame sanjo hammered copper 2020";
    private const string CompanyName = "燕三条ジャーニー金属株式会社";
    private const string Keyword = "鎚起銅器ジャーニー";
    private const string BuyerEmail = "buyer@example.jp";
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    [SkippableFact]
    public async Task Each_hand_over_from_question_to_award_tells_the_next_person()
    {
        Skip.IfNot(BrowserFixture.BrowserInstalled || BrowserFixture.RunningInCi, BrowserFixture.MissingBrowser);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var portal = new KestrelPortalFactory(clock).Started();
        var corporateNumber = await UnusedCorporateNumberAsync(portal);

        // Dates in Japan time, as the buyer types them: the enquiry period ends tomorrow 12:00, bids open tomorrow
        // 13:00 and close the day after at 17:00; the amendment moves the close one day later.
        var today = new DateTimeOffset(clock.GetUtcNow().ToOffset(JapanOffset).Date, JapanOffset);
        var enquiryEnd = today.AddDays(1).AddHours(12);
        var tenderStart = today.AddDays(1).AddHours(13);
        var tenderEnd = today.AddDays(2).AddHours(17);
        var amendedTenderEnd = today.AddDays(3).AddHours(17);

        // 1. The SME registers and confirms its e-mail through the link in the mail.
        await using var smeContext = await fixture.NewContextAsync(portal.BaseAddress);
        var sme = await smeContext.NewPageAsync();
        await sme.GotoAsync("/account/register");
        await sme.GetByLabel("メールアドレス").FillAsync(SmeEmail);
        await sme.GetByLabel("担当者名").FillAsync("燕 三条");
        await sme.GetByLabel("パスワード", new() { Exact = true }).FillAsync(SmePassword);
        await sme.GetByLabel("パスワード（確認）").FillAsync(SmePassword);
        await sme.GetByLabel("法人番号（13桁）").FillAsync(corporateNumber);
        await sme.GetByLabel("企業名", new() { Exact = true }).FillAsync(CompanyName);
        await sme.GetByLabel("企業名（カナ）").FillAsync("ツバメサンジョウジャーニーキンゾク");
        await sme.GetByLabel("所在都道府県").SelectOptionAsync(new SelectOptionValue { Label = "15 新潟県" });
        await sme.GetByLabel("業種（日本標準産業分類・大分類）").SelectOptionAsync("E");
        await sme.GetByLabel("資本金（円）").FillAsync("30000000");
        await sme.GetByLabel("常時使用する従業員数").FillAsync("25");
        await sme.GetByLabel("利用規約とプライバシーポリシーに同意する").CheckAsync();
        await sme.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await Expect(sme.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("確認メールを送信しました");

        await sme.GotoAsync(await ConfirmationLinkAsync(portal, SmeEmail));
        await sme.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();
        await Expect(sme.Locator("body")).ToContainTextAsync("メールアドレスを確認しました");

        // 2. The operator approves the new company.
        await using var adminContext = await fixture.NewContextAsync(portal.BaseAddress);
        var admin = await adminContext.NewPageAsync();
        await PortalPages.SignInAsync(admin, "admin@example.jp");
        await admin.GotoAsync("/admin/enterprises");
        await admin.GetByRole(AriaRole.Link, new() { Name = CompanyName }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "承認する" }).ClickAsync();
        await admin.GotoAsync("/admin/enterprises?status=approved");
        await Expect(admin.GetByRole(AriaRole.Row, new() { Name = CompanyName })).ToContainTextAsync(corporateNumber);

        // 3. The buyer posts a nationwide tender, reads it back on the confirmation page and publishes it; the tender
        //    number is the buyer's prefix, the fiscal year and a sequence.
        await using var buyerContext = await fixture.NewContextAsync(portal.BaseAddress);
        var buyer = await buyerContext.NewPageAsync();
        await PortalPages.SignInAsync(buyer, BuyerEmail);
        await buyer.GotoAsync("/procurement/mine");
        await buyer.GetByRole(AriaRole.Link, new() { Name = "新しい案件を登録する" }).ClickAsync();
        var title = $"{Keyword}の記念品製作（{corporateNumber}）";
        await buyer.GetByLabel("件名").FillAsync(title);
        await buyer.GetByLabel("案件の内容").FillAsync($"{Keyword}: 全国の中小企業から、記念品として鎚起銅器のタンブラー300個を調達します。");
        await buyer.GetByLabel("納入場所（主な都道府県）").SelectOptionAsync(new SelectOptionValue { Label = "東京都" });
        await buyer.GetByLabel("全国", new() { Exact = true }).CheckAsync();
        await buyer.GetByLabel("予定価格（円・任意、非公表なら空欄）").FillAsync("３００万");
        await buyer.GetByLabel("問い合わせ先").FillAsync("株式会社東京ビッグサイト 調達担当 03-0000-0000");
        await buyer.GetByLabel("質問受付締切（日本時間）").FillAsync(Local(enquiryEnd));
        await buyer.GetByLabel("入札受付開始（日本時間）").FillAsync(Local(tenderStart));
        await buyer.GetByLabel("入札締切（日本時間）").FillAsync(Local(tenderEnd));
        await buyer.GetByRole(AriaRole.Button, new() { Name = "保存して公告の確認へ進む" }).ClickAsync();
        await Expect(buyer).ToHaveURLAsync(PublishReviewPath());
        await Expect(buyer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("公告の確認");
        await Expect(buyer.Locator("main")).ToContainTextAsync("3,000,000");
        await AxeChecks.AssertNoSeriousViolationsAsync(buyer, "the publication's confirmation page");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "この内容で公告する" }).ClickAsync();
        await Expect(buyer).ToHaveURLAsync(ManagePath());
        var managePath = PortalPages.PathOf(buyer);
        await buyer.GotoAsync("/procurement/mine");
        var buyerRow = buyer.GetByRole(AriaRole.Row, new() { Name = title });
        await Expect(buyerRow).ToContainTextAsync("公告中（入札受付前）");
        var reference = (await buyerRow.Locator("td").First.InnerTextAsync()).Trim();
        var unansweredBefore = UnansweredCount(await buyer.Locator(".unanswered-total").InnerTextAsync());
        Assert.Matches(TenderNumber(), reference);

        // 4. The SME signs in and finds the tender by keyword, among the ones it may bid on; it watches the tender
        //    (the watch list shows it) and asks a question.
        await PortalPages.SignInAsync(sme, SmeEmail, SmePassword);
        await sme.GotoAsync("/procurement");
        await sme.GetByLabel("キーワード（件名・内容）").FillAsync(Keyword);
        await sme.GetByLabel("参加できる案件のみ").CheckAsync();
        await sme.GetByRole(AriaRole.Button, new() { Name = "検索", Exact = true }).ClickAsync();
        await Expect(sme.GetByRole(AriaRole.Status).First).ToContainTextAsync("1件中");
        await Expect(sme.GetByRole(AriaRole.Row, new() { Name = title }).Locator(".participation")).ToHaveTextAsync("参加できます");
        await AxeChecks.AssertNoSeriousViolationsAsync(sme, "the search as a company");
        await sme.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(sme.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        var tenderPath = PortalPages.PathOf(sme);
        await sme.GetByRole(AriaRole.Button, new() { Name = "ウォッチする" }).ClickAsync();
        await Expect(sme.Locator(".tender-watch")).ToContainTextAsync("この案件をウォッチしています");
        await Expect(sme.Locator(".bid-closed")).ToContainTextAsync("入札の受付はまだ始まっていません");
        await AxeChecks.AssertNoSeriousViolationsAsync(sme, "the tender page as a watching company");
        await sme.GotoAsync("/procurement/mine");
        await Expect(sme.Locator("table.watched-tenders tbody tr", new() { HasText = title })).ToContainTextAsync(reference);
        await sme.GotoAsync(tenderPath);
        const string question = "タンブラーへの名入れ（刻印）は必要でしょうか。";
        await sme.GetByLabel("質問（回答とともに公開されます。貴社名は公開されません）").FillAsync(question);
        await sme.GetByRole(AriaRole.Button, new() { Name = "質問を送信する" }).ClickAsync();
        await Expect(sme.Locator(".tender-qa")).ToContainTextAsync(question);
        await Expect(sme.Locator(".tender-qa")).ToContainTextAsync("回答待ち");

        // 5. The buyer is notified: its page counts the unanswered question, the notification leads to the tender's
        //    workspace, where it answers; the answer is public on the tender page, without the asker's name.
        await buyer.GotoAsync("/procurement/mine");
        await Expect(buyer.Locator(".unanswered-total")).ToHaveTextAsync($"未回答の質問 {unansweredBefore + 1}件");
        await Expect(buyer.GetByRole(AriaRole.Row, new() { Name = title }).Locator(".unanswered")).ToHaveTextAsync("1件");
        var asked = await NotificationAsync(buyer, $"【質問】{reference} {title}");
        await Expect(asked).ToContainTextAsync("質問が届きました");
        await AxeChecks.AssertNoSeriousViolationsAsync(buyer, "the buyer's notifications");
        await asked.GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(buyer).ToHaveURLAsync(new Regex(Regex.Escape(managePath) + "$"));
        const string answer = "名入れは不要です。化粧箱に入れて納品してください。";
        await buyer.GetByLabel("回答（公開されます）").FillAsync(answer);
        await buyer.GetByRole(AriaRole.Button, new() { Name = "回答を公開する" }).ClickAsync();
        await buyer.GotoAsync("/procurement/mine");
        await Expect(buyer.Locator(".unanswered-total")).ToHaveTextAsync($"未回答の質問 {unansweredBefore}件");
        await using var publicContext = await fixture.NewContextAsync(portal.BaseAddress);
        var reader = await publicContext.NewPageAsync();
        await reader.GotoAsync(tenderPath);
        await Expect(reader.Locator(".tender-qa")).ToContainTextAsync(question);
        await Expect(reader.Locator(".tender-qa")).ToContainTextAsync(answer);
        await Expect(reader.Locator("body")).Not.ToContainTextAsync(CompanyName);

        // 6. The SME (asker and watcher) is notified once, and the notification leads to the answer.
        var answered = await NotificationAsync(sme, $"【回答】{reference} {title}");
        await Expect(answered).ToContainTextAsync("貴社がした質問に、発注者が回答しました");
        await answered.GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(sme).ToHaveURLAsync(new Regex(Regex.Escape(tenderPath) + "$"));
        await Expect(sme.Locator(".tender-qa")).ToContainTextAsync(answer);

        // 7. In the tender period the SME bids: the confirmation page shows the amount and the file before anything
        //    is placed; the bid stands, its own PDF downloads, and a receipt arrives.
        clock.Advance(tenderStart.AddMinutes(30) - clock.GetUtcNow());
        await SignedInAgainAsync(sme, SmeEmail, SmePassword);
        await sme.GotoAsync(tenderPath);
        await Expect(sme.Locator("#bidder")).ToContainTextAsync("質問の受付期間は終了しました");
        await sme.GetByLabel("入札金額（円・税抜）").FillAsync("２７５万");
        await sme.Locator("#bid-attachment").SetInputFilesAsync(new FilePayload
        {
            Name = "mitsumori.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n% journey quotation\n%%EOF\n"),
        });
        await sme.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
        await Expect(sme.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("入札内容の確認");
        await Expect(sme.Locator(".bid-review-amount")).ToContainTextAsync("2,750,000");
        await Expect(sme.Locator(".bid-review-file")).ToContainTextAsync("mitsumori.pdf");
        await AxeChecks.AssertNoSeriousViolationsAsync(sme, "the bid's confirmation page");
        var meanwhile = await smeContext.NewPageAsync();
        await meanwhile.GotoAsync("/procurement/mine");
        await Expect(meanwhile.Locator("table.enterprise-bids tbody tr", new() { HasText = title })).ToHaveCountAsync(0);
        await meanwhile.CloseAsync();
        await sme.GetByRole(AriaRole.Button, new() { Name = "この内容で入札する" }).ClickAsync();
        await Expect(sme.Locator(".own-bid")).ToContainTextAsync("入札済み");
        await Expect(sme.Locator(".own-bid")).ToContainTextAsync("2,750,000");
        var ownAttachment = await sme.Locator(".own-bid").GetByRole(AriaRole.Link, new() { Name = "mitsumori.pdf" }).GetAttributeAsync("href");
        var download = await smeContext.APIRequest.GetAsync(ownAttachment!);
        Assert.Equal(200, download.Status);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await download.BodyAsync()));
        var receipt = await NotificationAsync(sme, $"【入札受付】{reference} 受付番号 {reference}-");
        await Expect(receipt).ToContainTextAsync("入札を受け付けました");
        await Expect(receipt).ToContainTextAsync("2,750,000");
        await Expect(receipt).ToContainTextAsync("mitsumori.pdf");
        await Expect(receipt).ToContainTextAsync(JapanTimeOf(clock));

        // Sealed for the buyer until the deadline.
        await SignedInAgainAsync(buyer, BuyerEmail);
        await buyer.GotoAsync(managePath);
        await Expect(buyer.Locator(".sealed-notice")).ToBeVisibleAsync();
        await Expect(buyer.Locator("body")).Not.ToContainTextAsync(CompanyName);

        // 8. The buyer amends the deadline in public (訂正公告): the change history is on the tender page, the SME's
        //    bid is marked as placed before the change, and the SME is told so. (Twenty minutes after the bid: on the
        //    frozen fake clock a bid and an amendment in the same instant would be neither before nor after.)
        clock.Advance(TimeSpan.FromMinutes(20));
        await buyer.Locator("#amend-tender-end").FillAsync(Local(amendedTenderEnd));
        const string reason = "納期の見直しに伴い、入札締切を1日延長します。";
        await buyer.GetByLabel("訂正の理由（公開され、入札者とウォッチしている企業に通知されます）").FillAsync(reason);
        await buyer.GetByRole(AriaRole.Button, new() { Name = "訂正公告を出す" }).ClickAsync();
        await Expect(buyer.Locator(".tender-amendments")).ToContainTextAsync("第1回訂正");
        await reader.GotoAsync(tenderPath);
        var history = reader.Locator(".tender-amendments");
        await Expect(history).ToContainTextAsync(reason);
        await Expect(history.Locator(".tender-changes")).ToContainTextAsync("入札締切");
        await AxeChecks.AssertNoSeriousViolationsAsync(reader, "the tender page with its change history");

        var amended = await NotificationAsync(sme, $"【訂正公告】{reference} {title}");
        await Expect(amended).ToContainTextAsync("第1回訂正");
        await Expect(amended).ToContainTextAsync(reason);
        await Expect(amended).ToContainTextAsync("貴社の入札は、日程・金額・資料の訂正より前に提出されたものです");
        await sme.GotoAsync(tenderPath);
        await Expect(sme.Locator(".bid-before-change")).ToBeVisibleAsync();
        await sme.GotoAsync("/procurement/mine");
        await Expect(sme.Locator("table.enterprise-bids tbody tr", new() { HasText = title }).Locator(".bid-before-change")).ToHaveTextAsync("訂正公告より前の入札");
        await Expect(sme.Locator("table.watched-tenders tbody tr", new() { HasText = title })).Not.ToContainTextAsync("—");
        await AxeChecks.AssertNoSeriousViolationsAsync(sme, "the company's page with its bids and watch list");

        // 9. Past the amended deadline the buyer sees the bid, marked as placed before the change, and awards it
        //    through the confirmation page.
        clock.Advance(amendedTenderEnd.AddMinutes(30) - clock.GetUtcNow());
        await SignedInAgainAsync(buyer, BuyerEmail);
        await buyer.GotoAsync(managePath);
        var bidRow = buyer.Locator("table.bids tbody tr", new() { HasText = CompanyName });
        await Expect(bidRow).ToContainTextAsync(corporateNumber);
        await Expect(bidRow).ToContainTextAsync("2,750,000");
        await Expect(bidRow.Locator(".bid-before-change")).ToHaveTextAsync("訂正公告より前の入札");
        await buyer.GetByLabel(new Regex(Regex.Escape(CompanyName) + ".*2,750,000")).CheckAsync();
        await buyer.GetByRole(AriaRole.Button, new() { Name = "落札者の確認へ進む" }).ClickAsync();
        await Expect(buyer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("落札者の確認");
        await Expect(buyer.Locator(".award-review")).ToContainTextAsync(CompanyName);
        await Expect(buyer.Locator(".award-review")).ToContainTextAsync("2,750,000");
        await Expect(buyer.Locator("main")).ToContainTextAsync("この入札は訂正公告より前に提出されたものです。");
        await AxeChecks.AssertNoSeriousViolationsAsync(buyer, "the award's confirmation page");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "この入札を落札とする" }).ClickAsync();
        await Expect(buyer.Locator("table.bids tbody tr", new() { HasText = CompanyName })).ToContainTextAsync("（落札）");

        // 10. The SME is notified that it won, and its page says so.
        await SignedInAgainAsync(sme, SmeEmail, SmePassword);
        var won = await NotificationAsync(sme, $"【落札】{reference} {title}");
        await Expect(won).ToContainTextAsync("貴社が落札者に決定しました");
        await sme.GotoAsync("/procurement/mine");
        var result = sme.Locator("table.enterprise-bids tbody tr", new() { HasText = title });
        await Expect(result.Locator(".bid-result")).ToContainTextAsync("落札");
        await Expect(result).ToContainTextAsync("落札者決定");
        await Expect(result).ToContainTextAsync("2,750,000");
    }

    /// <summary>The one notification on /notifications whose title starts with <paramref name="title"/> (and there is only one).</summary>
    private static async Task<ILocator> NotificationAsync(IPage page, string title)
    {
        await page.GotoAsync("/notifications");
        var item = page.Locator(".notification-list li", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = title }) });
        await Expect(item).ToHaveCountAsync(1);
        return item;
    }

    /// <summary>The number in 「未回答の質問 N件」 (the demo data has unanswered questions of its own).</summary>
    private static int UnansweredCount(string text) =>
        int.Parse(UnansweredTotal().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The portal's time now in Japan to the minute, as the receipts write it.</summary>
    private static string JapanTimeOf(FakeTimeProvider clock) =>
        clock.GetUtcNow().ToOffset(JapanOffset).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// After the clock has moved on by a day the sign-in cookie has expired (60 minutes idle, sliding, measured on the
    /// portal's TimeProvider, so on the fake clock), as it would for a real person: the page sends them to the login
    /// form, and they sign in again.
    /// </summary>
    private static async Task SignedInAgainAsync(IPage page, string email, string password = KestrelPortalFactory.DemoPassword)
    {
        await page.GotoAsync("/procurement/mine");
        await Expect(page).ToHaveURLAsync(PortalPages.LoginPath());
        await PortalPages.SignInAsync(page, email, password);
    }

    /// <summary>A valid 法人番号 (check digit by the domain's rule) that no enterprise in the portal's database holds.</summary>
    private static async Task<string> UnusedCorporateNumberAsync(KestrelPortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var serial = 1L; ; serial++)
        {
            var number = CorporateNumber.FromBase((202_011_300_000L + serial).ToString(CultureInfo.InvariantCulture));
            if (!await db.Enterprises.AnyAsync(e => e.CorporateNumber == number))
            {
                return number;
            }
        }
    }

    /// <summary>The path of the confirmation link in the mail the portal sent (through its outbox) to this address.</summary>
    private static async Task<string> ConfirmationLinkAsync(KestrelPortalFactory portal, string email)
    {
        await portal.DeliverMailAsync();
        var bodies = portal.MailFiles
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == email))
            .Select(m => m.TextBody ?? m.HtmlBody ?? "")
            .ToList();
        var link = ConfirmEmailLink().Match(Assert.Single(bodies));
        Assert.True(link.Success, "The confirmation e-mail holds a link");
        // Mails link to the configured Portal:BaseUrl; the test's portal listens on a port of its own.
        return new Uri(System.Net.WebUtility.HtmlDecode(link.Value)).PathAndQuery;
    }

    private static string Local(DateTimeOffset japanTime) => japanTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"https?://[^\s""<>]+/account/confirm-email\?[^\s""<>]+")]
    private static partial Regex ConfirmEmailLink();

    [GeneratedRegex(@"/procurement/mine/tenders/\d+$")]
    private static partial Regex ManagePath();

    [GeneratedRegex(@"/procurement/mine/tenders/\d+/publish$")]
    private static partial Regex PublishReviewPath();

    [GeneratedRegex(@"未回答の質問 (\d+)件")]
    private static partial Regex UnansweredTotal();

    [GeneratedRegex(@"^BS-\d{4}-\d{4}$")]
    private static partial Regex TenderNumber();
}
