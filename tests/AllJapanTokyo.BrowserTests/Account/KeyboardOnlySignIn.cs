using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Account;

/// <summary>Someone who cannot use a mouse signs in with Tab, typing and Enter only (JIS X 8341-3 / WCAG 2.1.1).</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardOnlySignIn(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Tab_type_and_Enter_sign_in()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");

        // From the top of the page, Tab through the skip link and the menu until the e-mail field has the focus.
        var presses = 0;
        while (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('autocomplete')") != "username")
        {
            Assert.True(++presses <= 40, "The e-mail field was not reached with 40 presses of Tab.");
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.TypeAsync("coordinator@example.jp");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("パスワード")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(KestrelPortalFactory.DemoPassword);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/procurement").ToString());
        Assert.Contains(await context.CookiesAsync(), c => c.Name == PortalPages.SessionCookie);
    }

    [SkippableFact]
    public async Task The_first_Tab_reveals_the_skip_link_to_the_main_content()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "本文へスキップ" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }
}
