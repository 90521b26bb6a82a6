using System.Net;
using AllJapanTokyo.FunctionalTests.Account;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Admin;

/// <summary>/admin/users and /admin/security-events.</summary>
[Collection(PortalCollection.Name)]
public sealed class UserAdministrationOnPost(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnAdministratorCreatesPrefectureStaffWhoSetsTheirOwnPasswordFromTheMail(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var email = $"staff-{Guid.NewGuid():N}@example.jp";

        var created = await admin.PostFormAsync("/admin/users/new", "/admin/users/new", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = "石川 担当者",
            ["Role"] = Roles.PrefectureStaff,
            ["PrefectureCode"] = "17",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal("17", user.PrefectureCode);
        Assert.Null(user.PasswordHash);
        var mail = Assert.Single(EnterpriseTestData.MailTo(portal, email));
        Assert.DoesNotContain("password:", mail, StringComparison.OrdinalIgnoreCase);
        var link = AccountSteps.LinkIn(portal, email, "/account/password/setup");
        var anonymous = PortalClient.For(portal);
        var set = await anonymous.PostFormAsync(link, "/account/password/setup", new Dictionary<string, string>
        {
            ["UserId"] = AccountSteps.Query(link, "userId"),
            ["Code"] = AccountSteps.Query(link, "code"),
            ["Password"] = "noto hanto kiriko 2024",
            ["ConfirmPassword"] = "noto hanto kiriko 2024",
        });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var signIn = await PortalClient.For(portal).SignInAsync(email, "noto hanto kiriko 2024");
        Assert.Equal("/reporting", signIn.Headers.Location?.OriginalString);
        var secondUse = await anonymous.PostFormAsync(link, "/account/password/setup", new Dictionary<string, string>
        {
            ["UserId"] = AccountSteps.Query(link, "userId"),
            ["Code"] = AccountSteps.Query(link, "code"),
            ["Password"] = "another password 2025",
            ["ConfirmPassword"] = "another password 2025",
        });
        Assert.Equal(HttpStatusCode.NotFound, secondUse.StatusCode);

        var (_, list) = await admin.GetPageAsync($"/admin/users?q={Uri.EscapeDataString(email)}");
        var row = list.QuerySelector($"#users tr[data-email='{email}']")!;
        Assert.Contains("石川県", row.TextContent);
        Assert.Contains("道府県職員", row.TextContent);
        Assert.Contains("未設定", row.TextContent);
        Assert.DoesNotContain("—", row.QuerySelectorAll("td")[6].TextContent);
        var created2 = await portal.WithDbAsync(db => db.SecurityEvents.SingleAsync(e => e.UserId == user.Id && e.Kind == SecurityEventKind.AccountCreated));
        Assert.Equal("admin@example.jp", created2.ActorEmail);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuyersAreBoundToAnOrganisationAndCoordinatorsToAFreeRegion(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var organization = await portal.WithDbAsync(db => db.Organizations.Where(o => !o.IsSynthetic).Select(o => o.Id).FirstAsync());
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);

        var noOrganization = await AdminSteps.UpdateAsync(admin, user.Id, Roles.BuyerStaff);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noOrganization.StatusCode);
        Assert.Contains("発注者には所属団体を選択してください。", await noOrganization.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.UpdateAsync(admin, user.Id, Roles.BuyerStaff, organization: organization.ToString(System.Globalization.CultureInfo.InvariantCulture))).StatusCode);
        var stored = await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal(organization, stored.OrganizationId);
        Assert.Null(stored.PrefectureCode);

        var taken = await AdminSteps.UpdateAsync(admin, user.Id, Roles.Coordinator, region: "kanto");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Contains("この地域には既にコーディネーターがいます。", await taken.Content.ReadAsStringAsync());
        var region = await portal.WithDbAsync(db => db.CoordinatorRegions.Where(r => r.CoordinatorUserName == null).Select(r => r.Code).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.UpdateAsync(admin, user.Id, Roles.Coordinator, region: region)).StatusCode);
        Assert.Equal(user.UserName, await portal.WithDbAsync(db => db.CoordinatorRegions.Where(r => r.Code == region).Select(r => r.CoordinatorUserName).SingleAsync()));
        var change = await portal.WithDbAsync(db => db.SecurityEvents.Where(e => e.UserId == user.Id && e.Kind == SecurityEventKind.RoleChanged).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(2, change.Count);
        Assert.Equal($"BuyerStaff -> Coordinator; region:{region}", change[1].Detail);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AStaleFormIsRefusedWithTheUsualMessage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var stale = await AdminSteps.VersionAsync(admin, user.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.UpdateAsync(admin, user.Id, Roles.PrefectureStaff, prefecture: "18")).StatusCode);

        var refused = await AdminSteps.PostAsync(admin, user.Id, "disable", stale);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("このアカウントは他の担当者が先に変更しました。", await refused.Content.ReadAsStringAsync());
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id && u.LockoutEnd != null)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheSecurityLogIsFilteredByKindUserAndDateAndHoldsNoSecret(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        await PortalClient.For(portal).SignInAsync(user.Email!, "a wrong password typed");
        await AccountSteps.SignInAsync(portal, user.Email!);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (response, page) = await admin.GetPageAsync($"/admin/security-events?kind=SignInFailed&user={Uri.EscapeDataString(user.Email!)}&from={today}&to={today}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#security-events tbody tr");
        Assert.Single(rows);
        Assert.Equal("SignInFailed", rows[0].GetAttribute("data-kind"));
        var (_, yesterday) = await admin.GetPageAsync($"/admin/security-events?user={Uri.EscapeDataString(user.Email!)}&to=2020-01-01");
        Assert.Empty(yesterday.QuerySelectorAll("#security-events tbody tr"));
        var everything = await portal.WithDbAsync(db => db.SecurityEvents.AsNoTracking().Select(e => (e.Detail ?? "") + (e.Email ?? "") + (e.ActorEmail ?? "")).ToListAsync());
        Assert.DoesNotContain(everything, text => text.Contains("a wrong password typed", StringComparison.Ordinal) || text.Contains(AccountSteps.Password, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EventsOlderThanAYearAreDeleted(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var marker = $"purge-{Guid.NewGuid():N}@example.jp";
        await portal.WithDbAsync(db =>
        {
            db.SecurityEvents.Add(new SecurityEvent { Kind = SecurityEventKind.SignIn, Email = marker, OccurredAtUtc = DateTime.UtcNow.AddDays(-366) });
            db.SecurityEvents.Add(new SecurityEvent { Kind = SecurityEventKind.SignIn, Email = marker, OccurredAtUtc = DateTime.UtcNow.AddDays(-364) });
            return db.SaveChangesAsync();
        });

        await using (var scope = portal.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SecurityLog>().PurgeExpiredAsync(CancellationToken.None);
        }

        var left = await portal.WithDbAsync(db => db.SecurityEvents.Where(e => e.Email == marker).Select(e => e.OccurredAtUtc).ToListAsync());
        Assert.Single(left);
        Assert.True(left[0] > DateTime.UtcNow.AddDays(-365));
    }

    [Theory]
    [InlineData("official@example.jp", "/admin/users")]
    [InlineData("niigata@example.jp", "/admin/security-events")]
    [InlineData("sme@example.jp", "/admin/users/new")]
    public async Task OnlyAdministratorsGetIn(string email, string path)
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
    }
}
