using AllJapanTokyo.BrowserTests.Infrastructure;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Account;

/// <summary>
/// A new Tokyo official (not a demo account) is led to the MFA enrolment at the first sign-in, reads the key shown as
/// text into "an authenticator app" (the test's RFC 6238 helper), enrols, keeps the recovery codes, and afterwards
/// signs in with the app's code. Each page of the way has no serious axe finding.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MfaInChromium(BrowserFixture fixture)
{
    private const string Password = "kanazawa kenrokuen 2025";

    [SkippableFact]
    public async Task An_official_enrols_with_the_key_shown_as_text_and_then_signs_in_with_a_code()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var email = await CreateOfficialAsync();

        await PortalPages.SignInAsync(page, email, Password);
        await Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/account/mfa").ToString());
        await AxeChecks.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/reporting");
        Assert.Equal("/account/mfa", PortalPages.PathOf(page));

        var key = await page.Locator("#mfa-key").InnerTextAsync();
        await page.GetByLabel("確認コード").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "設定する" }).ClickAsync();
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await AxeChecks.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "控えました。続ける" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/dashboard").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();
        await PortalPages.SignInAsync(page, email, Password);
        Assert.Equal("/account/login/code", PortalPages.PathOf(page));
        await AxeChecks.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("確認コード").FillAsync(Totp.NextCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "/dashboard").ToString());
        Assert.Contains(await context.CookiesAsync(), c => c.Name == PortalPages.SessionCookie);
    }

    [SkippableFact]
    public async Task A_refused_sign_in_moves_the_focus_to_the_error_summary_whose_entries_lead_to_the_fields()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("メールアドレス").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();

        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator("#error-summary a[href='#Email']")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("メールアドレス")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeChecks.AssertNoSeriousViolationsAsync(page);
    }

    private async Task<string> CreateOfficialAsync()
    {
        var email = $"official-{Guid.NewGuid():N}@example.jp";
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "東京都 新任職員", CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.TokyoOfficial);
        return email;
    }
}
