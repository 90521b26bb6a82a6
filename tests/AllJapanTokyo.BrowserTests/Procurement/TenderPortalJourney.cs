using System.Globalization;
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
/// The whole tender journey in Chromium, through the real pages: a new SME registers and confirms its e-mail, the operator
/// approves it, Tokyo Big Sight posts and publishes a nationwide tender, the SME finds it by keyword and asks a
/// question, the buyer answers it in public, the SME bids in the tender period, the buyer opens the bids after the
/// deadline and awards them, and the SME sees 落札 on its page. The portal runs on its own fake clock (started at the
/// real time), moved on past the enquiry end and past the tender end.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TenderPortalJourney(BrowserFixture fixture)
{
    private const string SmeEmail = "journey-sme@example.jp";
    private const string SmePassword = "tsubame sanjo hammered copper 2020";
    private const string CompanyName = "燕三条ジャーニー金属株式会社";
    private const string Keyword = "鎚起銅器ジャーニー";
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    [SkippableFact]
    public async Task Sme_registers_is_approved_asks_bids_and_wins_a_nationwide_tender()
    {
        Skip.IfNot(BrowserFixture.BrowserInstalled || BrowserFixture.RunningInCi, BrowserFixture.MissingBrowser);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var portal = new KestrelPortalFactory(clock).Started();
        var corporateNumber = await UnusedCorporateNumberAsync(portal);

        // Dates in Japan time, as the buyer types them: the enquiry period ends tomorrow 12:00, bids open tomorrow
        // 13:00 and close the day after at 17:00.
        var today = new DateTimeOffset(clock.GetUtcNow().ToOffset(JapanOffset).Date, JapanOffset);
        var enquiryEnd = today.AddDays(1).AddHours(12);
        var tenderStart = today.AddDays(1).AddHours(13);
        var tenderEnd = today.AddDays(2).AddHours(17);

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
        await sme.GetByLabel("利用規約に同意する").CheckAsync();
        await sme.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await Expect(sme.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("確認メールを送信しました");

        await sme.GotoAsync(ConfirmationLink(portal, SmeEmail));
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

        // 3. The buyer posts a nationwide tender and publishes it.
        await using var buyerContext = await fixture.NewContextAsync(portal.BaseAddress);
        var buyer = await buyerContext.NewPageAsync();
        await PortalPages.SignInAsync(buyer, "buyer@example.jp");
        await buyer.GotoAsync("/procurement/mine");
        await buyer.GetByRole(AriaRole.Link, new() { Name = "新しい案件を登録する" }).ClickAsync();
        var title = $"{Keyword}の記念品製作（{corporateNumber}）";
        await buyer.GetByLabel("件名").FillAsync(title);
        await buyer.GetByLabel("案件の内容").FillAsync($"{Keyword}: 全国の中小企業から、記念品として鎚起銅器のタンブラー300個を調達します。");
        await buyer.GetByLabel("納入場所（主な都道府県）").SelectOptionAsync(new SelectOptionValue { Label = "東京都" });
        await buyer.GetByLabel("全国", new() { Exact = true }).CheckAsync();
        await buyer.GetByLabel("予定価格（円・任意、非公表なら空欄）").FillAsync("3000000");
        await buyer.GetByLabel("問い合わせ先").FillAsync("株式会社東京ビッグサイト 調達担当 03-0000-0000");
        await buyer.GetByLabel("質問受付締切（日本時間）").FillAsync(Local(enquiryEnd));
        await buyer.GetByLabel("入札受付開始（日本時間）").FillAsync(Local(tenderStart));
        await buyer.GetByLabel("入札締切（日本時間）").FillAsync(Local(tenderEnd));
        await buyer.GetByRole(AriaRole.Button, new() { Name = "保存して公告する" }).ClickAsync();
        await Expect(buyer).ToHaveURLAsync(ManagePath());
        var managePath = PortalPages.PathOf(buyer);
        await buyer.GotoAsync("/procurement/mine");
        await Expect(buyer.GetByRole(AriaRole.Row, new() { Name = title })).ToContainTextAsync("公告中（入札受付前）");

        // 4. The SME signs in, finds the tender by keyword and asks a question on its page.
        await PortalPages.SignInAsync(sme, SmeEmail, SmePassword);
        await sme.GotoAsync("/procurement");
        await sme.GetByLabel("キーワード（件名・内容）").FillAsync(Keyword);
        await sme.GetByRole(AriaRole.Button, new() { Name = "検索", Exact = true }).ClickAsync();
        await Expect(sme.GetByRole(AriaRole.Status).First).ToContainTextAsync("1件中");
        await sme.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(sme.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        var tenderPath = PortalPages.PathOf(sme);
        await Expect(sme.Locator(".bid-closed")).ToContainTextAsync("入札の受付はまだ始まっていません");
        const string question = "タンブラーへの名入れ（刻印）は必要でしょうか。";
        await sme.GetByLabel("質問（回答とともに公開されます。貴社名は公開されません）").FillAsync(question);
        await sme.GetByRole(AriaRole.Button, new() { Name = "質問を送信する" }).ClickAsync();
        await Expect(sme.Locator(".tender-qa")).ToContainTextAsync(question);
        await Expect(sme.Locator(".tender-qa")).ToContainTextAsync("回答待ち");

        // 5. The buyer answers; the answer is public on the tender page.
        const string answer = "名入れは不要です。化粧箱に入れて納品してください。";
        await buyer.GotoAsync(managePath);
        await buyer.GetByLabel("回答（公開されます）").FillAsync(answer);
        await buyer.GetByRole(AriaRole.Button, new() { Name = "回答を公開する" }).ClickAsync();
        await using var publicContext = await fixture.NewContextAsync(portal.BaseAddress);
        var reader = await publicContext.NewPageAsync();
        await reader.GotoAsync(tenderPath);
        await Expect(reader.Locator(".tender-qa")).ToContainTextAsync(question);
        await Expect(reader.Locator(".tender-qa")).ToContainTextAsync(answer);
        await Expect(reader.Locator("body")).Not.ToContainTextAsync(CompanyName);

        // 6. Past the enquiry end, in the tender period: no more questions; the SME bids.
        clock.Advance(tenderStart.AddMinutes(30) - clock.GetUtcNow());
        await SignedInAgainAsync(sme, SmeEmail, SmePassword);
        await sme.GotoAsync(tenderPath);
        await Expect(sme.Locator("#bidder")).ToContainTextAsync("質問の受付期間は終了しました");
        await sme.GetByLabel("入札金額（円・税抜）").FillAsync("2,750,000");
        await sme.GetByRole(AriaRole.Button, new() { Name = "入札する" }).ClickAsync();
        await Expect(sme.Locator(".own-bid")).ToContainTextAsync("入札済み");
        await Expect(sme.Locator(".own-bid")).ToContainTextAsync("2,750,000");

        // Sealed for the buyer until the deadline.
        await SignedInAgainAsync(buyer, "buyer@example.jp");
        await buyer.GotoAsync(managePath);
        await Expect(buyer.Locator(".sealed-notice")).ToBeVisibleAsync();
        await Expect(buyer.Locator("body")).Not.ToContainTextAsync(CompanyName);

        // 7. Past the tender end: the buyer sees the bid and awards it.
        clock.Advance(tenderEnd.AddMinutes(30) - clock.GetUtcNow());
        await SignedInAgainAsync(buyer, "buyer@example.jp");
        await buyer.GotoAsync(managePath);
        var bidRow = buyer.Locator("table.bids tbody tr", new() { HasText = CompanyName });
        await Expect(bidRow).ToContainTextAsync(corporateNumber);
        await Expect(bidRow).ToContainTextAsync("2,750,000");
        await buyer.GetByLabel(new Regex(Regex.Escape(CompanyName) + ".*2,750,000")).CheckAsync();
        await buyer.GetByRole(AriaRole.Button, new() { Name = "落札者を決定する" }).ClickAsync();
        await Expect(buyer.Locator("table.bids tbody tr", new() { HasText = CompanyName })).ToContainTextAsync("（落札）");

        // 8. The SME sees that it won.
        await SignedInAgainAsync(sme, SmeEmail, SmePassword);
        await sme.GotoAsync("/procurement/mine");
        var result = sme.Locator("table.enterprise-bids tbody tr", new() { HasText = title });
        await Expect(result.Locator(".bid-result")).ToHaveTextAsync("落札");
        await Expect(result).ToContainTextAsync("落札者決定");
        await Expect(result).ToContainTextAsync("2,750,000");
    }

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

    /// <summary>The confirmation link of the mail the portal wrote to its pickup folder for this address.</summary>
    private static string ConfirmationLink(KestrelPortalFactory portal, string email)
    {
        var bodies = portal.MailFiles
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == email))
            .Select(m => m.TextBody ?? m.HtmlBody ?? "")
            .ToList();
        var link = ConfirmEmailLink().Match(Assert.Single(bodies));
        Assert.True(link.Success, "The confirmation e-mail holds a link");
        return System.Net.WebUtility.HtmlDecode(link.Value);
    }

    private static string Local(DateTimeOffset japanTime) => japanTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"https?://[^\s""<>]+/account/confirm-email\?[^\s""<>]+")]
    private static partial Regex ConfirmEmailLink();

    [GeneratedRegex(@"/procurement/mine/tenders/\d+$")]
    private static partial Regex ManagePath();
}
