using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace AllJapanTokyo.BrowserTests.Accessibility;

/// <summary>
/// axe-core (WCAG 2 A and AA rules) finds no serious or critical violation on the public pages and on one page
/// per area, in chromium, with the real CSS and fonts. A failure lists each violation: rule, impact, element, fix.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesHaveNoSeriousAxeViolations(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/procurement")]
    [InlineData("/fairs")]
    [InlineData("/textiles")]
    [InlineData("/crafts")]
    [InlineData("/funds")]
    [InlineData("/tourism")]
    [InlineData("/antenna-shops")]
    [InlineData("/dashboard")]
    [InlineData("/prefectures/18")]
    [InlineData("/dashboard/matrix?fy=2020")]
    [InlineData("/dashboard/trends/2-3/exhibitors")]
    [InlineData("/reports/2020")]
    [InlineData("/procurement/ocds/policy")]
    [InlineData("/en/reports/2020")]
    [InlineData("/zh-hans/dashboard?fy=2020")]
    [InlineData("/ko/tourism")]
    [InlineData("/tourism/mice")]
    [InlineData("/ko/tourism/mice")]
    [InlineData("/tourism/info-centres")]
    [InlineData("/en/funds")]
    [InlineData("/ko/account/login")]
    [InlineData("/terms")]
    [InlineData("/privacy")]
    [InlineData("/en/privacy")]
    [InlineData("/zh-hans/terms")]
    [InlineData("/ko/privacy")]
    [InlineData("/account/password/forgot")]
    [InlineData("/account/confirm-email/resend")]
    public async Task Public_page(string path)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await OpenAndCheckAsync(page, path);
    }

    [SkippableTheory]
    [InlineData("niigata@example.jp", "/reporting")]
    [InlineData("admin@example.jp", "/admin")]
    [InlineData("admin@example.jp", "/admin/users")]
    [InlineData("admin@example.jp", "/admin/users/new")]
    [InlineData("admin@example.jp", "/admin/security-events")]
    [InlineData("niigata@example.jp", "/account")]
    [InlineData("niigata@example.jp", "/account/password/change")]
    [InlineData("official@example.jp", "/tourism/mice/promotions/new")]
    [InlineData("fund@example.jp", "/funds/manage")]
    public async Task Signed_in_page(string email, string path)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPages.SignInAsync(page, email);

        await OpenAndCheckAsync(page, path);
    }

    /// <summary>The outbox's list with mail in it: an official's reminders queue some, then the administrator opens it.</summary>
    [SkippableFact]
    public async Task Outbox_page_with_mail()
    {
        await using (var officialContext = await fixture.NewContextAsync())
        {
            var official = await officialContext.NewPageAsync();
            await PortalPages.SignInAsync(official, "official@example.jp");
            await official.GotoAsync("/reporting/completeness?fy=2020");
            await official.Locator("form[action='/reporting/completeness/remind'] button[type=submit]").ClickAsync();
            await official.WaitForURLAsync("**/reporting/completeness?*sent=*");
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPages.SignInAsync(page, "admin@example.jp");

        await OpenAndCheckAsync(page, "/admin/outbox?kind=reporting.reminder");
        Assert.True(await page.Locator("#outbox tbody tr").CountAsync() > 0, "The reminders should be listed.");
    }

    [SkippableFact]
    public async Task Friendly_not_found_page()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await OpenAndCheckAsync(page, "/no-such-page", expectedStatus: 404);
    }

    private static async Task OpenAndCheckAsync(IPage page, string path, int expectedStatus = 200)
    {
        var response = await page.GotoAsync(path);
        Assert.True(
            response?.Status == expectedStatus,
            $"GET {path} answered {response?.Status}, expected {expectedStatus} (the page must exist before it can be checked).");

        await AxeChecks.AssertNoSeriousViolationsAsync(page, path);
    }
}
