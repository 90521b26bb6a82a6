using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Account;

/// <summary>TOTP through Identity: forced enrolment for Tokyo officials and administrators, sign-in with a code or a recovery code.</summary>
[Collection(PortalCollection.Name)]
public sealed class MfaOnPost(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ARealOfficialInDevelopmentMustEnrolBeforeAnyOtherPage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var official = await AccountSteps.CreateAsync(portal, Roles.TokyoOfficial);
        var (client, _) = await AccountSteps.SignInAsync(portal, official.Email!);

        foreach (var path in new[] { "/dashboard", "/reporting", "/account", "/procurement", "/en/dashboard" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(path.StartsWith("/en/", StringComparison.Ordinal) ? "/en/account/mfa" : "/account/mfa", response.Headers.Location?.OriginalString);
        }

        var (_, page) = await client.GetPageAsync("/account/mfa");
        Assert.NotNull(page.QuerySelector("#mfa-key"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostFormAsync("/account/mfa", "/account/mfa", new Dictionary<string, string> { ["code"] = "000000" })).StatusCode);

        var (_, codes) = await AccountSteps.EnrolAsync(client);

        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.Users.Where(u => u.Id == official.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.True(await portal.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.UserId == official.Id && e.Kind == SecurityEventKind.MfaEnrolled)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ANewAdministratorMustEnrolToo(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var administrator = await AccountSteps.CreateAsync(portal, Roles.Administrator);
        var (client, _) = await AccountSteps.SignInAsync(portal, administrator.Email!);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal("/account/mfa", response.Headers.Location?.OriginalString);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignInAsksForTheCodeAndEachCodeWorksOnce(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var official = await AccountSteps.CreateAsync(portal, Roles.TokyoOfficial);
        var (first, _) = await AccountSteps.SignInAsync(portal, official.Email!);
        var (key, codes) = await AccountSteps.EnrolAsync(first);

        // The password alone is not a session: it leads to the code prompt.
        var client = PortalClient.For(portal);
        var password = await client.SignInAsync(official.Email!, AccountSteps.Password);
        Assert.StartsWith("/account/login/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        AccountSteps.AssertSentToSignIn(await client.GetAsync("/account"));
        var wrong = await client.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = "123456" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var typed = Totp.NextCode(key);
        var code = await client.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = typed });
        Assert.Equal("/dashboard", code.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);

        // A code signs in once: the same one, seen over a shoulder, is refused though its 30 seconds have not passed.
        var replay = PortalClient.For(portal);
        await replay.SignInAsync(official.Email!, AccountSteps.Password);
        var replayed = await replay.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = typed });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replayed.StatusCode);
        AccountSteps.AssertSentToSignIn(await replay.GetAsync("/account"));

        Assert.Equal("/dashboard", (await RecoverAsync(portal, official.Email!, codes[3])).Headers.Location?.OriginalString);
        var again = await RecoverAsync(portal, official.Email!, codes[3]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var events = await portal.WithDbAsync(db => db.SecurityEvents.Where(e => e.UserId == official.Id).Select(e => new { e.Kind, e.Detail }).ToListAsync());
        Assert.Single(events, e => e.Kind == SecurityEventKind.RecoveryCodeUsed);
        Assert.Contains(events, e => e.Kind == SecurityEventKind.SignIn && e.Detail == "authenticator");
        Assert.DoesNotContain(events, e => e.Detail != null && e.Detail.Contains(codes[3], StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChangingMfaAsksForThePasswordAndACodeAgain(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var staff = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var (client, _) = await AccountSteps.SignInAsync(portal, staff.Email!);
        var (key, codes) = await AccountSteps.EnrolAsync(client);

        // A session left open on a shared desk is not enough to take the second factor away or to read new codes.
        var renewal = await client.PostFormAsync("/account/mfa", "/account/mfa/recovery-codes", new Dictionary<string, string> { ["password"] = AccountSteps.Password });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, renewal.StatusCode);
        Assert.Empty(PortalClient.Parse(await renewal.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes li"));
        var wrongPassword = await client.PostFormAsync("/account/mfa", "/account/mfa/disable", new Dictionary<string, string>
        {
            ["password"] = "not the password at all",
            ["confirmationCode"] = Totp.NextCode(key),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPassword.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.Users.Where(u => u.Id == staff.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(2, await portal.WithDbAsync(db => db.SecurityEvents.CountAsync(e => e.UserId == staff.Id && e.Kind == SecurityEventKind.MfaConfirmationFailed)));

        var off = await client.PostFormAsync("/account/mfa", "/account/mfa/disable", new Dictionary<string, string>
        {
            ["password"] = AccountSteps.Password,
            ["confirmationCode"] = Totp.NextCode(key),
        });

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Users.Where(u => u.Id == staff.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(10, codes.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnAdministratorResetsSomeonesMfaWhichIsRecorded(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var official = await AccountSteps.CreateAsync(portal, Roles.TokyoOfficial);
        var (client, _) = await AccountSteps.SignInAsync(portal, official.Email!);
        await AccountSteps.EnrolAsync(client);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.PostAsync(admin, official.Id, "reset-mfa")).StatusCode);

        Assert.False(await portal.WithDbAsync(db => db.Users.Where(u => u.Id == official.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        AccountSteps.AssertSentToSignIn(await client.GetAsync("/account"));
        var reset = await portal.WithDbAsync(db => db.SecurityEvents.SingleAsync(e => e.UserId == official.Id && e.Kind == SecurityEventKind.MfaReset));
        Assert.Equal("admin@example.jp", reset.ActorEmail);
        var (again, _) = await AccountSteps.SignInAsync(portal, official.Email!);
        Assert.Equal("/account/mfa", (await again.GetAsync("/dashboard")).Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> RecoverAsync(PortalFactory portal, string email, string recoveryCode)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(email, AccountSteps.Password);
        return await client.PostFormAsync("/account/login/recovery", "/account/login/recovery", new Dictionary<string, string> { ["Code"] = recoveryCode });
    }
}
