using System.Net;
using System.Text.RegularExpressions;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Account;

[Collection(PortalCollection.Name)]
public sealed partial class RegisterOnPost(PortalFixture fixture)
{
    private static Dictionary<string, string> ValidForm(string email, string corporateNumber) => new()
    {
        ["Email"] = email,
        ["DisplayName"] = "新潟 太郎",
        ["Password"] = "tsubame sanjo knives 2020",
        ["ConfirmPassword"] = "tsubame sanjo knives 2020",
        ["CorporateNumber"] = corporateNumber,
        ["CompanyName"] = "燕三条テスト工業株式会社",
        ["CompanyNameKana"] = "ツバメサンジョウテストコウギョウ",
        ["PrefectureCode"] = "15",
        ["JsicMajorGroup"] = "E",
        ["CapitalYen"] = "30000000",
        ["Employees"] = "45",
        ["AcceptTerms"] = "true",
    };

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SmeRegistersConfirmsItsEmailAndSignsIn(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var email = $"sme-{Guid.NewGuid():N}@example.jp";
        var client = PortalClient.For(portal);

        var response = await client.PostFormAsync("/account/register", "/account/register", ValidForm(email, AccountTestData.NewCorporateNumber()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // Before confirmation, sign-in is refused with a Japanese explanation.
        var early = await client.SignInAsync(email, "tsubame sanjo knives 2020");
        Assert.Contains("メールアドレスの確認が済んでいません", await early.Content.ReadAsStringAsync());

        var mail = portal.SentMail().Single(m => m.Contains(email, StringComparison.Ordinal));
        var link = ConfirmationLink().Match(mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal));
        Assert.True(link.Success, "The confirmation e-mail holds a link");
        var confirmPage = System.Net.WebUtility.HtmlDecode(link.Value);
        var confirmed = await client.PostFormAsync(confirmPage, "/account/confirm-email", new Dictionary<string, string>
        {
            ["userId"] = Regex.Match(confirmPage, "userId=([^&]+)").Groups[1].Value,
            ["code"] = Uri.UnescapeDataString(Regex.Match(confirmPage, "code=([^&\\s]+)").Groups[1].Value),
        });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var signIn = await client.SignInAsync(email, "tsubame sanjo knives 2020");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/procurement/mine", signIn.Headers.Location?.OriginalString);

        var stored = await portal.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.NameJa == "燕三条テスト工業株式会社" && db.Users.Any(u => u.Email == email && u.EnterpriseId == e.Id)));
        Assert.Equal(Domain.Enterprises.ScreeningStatus.Pending, stored.ScreeningStatus);
        Assert.True(stored.IsSme);
    }

    [Fact]
    public async Task BadCorporateNumberIsRefusedInJapaneseKeepsTheFormAndStoresNothing()
    {
        var portal = fixture.Sqlite;
        var email = $"bad-{Guid.NewGuid():N}@example.jp";
        var form = ValidForm(email, "1234567890123");
        var before = await portal.WithDbAsync(db => db.Enterprises.CountAsync());

        var response = await PortalClient.For(portal).PostFormAsync("/account/register", "/account/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("法人番号のチェックデジットが一致しません", page.Body!.TextContent);
        Assert.Equal("燕三条テスト工業株式会社", page.QuerySelector("input[name=CompanyName]")?.GetAttribute("value"));
        Assert.Equal(email, page.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.Equal(before, await portal.WithDbAsync(db => db.Enterprises.CountAsync()));
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData("short pass", "12文字以上")]
    [InlineData("password1234", "よく使われて")]
    public async Task WeakPasswordIsRefusedAndNothingIsStored(string password, string message)
    {
        var portal = fixture.Sqlite;
        var email = $"weak-{Guid.NewGuid():N}@example.jp";
        var form = ValidForm(email, AccountTestData.NewCorporateNumber());
        form["Password"] = password;
        form["ConfirmPassword"] = password;

        var response = await PortalClient.For(portal).PostFormAsync("/account/register", "/account/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.False(await portal.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.CorporateNumber == form["CorporateNumber"])));
    }

    [Fact]
    public async Task CapitalThatIsNotANumberGetsAJapaneseMessage()
    {
        var form = ValidForm($"nan-{Guid.NewGuid():N}@example.jp", AccountTestData.NewCorporateNumber());
        form["CapitalYen"] = "三千万";

        var response = await PortalClient.For(fixture.Sqlite).PostFormAsync("/account/register", "/account/register", form);

        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            "資本金：" + Texts.Number(PortalLanguage.Japanese, NumberProblem.NotANumber, Enterprise.MaxCapitalYen, money: true),
            page.QuerySelector("[data-valmsg-for=CapitalYen]")?.TextContent.Trim());
        Assert.Equal("三千万", page.QuerySelector("input[name=CapitalYen]")?.GetAttribute("value"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CapitalAndEmployeesAreReadAsPeopleTypeThem(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var form = ValidForm($"typed-{Guid.NewGuid():N}@example.jp", AccountTestData.NewCorporateNumber());
        form["CapitalYen"] = "２，５００万";
        form["Employees"] = "１，２００";

        var response = await PortalClient.For(portal).PostFormAsync("/account/register", "/account/register", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.CorporateNumber == form["CorporateNumber"]));
        Assert.Equal(25_000_000, stored.CapitalYen);
        Assert.Equal(1_200, stored.Employees);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACountWithAFractionIsRefusedInTheSharedWordsAndNothingIsStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var form = ValidForm($"fraction-{Guid.NewGuid():N}@example.jp", AccountTestData.NewCorporateNumber());
        form["Employees"] = "12.5";

        var response = await PortalClient.For(portal).PostFormAsync("/account/register", "/account/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        var message = "常時使用する従業員数：" + Texts.Number(PortalLanguage.Japanese, NumberProblem.NotWhole, Enterprise.MaxEmployees);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=Employees]")?.TextContent.Trim());
        Assert.Contains(message, page.QuerySelector("main [role=alert]")!.TextContent);
        Assert.Equal("12.5", page.QuerySelector("input[name=Employees]")?.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.CorporateNumber == form["CorporateNumber"])));
    }

    [Fact]
    public async Task TheEnglishFormNamesPrefecturesAndIndustriesInEnglishAndExplainsRefusalsInEnglish()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var (_, empty) = await client.GetPageAsync("/en/account/register");
        Assert.Equal("15 Niigata", empty.QuerySelector("select[name=PrefectureCode] option[value='15']")?.TextContent);
        Assert.Equal("E Manufacturing", empty.QuerySelector("select[name=JsicMajorGroup] option[value=E]")?.TextContent);

        var form = ValidForm($"en-{Guid.NewGuid():N}@example.jp", "1234567890123");
        form["CapitalYen"] = "three million";
        var response = await client.PostFormAsync("/en/account/register", "/en/account/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Texts.En("法人番号のチェックデジットが一致しません。番号をご確認ください。"), page.QuerySelector("[data-valmsg-for=CorporateNumber]")?.TextContent.Trim());
        Assert.Equal(
            Texts.En("{0}：{1}", Texts.En("資本金"), Texts.Number(PortalLanguage.English, NumberProblem.NotANumber, Enterprise.MaxCapitalYen, money: true)),
            page.QuerySelector("[data-valmsg-for=CapitalYen]")?.TextContent.Trim());
        Assert.Equal("selected", page.QuerySelector("select[name=PrefectureCode] option[value='15']")?.GetAttribute("selected"));
    }

    [Fact]
    public async Task ACompanyRegisteredFromTheEnglishPageIsSentItsConfirmationInEnglish()
    {
        var portal = fixture.Sqlite;
        var email = $"sme-en-{Guid.NewGuid():N}@example.jp";

        var response = await PortalClient.For(portal).PostFormAsync("/en/account/register", "/en/account/register", ValidForm(email, AccountTestData.NewCorporateNumber()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/account/register/confirmation", response.Headers.Location?.OriginalString);
        var mail = Areas.Procurement.EnterpriseTestData.MailTo(portal, email).Single();
        Assert.Contains(Texts.En("【ALL JAPAN & TOKYO】{0}", Texts.En("メールアドレスの確認")), mail);
        Assert.Contains(Texts.En("次のリンクを開き、メールアドレスを確認してください。"), mail);
        Assert.Contains("/en/account/confirm-email?", mail);
        Assert.DoesNotContain("ご登録ありがとうございます", mail);
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/account/confirm-email\?[^\s""<>]+")]
    private static partial Regex ConfirmationLink();
}
