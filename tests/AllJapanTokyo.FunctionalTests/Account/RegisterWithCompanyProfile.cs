using System.Net;
using System.Net.Http.Headers;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Account;

/// <summary>Registration with the company's PR fields and a logo (multipart, as the browser sends it).</summary>
[Collection(PortalCollection.Name)]
public sealed class RegisterWithCompanyProfile(PortalFixture fixture)
{
    private static async Task<HttpResponseMessage> RegisterAsync(PortalClient client, string email, string corporateNumber, byte[] logo)
    {
        var (_, page) = await client.GetPageAsync("/account/register");
        using var form = new MultipartFormDataContent();
        var fields = new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = "輪島 一郎",
            ["Password"] = "wajima lacquer ware 2020",
            ["ConfirmPassword"] = "wajima lacquer ware 2020",
            ["CorporateNumber"] = corporateNumber,
            ["CompanyName"] = "輪島テスト漆器株式会社",
            ["CompanyNameKana"] = "ワジマテストシッキ",
            ["PrefectureCode"] = "17",
            ["JsicMajorGroup"] = "E",
            ["CapitalYen"] = "10000000",
            ["Employees"] = "8",
            ["Address"] = "輪島市河井町1-1",
            ["Capabilities"] = "漆塗り、沈金",
            ["Certifications"] = "伝統的工芸品（経済産業大臣指定）",
            ["PrText"] = "輪島塗の記念品をお届けします。",
            ["AcceptTerms"] = "true",
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(page, "/account/register"),
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(logo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "Logo", "logo.png");
        return await client.Http.PostAsync("/account/register", form);
    }

    [Fact]
    public async Task TheProfileAndLogoAreStoredWithTheCompany()
    {
        var portal = fixture.Sqlite;
        var email = $"wajima-{Guid.NewGuid():N}@example.jp";
        var number = AccountTestData.NewCorporateNumber();

        var response = await RegisterAsync(PortalClient.For(portal), email, number, EnterpriseTestData.Png);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.CorporateNumber == number));
        Assert.Equal("輪島市河井町1-1", stored.Address);
        Assert.Equal("伝統的工芸品（経済産業大臣指定）", stored.Certifications);
        Assert.Equal(ScreeningStatus.Pending, stored.ScreeningStatus);
        var logo = await portal.WithDbAsync(db => db.EnterpriseImages.AsNoTracking().SingleAsync(i => i.EnterpriseId == stored.Id));
        Assert.Equal(EnterpriseImageKind.Logo, logo.Kind);
        Assert.Equal("image/png", logo.ContentType);
    }

    [Fact]
    public async Task ALogoThatIsNotAnImageIsRefusedKeepsTheFormAndStoresNothing()
    {
        var portal = fixture.Sqlite;
        var email = $"wajima-bad-{Guid.NewGuid():N}@example.jp";
        var number = AccountTestData.NewCorporateNumber();

        var response = await RegisterAsync(PortalClient.For(portal), email, number, "%PDF-1.4 not an image"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("PNG・JPEG・GIF・WebP形式の画像のみ", page.Body!.TextContent);
        Assert.Equal("輪島テスト漆器株式会社", page.QuerySelector("input[name=CompanyName]")?.GetAttribute("value"));
        Assert.Equal("漆塗り、沈金", page.QuerySelector("textarea[name=Capabilities]")?.TextContent.Trim());
        Assert.False(await portal.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.CorporateNumber == number)));
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }
}
