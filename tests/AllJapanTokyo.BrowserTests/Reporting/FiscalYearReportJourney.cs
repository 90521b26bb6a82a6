using AllJapanTokyo.BrowserTests.Infrastructure;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Reporting;

/// <summary>
/// The fiscal-year report's journey in Chromium: Niigata's staff enter and submit the FY2020 food fair report, a Tokyo official
/// returns it with a comment, the staff correct and resubmit, the official approves; the values are locked and the
/// audit history shows every step. FY2020 closed for entry in 2021, so the official first re-opens this one report. At each
/// hand-over the next person finds a notification leading to the form (the official sees what changed since the last
/// submission), and the public dashboard shows the approved total, never added to its online part.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FiscalYearReportJourney(BrowserFixture fixture)
{
    private const string Url = "/reporting/2020/2-3/15";

    [SkippableFact]
    public async Task Niigata_submits_Tokyo_returns_Niigata_resubmits_Tokyo_approves_and_the_values_are_locked()
    {
        await using var officialContext = await fixture.NewContextAsync();
        var official = await officialContext.NewPageAsync();
        await PortalPages.SignInAsync(official, "official@example.jp");
        await official.GotoAsync(Url);
        await Expect(official.Locator("#read-only-reason")).ToContainTextAsync("担当ではありません");
        await official.GetByRole(AriaRole.Button, new() { Name = "この報告の入力を再開する" }).ClickAsync();
        await Expect(official.Locator("#form-message")).ToContainTextAsync("入力期間の例外を設定しました");

        await using var staffContext = await fixture.NewContextAsync();
        var staff = await staffContext.NewPageAsync();
        await PortalPages.SignInAsync(staff, "niigata@example.jp");
        await staff.GotoAsync("/notifications");
        await Expect(staff.Locator(".notification-list")).ToContainTextAsync("【実績報告】入力の再開");
        await staff.GotoAsync("/reporting");
        var listed = staff.Locator("#my-reports tr", new() { Has = staff.Locator("a[href='" + Url + "']") });
        await Expect(listed.Locator(".entry")).ToHaveTextAsync("入力受付中");
        await Expect(listed.Locator(".status")).ToHaveTextAsync("未着手");
        await staff.Locator("#my-reports a[href='" + Url + "']").ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("新潟県");

        // Keyboard only: focus the status, choose 開催 with Space, then type each figure and Tab on.
        await staff.Locator("#status-held").FocusAsync();
        await staff.Keyboard.PressAsync("Space");
        await staff.Locator("#f-exhibitors").FocusAsync();
        await staff.Keyboard.TypeAsync("13");
        await staff.GetByLabel("出展企業・団体数（うちオンライン）（企業・団体）").FillAsync("13");
        await staff.GetByLabel("参加都道府県数（都道府県）").FillAsync("1");
        await staff.GetByLabel("参加市数（市）").FillAsync("0");
        await staff.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Expect(staff.Locator("#form-message")).ToContainTextAsync("提出しました");
        await Expect(staff.Locator("#read-only-reason")).ToContainTextAsync("審査待ち");

        // The official is told, follows the notification to the form and sees every value entered.
        await official.GotoAsync("/notifications");
        await official.GetByRole(AriaRole.Button, new() { Name = "【実績報告】新潟県から提出：令和2年度 2-3" }).First.ClickAsync();
        await Expect(official).ToHaveURLAsync(new Regex(Regex.Escape(Url) + "$"));
        await Expect(official.Locator("#review-changes tr[data-field='exhibitors'] td").Last).ToHaveTextAsync("13");
        await official.GetByLabel("差戻しのコメント").FillAsync("参加市数を確認してください（燕三条地域）。");
        await official.GetByRole(AriaRole.Button, new() { Name = "差し戻す" }).ClickAsync();
        await Expect(official.Locator("#form-message")).ToContainTextAsync("差し戻しました");

        await staff.GotoAsync("/notifications");
        await Expect(staff.Locator(".notification-list")).ToContainTextAsync("参加市数を確認してください（燕三条地域）。");
        await staff.GotoAsync(Url);
        await Expect(staff.Locator("#return-comment")).ToContainTextAsync("参加市数を確認してください");
        await staff.GetByLabel("参加市数（市）").FillAsync("1");
        await staff.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Expect(staff.Locator("#form-message")).ToContainTextAsync("提出しました");

        // Only the corrected value is shown as changed, before → after.
        await official.GotoAsync(Url);
        await Expect(official.Locator("#review-changes tbody tr")).ToHaveCountAsync(1);
        await Expect(official.Locator("#review-changes tr[data-field='participating_cities'] td")).ToHaveTextAsync(["0", "1"]);
        await official.GetByRole(AriaRole.Button, new() { Name = "承認する" }).ClickAsync();
        await Expect(official.Locator("#form-message")).ToContainTextAsync("承認しました");

        await staff.GotoAsync("/notifications");
        await Expect(staff.Locator(".notification-list")).ToContainTextAsync("【実績報告】承認：令和2年度 2-3");

        // Locked for the staff: read-only with the reason, no buttons, every input disabled.
        await staff.GotoAsync(Url);
        await Expect(staff.Locator("#read-only-reason")).ToContainTextAsync("東京都が承認したため");
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "提出する" })).ToHaveCountAsync(0);
        await Expect(staff.Locator("#f-participating_cities")).ToBeDisabledAsync();
        await Expect(staff.Locator("#f-participating_cities")).ToHaveValueAsync("1");

        // The audit history: the change of participating cities, the return with its comment, the approval.
        await staff.GetByRole(AriaRole.Link, new() { Name = "この報告の変更履歴（監査記録）" }).ClickAsync();
        var rows = staff.Locator("#audit-table tbody tr");
        await Expect(rows.First).ToContainTextAsync("承認");
        await Expect(rows.First).ToContainTextAsync("official@example.jp");
        await Expect(staff.Locator("#audit-table")).ToContainTextAsync("参加市数を確認してください（燕三条地域）。");
        await Expect(staff.Locator("#audit-table")).ToContainTextAsync("niigata@example.jp");
        await Expect(staff.Locator("#audit-table tbody tr", new() { HasText = "参加市数" }).First).ToContainTextAsync("1");

        // Published: 13 exhibitors, all online, are 13 on the public dashboard, not 26.
        await using var visitorContext = await fixture.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/dashboard?fy=2020&indicator=2-3:exhibitors");
        await Expect(visitor.Locator("#participation-table tr[data-prefecture='15'] .metric-value")).ToHaveTextAsync("13企業・団体");
    }
}
