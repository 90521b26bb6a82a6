using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Infrastructure;

/// <summary>What a person does on the portal, written once for all browser tests.</summary>
public static partial class PortalPages
{
    public const string SessionCookie = "__Host-AllJapanTokyo.Session";

    /// <summary>Opens /account/login, types into the labelled fields and presses ログイン, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = KestrelPortalFactory.DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("メールアドレス").FillAsync(email);
        await page.GetByLabel("パスワード").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginPath());
    }

    /// <summary>The path part of the current address, e.g. /procurement/mine.</summary>
    public static string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;

    [GeneratedRegex(@"/account/login(\?|$)")]
    public static partial Regex LoginPath();
}
