using System.Net;
using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.FunctionalTests.Account;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Textiles;

/// <summary>Designers and craft makers sign themselves up, confirm their address and land on their own start page.</summary>
[Collection(PortalCollection.Name)]
public sealed class DesignerAndMakerRegistration(PortalFixture fixture)
{
    private const string Password = "nishijin ori kimono 1976";

    private static Dictionary<string, string> DesignerForm(string email) => new()
    {
        ["Email"] = email,
        ["DisplayName"] = "試験 花子",
        ["Password"] = Password,
        ["ConfirmPassword"] = Password,
        ["Kind"] = "Company",
        ["NameJa"] = "試験デザイン事務所",
        ["TokyoMunicipality"] = "台東区",
        ["Specialties"] = "テキスタイル、インテリア",
        ["AcceptTerms"] = "true",
    };

    private static Dictionary<string, string> MakerForm(string email) => new()
    {
        ["Email"] = email,
        ["DisplayName"] = "試験 工房",
        ["Password"] = Password,
        ["ConfirmPassword"] = Password,
        ["AcceptTerms"] = "true",
    };

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADesignerRegistersCannotSignInBeforeConfirmingAndThenLandsOnTheProfile(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var email = $"designer-{Guid.NewGuid():N}@example.jp";
        var client = PortalClient.For(portal);

        var response = await client.PostFormAsync("/designers/register", "/designers/register", DesignerForm(email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/register/confirmation", response.Headers.Location?.OriginalString);

        var stored = await portal.WithDbAsync(db => db.Designers.SingleAsync(d => db.Users.Any(u => u.Email == email && u.Id == d.UserId)));
        Assert.Equal(("試験デザイン事務所", DesignerKind.Company, "台東区", "テキスタイル、インテリア"), (stored.NameJa, stored.Kind, stored.TokyoMunicipalityJa, stored.SpecialtiesJa));
        Assert.False(stored.IsSynthetic);

        var early = await client.SignInAsync(email, Password);
        Assert.Contains("メールアドレスの確認が済んでいません。届いたメールのリンクから確認してください。", await early.Content.ReadAsStringAsync());

        await ConfirmAsync(portal, client, email);
        var signIn = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/designers/me", signIn.Headers.Location?.OriginalString);
        var mine = await client.GetAsync("/designers/me");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("試験デザイン事務所", await mine.Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AMakerRegistersWithTheMakerRoleAndSignsInOnlyAfterConfirming(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var email = $"maker-{Guid.NewGuid():N}@example.jp";
        var client = PortalClient.For(portal);

        var response = await client.PostFormAsync("/makers/register", "/makers/register", MakerForm(email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var early = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("メールアドレスの確認が済んでいません。届いたメールのリンクから確認してください。", await early.Content.ReadAsStringAsync());

        await ConfirmAsync(portal, client, email);
        var signIn = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(await portal.WithDbAsync(db => (from user in db.Users
                                                    where user.Email == email
                                                    join userRole in db.UserRoles on user.Id equals userRole.UserId
                                                    join role in db.Roles on userRole.RoleId equals role.Id
                                                    select role.Name).AnyAsync(r => r == Roles.Maker)));
        Assert.False(await portal.WithDbAsync(db => db.Designers.AnyAsync(d => db.Users.Any(u => u.Email == email && u.Id == d.UserId))));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ATakenAddressStoresNothingNewAndItsOwnerIsMailed(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var email = $"taken-{Guid.NewGuid():N}@example.jp";
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(portal).PostFormAsync("/makers/register", "/makers/register", MakerForm(email))).StatusCode);

        // The same answer as for a new address, so that the page does not tell who has an account.
        var again = await PortalClient.For(portal).PostFormAsync("/designers/register", "/designers/register", DesignerForm(email));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
        Assert.False(await portal.WithDbAsync(db => db.Designers.AnyAsync(d => db.Users.Any(u => u.Email == email && u.Id == d.UserId))));
        Assert.Equal(2, Procurement.EnterpriseTestData.MailTo(portal, email).Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADesignerOutsideTokyoIsRefusedInTheReadersLanguageKeepsTheFormAndStoresNothing(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var email = $"osaka-{Guid.NewGuid():N}@example.jp";
        var form = DesignerForm(email);
        form["TokyoMunicipality"] = "大阪市";

        var response = await PortalClient.For(portal).PostFormAsync("/en/designers/register", "/en/designers/register", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(Texts.En("活動している東京都内の区市町村を入力してください。"), page.QuerySelector("[data-valmsg-for=TokyoMunicipality]")!.TextContent);
        Assert.Equal("試験デザイン事務所", page.QuerySelector("input[name=NameJa]")?.GetAttribute("value"));
        Assert.Equal(email, page.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("input[name=Password]")?.GetAttribute("value") ?? "");
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.DoesNotContain(portal.SentMail(), m => m.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedAndNothingIsStored()
    {
        var portal = fixture.Sqlite;
        var email = $"weak-{Guid.NewGuid():N}@example.jp";
        var form = DesignerForm(email);
        form["Password"] = form["ConfirmPassword"] = "password1234";

        var response = await PortalClient.For(portal).PostFormAsync("/designers/register", "/designers/register", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("よく使われて", await response.Content.ReadAsStringAsync());
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.False(await portal.WithDbAsync(db => db.Designers.AnyAsync(d => d.NameJa == "試験デザイン事務所" && !db.Users.Any(u => u.Id == d.UserId))));
    }

    [Fact]
    public async Task TheSignInAndRegistrationPagesLinkToBothRegistrations()
    {
        var client = PortalClient.For(fixture.Sqlite);
        foreach (var path in new[] { "/account/login", "/account/register", "/textiles" })
        {
            var page = PortalClient.Parse(await (await client.GetAsync(path)).Content.ReadAsStringAsync());
            Assert.NotNull(page.QuerySelector("a[href='/designers/register']"));
            Assert.NotNull(page.QuerySelector("a[href='/makers/register']"));
        }
    }

    private static async Task ConfirmAsync(PortalFactory portal, PortalClient client, string email)
    {
        var link = AccountSteps.LinkIn(portal, email, "/account/confirm-email");
        var confirmed = await client.PostFormAsync(link, "/account/confirm-email", new Dictionary<string, string>
        {
            ["userId"] = AccountSteps.Query(link, "userId"),
            ["code"] = AccountSteps.Query(link, "code"),
        });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }
}
