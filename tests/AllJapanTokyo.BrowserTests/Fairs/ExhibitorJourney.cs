using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Fairs;

/// <summary>
/// The exhibitor journey in Chromium on the demonstration fair (架空): the demo company finds the fair among the open
/// calls and applies with its profile's PR text; the fair's delegated organiser selects it, gives it a booth and
/// confirms it; the company is told and sees its booth; the booth list and the exhibitor directory show it. Each new page
/// is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExhibitorJourney(BrowserFixture fixture)
{
    private const string Fair = "全国ゾーン（デモ・架空）";
    private const string Company = "株式会社デモ精密工業";

    [SkippableFact]
    public async Task A_company_applies_and_the_organiser_selects_it_and_gives_it_a_booth()
    {
        await using var companyContext = await fixture.NewContextAsync();
        var company = await companyContext.NewPageAsync();
        await PortalPages.SignInAsync(company, "sme@example.jp");
        await company.GotoAsync("/fairs");
        await company.GetByRole(AriaRole.Link, new() { Name = "出展者を募集中の催し" }).ClickAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(company);
        await company.GetByRole(AriaRole.Link, new() { Name = Fair }).ClickAsync();
        await Expect(company.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Fair);
        await AxeChecks.AssertNoSeriousViolationsAsync(company);
        await company.GetByLabel("工芸・雑貨ゾーン").CheckAsync();
        await company.GetByLabel("出展する製品・サービス").FillAsync("江戸切子のグラス・精密加工の器（デモ）");
        await company.GetByRole(AriaRole.Button, new() { Name = "申し込む" }).ClickAsync();
        await Expect(company.GetByRole(AriaRole.Status)).ToContainTextAsync("出展を申し込みました");
        await Expect(company.Locator("#own-status")).ToHaveTextAsync("申込済み");

        await using var organiserContext = await fixture.NewContextAsync();
        var organiser = await organiserContext.NewPageAsync();
        await PortalPages.SignInAsync(organiser, "organizer@example.jp");
        await organiser.GotoAsync("/fairs/manage");
        await AxeChecks.AssertNoSeriousViolationsAsync(organiser);
        await organiser.GetByRole(AriaRole.Link, new() { Name = Fair }).ClickAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(organiser);
        var row = organiser.Locator("#applications tbody tr", new() { HasText = Company });
        await row.GetByRole(AriaRole.Button, new() { Name = "選定する" }).ClickAsync();
        await Expect(organiser.GetByRole(AriaRole.Status)).ToContainTextAsync("申込の状況を変更し、企業に知らせました。");
        await Expect(row.Locator(".status")).ToHaveTextAsync("選定");

        // Booths B-1 and B-2 are the demo exhibitors'; the first free one is B-3.
        await row.GetByLabel($"{Company}の小間番号").SelectOptionAsync(new SelectOptionValue { Label = "B-3" });
        await row.GetByRole(AriaRole.Button, new() { Name = "小間を割り当てる" }).ClickAsync();
        await Expect(organiser.GetByRole(AriaRole.Status)).ToContainTextAsync("小間を割り当て、企業に知らせました。");
        await Expect(row.Locator(".booth")).ToHaveTextAsync("B-3");
        await row.GetByRole(AriaRole.Button, new() { Name = "出展を確定する" }).ClickAsync();
        await Expect(row.Locator(".status")).ToHaveTextAsync("出展確定");

        await organiser.GetByRole(AriaRole.Link, new() { Name = "小間割当表（印刷用）" }).ClickAsync();
        await Expect(organiser.Locator("tr[data-booth='B-3']")).ToContainTextAsync(Company);
        await AxeChecks.AssertNoSeriousViolationsAsync(organiser);

        // The company is told at each step and sees its booth; the directory lists it.
        await company.GotoAsync("/notifications");
        await Expect(company.Locator(".notification-list")).ToContainTextAsync($"【出展申込】{Fair}");
        await company.GotoAsync("/fairs/open-calls");
        await company.GetByRole(AriaRole.Link, new() { Name = Fair }).ClickAsync();
        await Expect(company.Locator("#own-status")).ToHaveTextAsync("出展確定");
        await Expect(company.Locator("#own-booth")).ToHaveTextAsync("B-3");
        await organiser.GotoAsync("/fairs/manage");
        await organiser.GetByRole(AriaRole.Link, new() { Name = Fair }).ClickAsync();
        await organiser.GetByRole(AriaRole.Link, new() { Name = "公開の出展者一覧" }).ClickAsync();
        await Expect(organiser.Locator("#exhibitors")).ToContainTextAsync(Company);
        await organiser.GetByLabel("キーワード（企業名・製品）").FillAsync("江戸切子");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "絞り込む" }).ClickAsync();
        await Expect(organiser.Locator("#exhibitors tbody tr")).ToHaveCountAsync(1);
        await AxeChecks.AssertNoSeriousViolationsAsync(organiser);
        await organiser.Locator("#exhibitors").GetByRole(AriaRole.Link, new() { Name = Company }).ClickAsync();
        await Expect(organiser.Locator("#products")).ToContainTextAsync("江戸切子のグラス");
        await AxeChecks.AssertNoSeriousViolationsAsync(organiser);
    }
}
