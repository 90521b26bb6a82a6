using System.Net;
using System.Text.RegularExpressions;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Account;

/// <summary>The steps the account tests take: accounts of a role, saved session cookies replayed, mailed links, TOTP codes.</summary>
internal static partial class AccountSteps
{
    public const string Password = "hokuriku shinkansen 2015";

    public const string SessionCookie = "__Host-AllJapanTokyo.Session";

    /// <summary>A confirmed account of <paramref name="role"/> (not a demo account), with its binding where the role needs one.</summary>
    public static async Task<AppUser> CreateAsync(PortalFactory portal, string role, string? prefecture = null, string password = Password)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.jp";
        await using var scope = portal.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "テスト 職員",
            PrefectureCode = role == Roles.PrefectureStaff ? prefecture ?? "15" : null,
            CreatedAtUtc = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>Signs in and returns the session cookie the portal issued (name=value), to replay it later.</summary>
    public static async Task<(PortalClient Client, string Cookie)> SignInAsync(PortalFactory portal, string email, string password = Password)
    {
        var client = PortalClient.For(portal);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, SessionCookieOf(response));
    }

    public static string SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>A request carrying nothing but the saved cookie, as an attacker who copied it would send.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(PortalFactory portal, string cookie, string path = "/account")
    {
        using var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    public static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The site-relative address of the first link to <paramref name="path"/> in the mails to <paramref name="email"/>.</summary>
    public static string LinkIn(PortalFactory portal, string email, string path)
    {
        var mail = Areas.Procurement.EnterpriseTestData.MailTo(portal, email).LastOrDefault(m => m.Contains(path, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No mail to {email} links to {path}.");
        var link = Regex.Match(mail, "https://localhost(\\S*?" + Regex.Escape(path) + "\\S*)");
        Assert.True(link.Success, mail);
        return link.Groups[1].Value;
    }

    public static string Query(string link, string name) => Uri.UnescapeDataString(Regex.Match(link, name + "=([^&]+)").Groups[1].Value);

    /// <summary>Opens the MFA page, reads the key shown as text and enrols with the code an app would show; returns the key and the recovery codes.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(PortalClient client)
    {
        var (page, document) = await client.GetPageAsync("/account/mfa");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var key = document.QuerySelector("#mfa-key")!.TextContent;
        Assert.StartsWith("data:image/png;base64,", document.QuerySelector("img.mfa-qr")!.GetAttribute("src"), StringComparison.Ordinal);
        var enrolled = await client.Http.PostAsync("/account/mfa", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = Totp.Code(key),
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(document, "/account/mfa"),
        }));
        var codes = PortalClient.Parse(await enrolled.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.True(enrolled.StatusCode == HttpStatusCode.OK && codes.Count == 10, $"Enrolment answered {(int)enrolled.StatusCode} with {codes.Count} codes");
        return (key, codes);
    }

    public static Task<T> InDbAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> read) => portal.WithDbAsync(read);
}
