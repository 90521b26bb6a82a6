using System.Diagnostics;
using System.IO;
using System.Net;
using System.Text;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Account;

/// <summary>Forgotten passwords, the confirmation mail again, the language of mails: answers that never tell who has an account.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccountCareOnPost(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AForgottenPasswordIsAnsweredAlikeWhetherOrNotTheAddressHasAnAccount(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var nobody = $"nobody-{Guid.NewGuid():N}@example.jp";

        var (known, knownTime) = await TimedAsync(() => PortalClient.For(portal).PostFormAsync("/en/account/password/forgot", "/en/account/password/forgot", new Dictionary<string, string> { ["Email"] = user.Email! }));
        var (unknown, unknownTime) = await TimedAsync(() => PortalClient.For(portal).PostFormAsync("/en/account/password/forgot", "/en/account/password/forgot", new Dictionary<string, string> { ["Email"] = nobody }));

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(MainText(await known.Content.ReadAsStringAsync()), MainText(await unknown.Content.ReadAsStringAsync()));
        Assert.True(knownTime >= EvenAnswer.ForMail && unknownTime >= EvenAnswer.ForMail, $"{knownTime} / {unknownTime}");
        var mail = Assert.Single(EnterpriseTestData.MailTo(portal, user.Email!));
        Assert.Contains(Texts.En("パスワードの再設定を受け付けました。次のリンクを開き、新しいパスワードを設定してください（{0}分間有効・1回限り）。", 60), mail);
        Assert.Contains("https://localhost/en/account/password/reset?userId=", mail);
        Assert.Empty(EnterpriseTestData.MailTo(portal, nobody));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AResetLinkOlderThanAnHourIsRefused(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        Assert.Equal(AccountTokens.PasswordResetLifespan, TimeSpan.FromHours(1));
        var fresh = await TokenAsync(portal, user, DateTimeOffset.UtcNow.AddMinutes(-59));
        var stale = await TokenAsync(portal, user, DateTimeOffset.UtcNow.AddMinutes(-61));
        var client = PortalClient.For(portal);

        var refused = await SetAsync(client, user, stale);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SetAsync(client, user, fresh)).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheConfirmationMailIsSentAgainOnlyToAnUnconfirmedAccountWithTheSameAnswer(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var unconfirmed = await AccountSteps.CreateAsync(portal, Roles.Enterprise);
        await portal.WithDbAsync(db => db.Users.Where(u => u.Id == unconfirmed.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.EmailConfirmed, false)));
        var confirmed = await AccountSteps.CreateAsync(portal, Roles.Enterprise);
        var answers = new List<string>();
        foreach (var email in new[] { unconfirmed.Email!, confirmed.Email!, $"nobody-{Guid.NewGuid():N}@example.jp" })
        {
            var response = await PortalClient.For(portal).PostFormAsync("/account/confirm-email/resend", "/account/confirm-email/resend", new Dictionary<string, string> { ["Email"] = email });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(MainText(await response.Content.ReadAsStringAsync()));
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("/account/confirm-email?userId=", Assert.Single(EnterpriseTestData.MailTo(portal, unconfirmed.Email!)));
        Assert.Empty(EnterpriseTestData.MailTo(portal, confirmed.Email!));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PeopleChooseTheLanguageOfTheirMails(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var (client, _) = await AccountSteps.SignInAsync(portal, user.Email!);

        var changed = await client.PostFormAsync("/account", "/account/language", new Dictionary<string, string> { ["language"] = "ko" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("ko", await portal.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PreferredLanguage).SingleAsync()));
        var (_, page) = await client.GetPageAsync("/account");
        Assert.Equal("selected", page.QuerySelector("#preferred-language option[value=ko]")?.GetAttribute("selected"));
    }

    private static async Task<HttpResponseMessage> SetAsync(PortalClient client, AppUser user, string token)
    {
        var code = AccountTokens.Encode(token);
        var link = $"/account/password/reset?userId={user.Id}&code={code}";
        return await client.PostFormAsync("/account/password/forgot", "/account/password/reset", new Dictionary<string, string>
        {
            ["UserId"] = user.Id,
            ["Code"] = code,
            ["Password"] = "tateyama alpine route 2023",
            ["ConfirmPassword"] = "tateyama alpine route 2023",
        });
    }

    /// <summary>
    /// A reset token as the portal's provider writes it (Identity's DataProtectorTokenProvider: creation time, user,
    /// purpose, security stamp), made at <paramref name="createdAt"/>: the provider reads the real clock.
    /// </summary>
    private static async Task<string> TokenAsync(PortalFactory portal, AppUser user, DateTimeOffset createdAt)
    {
        await using var scope = portal.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stamp = await users.GetSecurityStampAsync(await users.FindByIdAsync(user.Id) ?? throw new InvalidOperationException());
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(AccountTokens.PasswordResetProvider);
        using var stream = new MemoryStream();
        await using (var writer = new BinaryWriter(stream, new UTF8Encoding(false, true), leaveOpen: true))
        {
            writer.Write(createdAt.UtcTicks);
            writer.Write(user.Id);
            writer.Write(UserManager<AppUser>.ResetPasswordTokenPurpose);
            writer.Write(stamp);
        }

        return Convert.ToBase64String(protector.Protect(stream.ToArray()));
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Took)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        var response = await send();
        return (response, watch.Elapsed);
    }

    /// <summary>The page's main text, without the antiforgery tokens that differ per request.</summary>
    private static string MainText(string html) => PortalClient.Parse(html).QuerySelector("main")!.TextContent.Trim();
}
