using System.Text.RegularExpressions;
using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Layout;

/// <summary>
/// The language switch is a row of links to the same page in each language: a click or the keyboard (Tab to the link,
/// Enter) opens the page in that language at its own address, with the same query, and 日本語 leads back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LanguageSwitch(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData("/procurement?q=%E6%B8%85%E6%8E%83&page=1")]
    [InlineData("/dashboard?fy=2020&view=bars")]
    [InlineData("/tourism")]
    public async Task Click_to_English_keyboard_to_Korean_and_click_back_to_Japanese(string address)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(address);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal("/en" + address, PathAndQuery(page));
        await Expect(page).ToHaveTitleAsync(PortalTitle());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToHaveCountAsync(1);

        await PressEnterOnLinkReachedByTabAsync(page, "한국어");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        Assert.Equal("/ko" + address, PathAndQuery(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "日本語", Exact = true }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        Assert.Equal(address, PathAndQuery(page));
    }

    [SkippableFact]
    public async Task A_menu_link_of_a_Chinese_page_leads_to_the_Chinese_page()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/zh-hans/");

        await page.Locator("main a[href='/zh-hans/funds']").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/zh-hans/funds$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
    }

    /// <summary>Tabs through the page from its start until the named link has the focus, then presses Enter.</summary>
    private static async Task PressEnterOnLinkReachedByTabAsync(IPage page, string linkName)
    {
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement?.textContent?.trim() ?? ''") == linkName)
            {
                await page.Keyboard.PressAsync("Enter");
                await page.WaitForLoadStateAsync();
                return;
            }
        }

        Assert.Fail($"The link '{linkName}' was not reached with the Tab key.");
    }

    private static string PathAndQuery(IPage page) => new Uri(page.Url).PathAndQuery;

    [GeneratedRegex("ALL JAPAN & TOKYO Portal")]
    private static partial Regex PortalTitle();
}
