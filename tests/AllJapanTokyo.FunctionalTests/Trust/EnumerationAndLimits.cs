using System.Net;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.FunctionalTests.Account;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Controllers;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Trust;

/// <summary>Answers that do not tell who has an account, and the limits on what an unscreened company or a large post can do.</summary>
[Collection(PortalCollection.Name)]
public sealed class EnumerationAndLimits(PortalFixture fixture)
{
    private static Dictionary<string, string> Registration(string email) => new()
    {
        ["Email"] = email,
        ["DisplayName"] = "富山 花子",
        ["Password"] = "toyama bay firefly squid",
        ["ConfirmPassword"] = "toyama bay firefly squid",
        ["CorporateNumber"] = AccountTestData.NewCorporateNumber(),
        ["CompanyName"] = "富山テスト製薬株式会社",
        ["PrefectureCode"] = "16",
        ["JsicMajorGroup"] = "E",
        ["CapitalYen"] = "10000000",
        ["Employees"] = "20",
        ["AcceptTerms"] = "true",
    };

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RegisteringATakenAddressLooksLikeANewOneAndMailsItsOwner(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var owner = await AccountSteps.CreateAsync(portal, Roles.Enterprise);
        var form = Registration(owner.Email!);

        var taken = await PortalClient.For(portal).PostFormAsync("/account/register", "/account/register", form);
        var fresh = await PortalClient.For(portal).PostFormAsync("/account/register", "/account/register", Registration($"fresh-{Guid.NewGuid():N}@example.jp"));

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        Assert.False(await portal.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.CorporateNumber == form["CorporateNumber"])));
        var mail = Assert.Single(EnterpriseTestData.MailTo(portal, owner.Email!));
        Assert.Contains("このメールアドレスで企業登録の申込みがありましたが、このアドレスのアカウントは既にあります。", mail);
        Assert.Contains("https://localhost/account/password/forgot", mail);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ALockedAccountAndAnUnknownAddressReadLikeAWrongPassword(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var user = await AccountSteps.CreateAsync(portal, Roles.PrefectureStaff);
        var client = PortalClient.For(portal);
        var wrong = await Summary(await client.SignInAsync(user.Email!, "wrong password 0"));
        for (var i = 1; i < 5; i++)
        {
            await client.SignInAsync(user.Email!, "wrong password " + i);
        }

        var locked = await Summary(await client.SignInAsync(user.Email!, AccountSteps.Password));
        var unknown = await Summary(await client.SignInAsync($"nobody-{Guid.NewGuid():N}@example.jp", AccountSteps.Password));

        Assert.Equal(wrong, locked);
        Assert.Equal(wrong, unknown);
        Assert.Contains("メールアドレスまたはパスワードが正しくありません。", wrong);
        Assert.True(await portal.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.UserId == user.Id && e.Kind == SecurityEventKind.LockedOut)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACompanyAwaitingScreeningInvitesNobody(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社審査中招待テスト", ScreeningStatus.Pending);
        var client = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        var target = $"target-{Guid.NewGuid():N}@example.jp";

        var refused = await client.PostFormAsync("/procurement/enterprises/mine", "/procurement/enterprises/mine/invitations", new Dictionary<string, string> { ["email"] = target });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("事務局の審査で承認された後に、同僚を招待できます。", await refused.Content.ReadAsStringAsync());
        Assert.Empty(EnterpriseTestData.MailTo(portal, target));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwentyInvitationsADayAndNoMore(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社招待上限テスト", ScreeningStatus.Approved);
        var client = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        for (var i = 0; i < EnterpriseInvitation.MaxPerDay; i++)
        {
            var sent = await client.PostFormAsync("/procurement/enterprises/mine", "/procurement/enterprises/mine/invitations", new Dictionary<string, string> { ["email"] = $"limit-{i}-{Guid.NewGuid():N}@example.jp" });
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var refused = await client.PostFormAsync("/procurement/enterprises/mine", "/procurement/enterprises/mine/invitations", new Dictionary<string, string> { ["email"] = $"limit-x-{Guid.NewGuid():N}@example.jp" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("招待は1日20件までです。", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARegistrationLargerThanALogoAndItsFieldsIsRefused()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var (_, page) = await client.GetPageAsync("/account/register");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(page, "/account/register")), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[AccountController.MaxRegistrationRequestBytes + 1024]), "Logo", "huge.png" },
        };

        var response = await client.Http.PostAsync("/account/register", form);

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"Answered {(int)response.StatusCode}");
    }

    private static async Task<string> Summary(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PortalClient.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#error-summary")!.TextContent.Trim();
    }
}
