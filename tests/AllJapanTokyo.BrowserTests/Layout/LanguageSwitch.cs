using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Layout;

/// <summary>The English button in the header turns the portal to English, and the 日本語 button turns it back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitch(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task English_and_back_to_Japanese_on_the_same_page()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ログイン");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal("/account/login", PortalPages.PathOf(page));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await Expect(page.GetByLabel("E-mail address")).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("ALL JAPAN & TOKYO Portal"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ログイン");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("ALL JAPAN & TOKYO ポータル"));
        Assert.Equal("/account/login", PortalPages.PathOf(page));
    }
}
