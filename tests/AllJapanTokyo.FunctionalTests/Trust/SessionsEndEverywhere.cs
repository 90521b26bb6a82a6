using System.Net;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.FunctionalTests.Account;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AllJapanTokyo.FunctionalTests.Trust;

/// <summary>
/// A session cookie saved before an event, replayed after it on a client that holds nothing else, is sent to sign-in
/// (ASVS 7.4.1, 7.4.3, 7.3.2): the security stamp changes with each event and is checked on every request.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SessionsEndEverywhere(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignOutEndsEverySessionOfThePerson(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var (first, saved) = await AccountSteps.SignInAsync(portal, user.Email!);
        var (other, _) = await AccountSteps.SignInAsync(portal, user.Email!);
        Assert.Equal(HttpStatusCode.OK, (await AccountSteps.ReplayAsync(portal, saved, "/reporting")).StatusCode);

        var signOut = await first.PostFormAsync("/account", "/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        AccountSteps.AssertSentToSignIn(await AccountSteps.ReplayAsync(portal, saved, "/reporting"));
        AccountSteps.AssertSentToSignIn(await other.GetAsync("/reporting"));
        Assert.True(await portal.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.UserId == user.Id && e.Kind == SecurityEventKind.SignOut)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APasswordChangeEndsTheOtherSessionsAndKeepsThisOne(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var (_, saved) = await AccountSteps.SignInAsync(portal, user.Email!);
        var (client, _) = await AccountSteps.SignInAsync(portal, user.Email!);

        var wrong = await client.PostFormAsync("/account/password/change", "/account/password/change", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not my password at all",
            ["Password"] = "echigo yuzawa snow 2021",
            ["ConfirmPassword"] = "echigo yuzawa snow 2021",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var refused = PortalClient.Parse(await wrong.Content.ReadAsStringAsync());
        Assert.Equal("true", refused.QuerySelector("#CurrentPassword")?.GetAttribute("aria-invalid"));
        Assert.Equal(HttpStatusCode.OK, (await AccountSteps.ReplayAsync(portal, saved)).StatusCode);

        var changed = await client.PostFormAsync("/account/password/change", "/account/password/change", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AccountSteps.Password,
            ["Password"] = "echigo yuzawa snow 2021",
            ["ConfirmPassword"] = "echigo yuzawa snow 2021",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        AccountSteps.AssertSentToSignIn(await AccountSteps.ReplayAsync(portal, saved));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(portal).SignInAsync(user.Email!, "echigo yuzawa snow 2021")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APasswordResetEndsTheSessionsAndItsLinkWorksOnce(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var (_, saved) = await AccountSteps.SignInAsync(portal, user.Email!);
        var anonymous = PortalClient.For(portal);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostFormAsync("/account/password/forgot", "/account/password/forgot", new Dictionary<string, string> { ["Email"] = user.Email! })).StatusCode);
        var link = AccountSteps.LinkIn(portal, user.Email!, "/account/password/reset");
        var form = new Dictionary<string, string>
        {
            ["UserId"] = AccountSteps.Query(link, "userId"),
            ["Code"] = AccountSteps.Query(link, "code"),
            ["Password"] = "kurobe dam spring 2022",
            ["ConfirmPassword"] = "kurobe dam spring 2022",
        };
        var reset = await anonymous.PostFormAsync(link, "/account/password/reset", form);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        AccountSteps.AssertSentToSignIn(await AccountSteps.ReplayAsync(portal, saved));
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(portal).SignInAsync(user.Email!, "kurobe dam spring 2022")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostFormAsync("/account/password/forgot", "/account/password/reset", form)).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TurningMfaOnEndsTheOtherSessions(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var (_, saved) = await AccountSteps.SignInAsync(portal, user.Email!);
        var (client, _) = await AccountSteps.SignInAsync(portal, user.Email!);

        await AccountSteps.EnrolAsync(client);

        AccountSteps.AssertSentToSignIn(await AccountSteps.ReplayAsync(portal, saved));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/reporting")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ARoleChangeEndsTheSessions(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var (_, saved) = await AccountSteps.SignInAsync(portal, user.Email!);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        var changed = await AdminSteps.UpdateAsync(admin, user.Id, Roles.PrefectureStaff, prefecture: "27");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        AccountSteps.AssertSentToSignIn(await AccountSteps.ReplayAsync(portal, saved, "/reporting"));
        Assert.Equal("27", await portal.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PrefectureCode).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DisablingEndsTheSessionsAndRefusesTheSignInLikeAWrongPassword(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var (_, saved) = await AccountSteps.SignInAsync(portal, user.Email!);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        var disabled = await AdminSteps.PostAsync(admin, user.Id, "disable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        AccountSteps.AssertSentToSignIn(await AccountSteps.ReplayAsync(portal, saved));
        var again = await PortalClient.For(portal).SignInAsync(user.Email!, AccountSteps.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("メールアドレスまたはパスワードが正しくありません。", PortalClient.Parse(await again.Content.ReadAsStringAsync()).QuerySelector("#error-summary")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.PostAsync(admin, user.Id, "enable")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(portal).SignInAsync(user.Email!, AccountSteps.Password)).StatusCode);
        var kinds = await portal.WithDbAsync(db => db.SecurityEvents.Where(e => e.UserId == user.Id).Select(e => e.Kind).ToListAsync());
        Assert.Contains(SecurityEventKind.Disabled, kinds);
        Assert.Contains(SecurityEventKind.Enabled, kinds);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SuspendingTheCompanyEndsItsPeoplesSessions(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社停止テスト", ScreeningStatus.Approved);
        var (_, saved) = await AccountSteps.SignInAsync(portal, email, EnterpriseTestData.Password);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var version = await portal.WithDbAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());

        var suspended = await admin.PostFormAsync($"/admin/enterprises/{id}", $"/admin/enterprises/{id}/decide", new Dictionary<string, string>
        {
            ["decision"] = "suspend",
            ["reason"] = "確認のため",
            ["version"] = version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        AccountSteps.AssertSentToSignIn(await AccountSteps.ReplayAsync(portal, saved, "/procurement/enterprises/mine"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ASessionEndsEightHoursAfterTheSignInHoweverActive(string provider)
    {
        if (provider != "Sqlite")
        {
            TestDatabases.RequirePostgres();
        }

        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var portal = (await PortalFactory.OnClock(provider, clock)).Started();
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var (client, saved) = await AccountSteps.SignInAsync(portal, user.Email!);

        // Active every 50 minutes (within the 60-minute idle timeout): the sliding cookie is re-issued, the sign-in time is not.
        for (var minutes = 50; minutes <= 450; minutes += 50)
        {
            clock.Advance(TimeSpan.FromMinutes(50));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(15));
        AccountSteps.AssertSentToSignIn(await client.GetAsync("/account"));
        AccountSteps.AssertSentToSignIn(await AccountSteps.ReplayAsync(portal, saved));
    }
}
