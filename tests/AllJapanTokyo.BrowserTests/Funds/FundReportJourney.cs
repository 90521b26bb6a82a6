using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Funds;

/// <summary>
/// The fund's quarter in Chromium on the demonstration books (架空): the operator records a capital call and an investment
/// and submits the quarterly report; a Tokyo official approves and publishes it; the public /funds page (and /en/funds)
/// then shows the report's cumulative figures. Each page is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FundReportJourney(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task The_operator_reports_a_quarter_and_once_Tokyo_publishes_it_the_public_page_shows_it()
    {
        await using var operatorContext = await fixture.NewContextAsync();
        var fundOperator = await operatorContext.NewPageAsync();
        await PortalPages.SignInAsync(fundOperator, "fund@example.jp");
        await fundOperator.GotoAsync("/funds/manage");
        await AxeChecks.AssertNoSeriousViolationsAsync(fundOperator);

        await fundOperator.Locator("#call-on").FillAsync("2021-07-01");
        await fundOperator.Locator("#call-purpose").SelectOptionAsync("Investment");
        await fundOperator.Locator("#call-amount").FillAsync("5000万");
        await fundOperator.GetByRole(AriaRole.Button, new() { Name = "払込請求を記録する" }).ClickAsync();
        await Expect(fundOperator.Locator("#fund-done")).ToContainTextAsync("記録しました。");

        await fundOperator.Locator("#round-on").FillAsync("2021-07-02");
        await fundOperator.Locator("#round-instrument").SelectOptionAsync("CommonShares");
        await fundOperator.Locator("#round-stage").SelectOptionAsync("Expansion");
        await fundOperator.Locator("#round-amount").FillAsync("4000万");
        await fundOperator.Locator("#round-form").GetByRole(AriaRole.Button, new() { Name = "記録" }).ClickAsync();
        await Expect(fundOperator.Locator("#fund-done")).ToContainTextAsync("記録しました。");

        await fundOperator.Locator("#report-quarter").FillAsync("2021-09-30");
        await fundOperator.GetByRole(AriaRole.Button, new() { Name = "四半期報告を提出する" }).ClickAsync();
        await Expect(fundOperator.Locator("#report-figures")).ToBeVisibleAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(fundOperator);
        var reportPath = PortalPages.PathOf(fundOperator);

        // Submitted is not published.
        await using var publicContext = await fixture.NewContextAsync();
        var visitor = await publicContext.NewPageAsync();
        await visitor.GotoAsync("/funds");
        await Expect(visitor.Locator("#money-flow-section")).Not.ToContainTextAsync("令和3年9月30日");

        await using var officialContext = await fixture.NewContextAsync();
        var official = await officialContext.NewPageAsync();
        await PortalPages.SignInAsync(official, "official@example.jp");
        await official.GotoAsync("/funds/manage");
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
        await official.Locator("#fund-reports").Locator("xpath=..").GetByRole(AriaRole.Link, new() { Name = "令和3年9月30日" }).ClickAsync();
        Assert.Equal(reportPath, PortalPages.PathOf(official));
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
        await official.GetByRole(AriaRole.Button, new() { Name = "承認する" }).ClickAsync();
        await Expect(official.Locator("#fund-done")).ToBeVisibleAsync();
        await official.GetByRole(AriaRole.Button, new() { Name = "公表する" }).ClickAsync();
        await Expect(official.Locator("#fund-done")).ToBeVisibleAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(official);

        // 7億3000万 paid in by the demo books plus this call; 6 investments of 1億 plus this one.
        await visitor.GotoAsync("/funds");
        var flow = visitor.Locator("#money-flow-section");
        await Expect(flow).ToContainTextAsync("令和3年9月30日");
        await Expect(flow.Locator("[data-figure='paid-in']")).ToHaveTextAsync("780,000,000円");
        await Expect(flow.Locator("[data-figure='invested']")).ToHaveTextAsync("640,000,000円");
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
        await visitor.GotoAsync("/en/funds");
        await Expect(visitor.Locator("#money-flow-section [data-figure='paid-in']")).ToHaveTextAsync("¥780,000,000");
        await Expect(visitor.Locator("#money-flow-section [data-figure='invested']")).ToHaveTextAsync("¥640,000,000");
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
    }
}
