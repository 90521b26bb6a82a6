using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Account;

/// <summary>
/// Every demo role signs in through the real form in a real browser, lands on its own home page,
/// and signs out again with the ログアウト button. The address is asserted, not the home page's content,
/// so this holds while the area pages are still being built.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoRoleSignsInThroughTheLoginForm(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData("admin@example.jp", "/admin")]
    [InlineData("official@example.jp", "/dashboard")]
    [InlineData("niigata@example.jp", "/reporting")]
    [InlineData("osaka@example.jp", "/reporting")]
    [InlineData("buyer@example.jp", "/procurement/mine")]
    [InlineData("sme@example.jp", "/procurement/mine")]
    [InlineData("coordinator@example.jp", "/procurement")]
    public async Task Lands_on_its_home_and_signs_out(string email, string home)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await PortalPages.SignInAsync(page, email);

        Assert.Equal(home, PortalPages.PathOf(page));
        // The Secure, HttpOnly, __Host- prefixed session cookie was accepted by chromium.
        var cookies = await context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == PortalPages.SessionCookie && c.Secure && c.HttpOnly);

        await page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ログアウトしました");
        Assert.Equal("/", PortalPages.PathOf(page));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "ログイン", Exact = true })).ToBeVisibleAsync();
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == PortalPages.SessionCookie);
    }

    [SkippableFact]
    public async Task A_wrong_password_keeps_the_person_on_the_form_with_a_message()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/login");
        await page.GetByLabel("メールアドレス").FillAsync("coordinator@example.jp");
        await page.GetByLabel("パスワード").FillAsync("not-the-demo-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("メールアドレスまたはパスワードが正しくありません");
        await Expect(page.GetByLabel("メールアドレス")).ToHaveValueAsync("coordinator@example.jp");
        Assert.Equal("/account/login", PortalPages.PathOf(page));
    }
}
