using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Account;

[Collection(PortalCollection.Name)]
public sealed class SignInOnPost(PortalFixture fixture)
{
    [Theory]
    [InlineData("admin@example.jp", "/admin")]
    [InlineData("official@example.jp", "/dashboard")]
    [InlineData("niigata@example.jp", "/reporting")]
    [InlineData("osaka@example.jp", "/reporting")]
    [InlineData("buyer@example.jp", "/procurement/mine")]
    [InlineData("sme@example.jp", "/procurement/mine")]
    [InlineData("coordinator@example.jp", "/procurement")]
    public async Task EachDemoRoleLandsOnItsHome(string email, string home)
    {
        var client = PortalClient.For(fixture.Sqlite);
        var response = await client.SignInAsync(email, PortalFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-AllJapanTokyo.Session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("admin@example.jp", "/en/admin")]
    [InlineData("niigata@example.jp", "/en/reporting")]
    [InlineData("sme@example.jp", "/en/procurement/mine")]
    public async Task SigningInOnTheEnglishPageLandsOnTheEnglishHome(string email, string home)
    {
        var client = PortalClient.For(fixture.Sqlite);
        var response = await client.PostFormAsync("/en/account/login", "/en/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = PortalFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task WrongPasswordOnTheEnglishPageIsAnsweredInEnglish()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var response = await client.PostFormAsync("/en/account/login", "/en/account/login", new Dictionary<string, string> { ["Email"] = "official@example.jp", ["Password"] = "not-the-right-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(Texts.En("メールアドレスまたはパスワードが正しくありません。"), page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task TheEnglishAccountPageNamesTheRolesInEnglishAndLinksInEnglish()
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, "niigata@example.jp");

        var (response, page) = await client.GetPageAsync("/en/account");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!;
        Assert.Contains(Texts.En("道府県職員"), main.TextContent);
        Assert.Contains("Niigata", main.TextContent);
        Assert.Equal("/en/reporting", main.QuerySelector("a.btn-primary")?.GetAttribute("href"));
        Assert.Equal("/en/procurement/searches", main.QuerySelector("a.btn-outline-secondary")?.GetAttribute("href"));
    }

    [Fact]
    public async Task WrongPasswordIsAnsweredInJapaneseAndKeepsTheEmail()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var response = await client.SignInAsync("official@example.jp", "not-the-right-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("メールアドレスまたはパスワードが正しくありません", page.Body!.TextContent);
        Assert.Equal("official@example.jp", page.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("input[name=Password]")?.GetAttribute("value")));
    }

    [Fact]
    public async Task LoginErrorsAreTiedToTheirFieldsAndTheSummaryTakesTheFocus()
    {
        var response = await PortalClient.For(fixture.Sqlite).SignInAsync("not an address", "");

        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        var email = page.QuerySelector("#Email")!;
        Assert.Equal("true", email.GetAttribute("aria-invalid"));
        var described = page.GetElementById(email.GetAttribute("aria-describedby")!)!;
        Assert.Contains("メールアドレスの形式が正しくありません。", described.TextContent);
        Assert.Equal("true", page.QuerySelector("#Password")!.GetAttribute("aria-invalid"));
        var summary = page.QuerySelector("#error-summary")!;
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Equal(["#Email", "#Password"], summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").ToList());
    }

    [Fact]
    public async Task TheRegistrationSummaryListsEachErrorOnceAndTheAddressFieldUsesAValidToken()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var response = await client.PostFormAsync("/account/register", "/account/register", new Dictionary<string, string> { ["Password"] = "short", ["ConfirmPassword"] = "other" });

        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        var entries = page.QuerySelectorAll("#error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.NotEmpty(entries);
        Assert.Equal(entries.Count, entries.Distinct().Count());
        Assert.Equal("address-line1", page.QuerySelector("#Address")!.GetAttribute("autocomplete"));
        Assert.Equal("Password-error", page.QuerySelector("#Password")!.GetAttribute("aria-describedby")!.Split(' ')[^1]);
        Assert.NotNull(page.QuerySelector("main a[href='/terms']"));
        Assert.NotNull(page.QuerySelector("main a[href='/privacy']"));
    }
}
