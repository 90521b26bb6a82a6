using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

[Collection(PortalCollection.Name)]
public sealed partial class EnterpriseAccountOnPost(PortalFixture fixture)
{
    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, byte[] content, string fileName, string claimedType, string kind)
    {
        var (_, page) = await client.GetPageAsync("/procurement/enterprises/mine");
        var token = PortalClient.AntiforgeryToken(page, "/procurement/enterprises/mine/images");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(kind), "kind");
        form.Add(new StringContent("工場の外観"), "caption");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync("/procurement/enterprises/mine/images", form);
    }

    [Fact]
    public async Task TheRepresentativeUploadsALogoWhichThePublicPageShows()
    {
        var portal = fixture.Sqlite;
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社ロゴテスト", ScreeningStatus.Approved);
        var client = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);

        var uploaded = await UploadAsync(client, EnterpriseTestData.Png, "logo.png", "image/png", "logo");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var (_, page) = await PortalClient.For(portal).GetPageAsync($"/procurement/enterprises/{id}");
        var logo = page.QuerySelector("img.enterprise-logo");
        Assert.NotNull(logo);
        var image = await PortalClient.For(portal).GetAsync(logo.GetAttribute("src")!);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(EnterpriseTestData.Png, await image.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AFileThatOnlyClaimsToBeAnImageIsRefusedInJapaneseAndNotStored()
    {
        var portal = fixture.Sqlite;
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社偽画像テスト", ScreeningStatus.Approved);
        var client = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);

        var refused = await UploadAsync(client, "<script>alert(1)</script>"u8.ToArray(), "photo.png", "image/png", "photo");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("ファイルの内容で判定します", page.Body!.TextContent);
        Assert.Equal("工場の外観", page.QuerySelector("input[name=caption]")?.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.EnterpriseImages.AnyAsync(i => i.EnterpriseId == id)));
    }

    [Fact]
    public async Task TheProfileFormKeepsWhatWasTypedWhenANumberIsWrong()
    {
        var portal = fixture.Sqlite;
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社プロフィールテスト", ScreeningStatus.Pending);
        var client = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        var (_, form) = await client.GetPageAsync("/procurement/enterprises/mine");
        var fields = new Dictionary<string, string>
        {
            ["Profile.Version"] = PortalClient.HiddenValue(form, "/procurement/enterprises/mine/profile", "Profile.Version"),
            ["Profile.NameKana"] = "プロフィールテスト",
            ["Profile.Address"] = "金沢市広坂1-1-1",
            ["Profile.CapitalYen"] = "一千万",
            ["Profile.Employees"] = "12",
            ["Profile.Capabilities"] = "金箔押し、漆塗り",
            ["Profile.Certifications"] = "ISO 9001",
            ["Profile.PrText"] = "伝統工芸の技で記念品を作ります。",
        };

        var refused = await client.PostFormAsync("/procurement/enterprises/mine", "/procurement/enterprises/mine/profile", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("一千万", page.QuerySelector("input[name='Profile.CapitalYen']")?.GetAttribute("value"));
        Assert.Equal("金沢市広坂1-1-1", page.QuerySelector("input[name='Profile.Address']")?.GetAttribute("value"));
        Assert.Null(await portal.WithDbAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Address).SingleAsync()));

        fields["Profile.CapitalYen"] = "10000000";
        var saved = await client.PostFormAsync("/procurement/enterprises/mine", "/procurement/enterprises/mine/profile", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal("ISO 9001", stored.Certifications);
        Assert.Equal(10_000_000, stored.CapitalYen);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheProfileReadsNumbersByTheSameRuleAsRegistration(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社数値テスト", ScreeningStatus.Pending);
        var client = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        var (_, form) = await client.GetPageAsync("/procurement/enterprises/mine");
        var fields = new Dictionary<string, string>
        {
            ["Profile.Version"] = PortalClient.HiddenValue(form, "/procurement/enterprises/mine/profile", "Profile.Version"),
            ["Profile.CapitalYen"] = "２，５００万",
            ["Profile.Employees"] = "12.5",
        };

        var refused = await client.PostFormAsync("/procurement/enterprises/mine", "/procurement/enterprises/mine/profile", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(
            "常時使用する従業員数：" + Texts.Number(PortalLanguage.Japanese, NumberProblem.NotWhole, Enterprise.MaxEmployees),
            page.QuerySelector("[data-valmsg-for='Profile.Employees']")?.TextContent.Trim());
        Assert.Equal("", page.QuerySelector("[data-valmsg-for='Profile.CapitalYen']")?.TextContent.Trim());

        fields["Profile.Employees"] = "１，２００";
        var saved = await client.PostFormAsync("/procurement/enterprises/mine", "/procurement/enterprises/mine/profile", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(25_000_000, stored.CapitalYen);
        Assert.Equal(1_200, stored.Employees);
    }

    [Fact]
    public async Task AnInvitedColleagueSetsAPasswordIsBoundToTheEnterpriseAndTheLinkWorksOnce()
    {
        var portal = fixture.Sqlite;
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社招待テスト", ScreeningStatus.Approved);
        var client = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        var colleague = $"colleague-{Guid.NewGuid():N}@example.jp";

        var invited = await client.PostFormAsync("/procurement/enterprises/mine", "/procurement/enterprises/mine/invitations", new Dictionary<string, string> { ["email"] = colleague });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var mail = Assert.Single(EnterpriseTestData.MailTo(portal, colleague));
        Assert.Contains("株式会社招待テスト", mail);
        var link = InvitationLink().Match(mail);
        Assert.True(link.Success, mail);
        var path = new Uri(link.Value).PathAndQuery;
        var token = Regex.Match(path, "token=([0-9a-f]+)").Groups[1].Value;

        var anonymous = PortalClient.For(portal);
        var (_, page) = await anonymous.GetPageAsync(path);
        Assert.Contains(colleague, page.Body!.TextContent);

        var tooShort = await anonymous.PostFormAsync(path, "/account/invitation", new Dictionary<string, string>
        {
            ["Token"] = token,
            ["DisplayName"] = "招待 次郎",
            ["Password"] = "short",
            ["ConfirmPassword"] = "short",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Contains("12文字以上", await tooShort.Content.ReadAsStringAsync());
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == colleague)));

        var accepted = await anonymous.PostFormAsync(path, "/account/invitation", new Dictionary<string, string>
        {
            ["Token"] = token,
            ["DisplayName"] = "招待 次郎",
            ["Password"] = "noto peninsula lacquer 2020",
            ["ConfirmPassword"] = "noto peninsula lacquer 2020",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(id, await portal.WithDbAsync(db => db.Users.Where(u => u.Email == colleague).Select(u => u.EnterpriseId).SingleAsync()));

        var signedIn = await PortalClient.SignedInAsync(portal, colleague, "noto peninsula lacquer 2020");
        var (mine, _) = await signedIn.GetPageAsync("/procurement/enterprises/mine");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);

        // The link is used up.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("zh-hans", "zh-Hans", "石川县", "制造业")]
    [InlineData("ko", "ko", "이시카와현", "제조업")]
    public async Task ThePublicPageSpeaksTheReadersLanguageAndShowsWhatTheCompanyWroteAsJapanese(string prefix, string language, string prefecture, string industry)
    {
        var portal = fixture.Sqlite;
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社多言語テスト", ScreeningStatus.Approved);
        var representative = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(representative, EnterpriseTestData.Png, "logo.png", "image/png", "logo")).StatusCode);

        var (response, page) = await PortalClient.For(portal).GetPageAsync($"/{prefix}/procurement/enterprises/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.QuerySelector("[role=note].language-fallback"));
        Assert.Equal("株式会社多言語テスト", page.QuerySelector("h1 [lang=ja]")?.TextContent);
        Assert.Equal("金沢の金箔を使った記念品を製作します。", page.QuerySelector(".enterprise-pr [lang=ja]")?.TextContent);
        var profile = page.QuerySelector("section[aria-labelledby=profile-heading]")!.TextContent;
        Assert.Contains(prefecture, profile);
        Assert.Contains(industry, profile);
        Assert.Contains(Texts.In(Web.Infrastructure.Localization.PortalLanguage.FromUrlPrefix(prefix)!, "{0}人", "12"), profile);

        // The logo is linked in the page's language and answers there.
        var logo = page.QuerySelector("img.enterprise-logo")!.GetAttribute("src")!;
        Assert.StartsWith($"/{prefix}/procurement/enterprises/{id}/images/", logo, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.For(portal).GetAsync(logo)).StatusCode);
    }

    [Fact]
    public async Task AnInvitationSentFromTheEnglishPageIsWrittenInEnglishAndLinksToTheEnglishPage()
    {
        var portal = fixture.Sqlite;
        var (_, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社英語招待テスト", ScreeningStatus.Approved);
        var client = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        var colleague = $"colleague-en-{Guid.NewGuid():N}@example.jp";

        var refused = await client.PostFormAsync("/en/procurement/enterprises/mine", "/en/procurement/enterprises/mine/invitations", new Dictionary<string, string> { ["email"] = "not an address" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var form = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(Texts.En("招待する方のメールアドレスを正しく入力してください。"), form.QuerySelector("[data-valmsg-for=email]")?.TextContent.Trim());

        var invited = await client.PostFormAsync("/en/procurement/enterprises/mine", "/en/procurement/enterprises/mine/invitations", new Dictionary<string, string> { ["email"] = colleague });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal("/en/procurement/enterprises/mine", invited.Headers.Location?.OriginalString);

        var mail = Assert.Single(EnterpriseTestData.MailTo(portal, colleague));
        Assert.Contains(Texts.En("{0} の企業アカウントへの招待", "株式会社英語招待テスト"), mail);
        Assert.Contains(Texts.En("次のリンクを開き、お名前とパスワードを設定してください（{0}日間有効・1回限り）。", 7), mail);
        var link = InvitationLink().Match(mail);
        Assert.True(link.Success, mail);
        var path = new Uri(link.Value).PathAndQuery;
        Assert.StartsWith("/en/account/invitation?token=", path, StringComparison.Ordinal);

        var (response, page) = await PortalClient.For(portal).GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(Texts.En("次の企業の企業アカウントに招待されています。"), page.Body!.TextContent);
        Assert.Equal("株式会社英語招待テスト", page.QuerySelector("main strong [lang=ja]")?.TextContent);
    }

    [Fact]
    public async Task APendingEnterpriseHasNoPublicPage()
    {
        var portal = fixture.Sqlite;
        var (id, _) = await EnterpriseTestData.CreateAsync(portal, "株式会社審査待ちテスト", ScreeningStatus.Pending);
        Assert.Equal(HttpStatusCode.NotFound, (await PortalClient.For(portal).GetAsync($"/procurement/enterprises/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PortalClient.For(portal).GetAsync("/procurement/enterprises/999999")).StatusCode);
    }

    [GeneratedRegex(@"https?://[^\s]+/account/invitation\?token=[0-9a-f]+")]
    private static partial Regex InvitationLink();
}
