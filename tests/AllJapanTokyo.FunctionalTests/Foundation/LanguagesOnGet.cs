using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Foundation;

/// <summary>The language lives in the address: Japanese at the root, /en, /zh-hans and /ko before the same path.</summary>
[Collection(PortalCollection.Name)]
public sealed class LanguagesOnGet(PortalFixture fixture)
{
    public static TheoryData<string, string> PublicPagesInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        string[] pages = ["/", "/procurement", "/fairs", "/textiles", "/crafts", "/funds", "/tourism", "/antenna-shops", "/dashboard", "/dashboard/matrix", "/dashboard/trends", "/prefectures", "/prefectures/15", "/reports/2020"];
        foreach (var page in pages)
        {
            foreach (var language in new[] { "en", "zh-hans", "ko" })
            {
                data.Add(language, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicPagesInEveryLanguage))]
    public async Task PublicPagesAnswerInTheLanguageOfTheirPrefix(string prefix, string path)
    {
        var url = "/" + prefix + (path == "/" ? "/" : path);
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tag = prefix == "zh-hans" ? "zh-Hans" : prefix;
        Assert.Equal(tag, page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.QuerySelector("[role=note].language-fallback"));

        // hreflang alternates: the same path in each of the four languages, and x-default for the Japanese original.
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).PathAndQuery);
        Assert.Equal(path, alternates["ja"]);
        Assert.Equal("/en" + (path == "/" ? "/" : path), alternates["en"]);
        Assert.Equal("/zh-hans" + (path == "/" ? "/" : path), alternates["zh-Hans"]);
        Assert.Equal("/ko" + (path == "/" ? "/" : path), alternates["ko"]);
        Assert.Equal(path, alternates["x-default"]);

        // Links made by route stay in the page's language.
        var menu = page.QuerySelectorAll("#main-nav a.nav-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(menu);
        Assert.All(menu, href => Assert.StartsWith("/" + prefix + "/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSwitchIsPlainLinksToTheSamePageWithItsQuery()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/dashboard?fy=2019&view=bars");

        var links = page.QuerySelectorAll("nav.language-switch a").ToList();
        Assert.Equal(["ja", "en", "zh-Hans", "ko"], links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(["/dashboard?fy=2019&view=bars", "/en/dashboard?fy=2019&view=bars", "/zh-hans/dashboard?fy=2019&view=bars", "/ko/dashboard?fy=2019&view=bars"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("page", links[1].GetAttribute("aria-current"));
        Assert.Empty(page.QuerySelectorAll("form[action$='/culture']"));
    }

    [Theory]
    [InlineData("/ko/account/login", "ko")]
    [InlineData("/zh-hans/account/register", "zh-Hans")]
    public async Task SignedInWorkInChineseOrKoreanIsShownInEnglishWithANoteInTheAskedLanguage(string url, string asked)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var note = page.QuerySelector("[role=note].language-fallback");
        Assert.NotNull(note);
        Assert.Equal(asked, note.GetAttribute("lang"));

        // Signed-in work is offered in the two languages it is written in.
        Assert.Equal(["ja", "en"], page.QuerySelectorAll("nav.language-switch a").Select(a => a.GetAttribute("hreflang")));
    }

    [Fact]
    public async Task SignInFromAnEnglishPageReturnsToTheEnglishPage()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/en/reporting");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("https://localhost/en/account/login", location, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=%2Fen%2Freporting", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFoundPagesSpeakTheLanguageOfTheAddress()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/ko/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ko", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/no-such-page", page.QuerySelector("nav.language-switch a[hreflang=ja]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task JapanesePrefixLeadsToTheRoot()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/ja/fairs?fy=2020");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/fairs?fy=2020", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TheRetiredLanguageCookieRedirectsOnceAndIsDeleted()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var request = new HttpRequestMessage(HttpMethod.Get, "/fairs?fy=2020");
        request.Headers.Add("Cookie", "AllJapanTokyo.Culture=c%3Den%7Cuic%3Den");
        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/fairs?fy=2020", response.Headers.Location!.ToString());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AllJapanTokyo.Culture=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));

        // Without the cookie the Japanese page answers as it is.
        var (again, page) = await client.GetPageAsync("/fairs?fy=2020");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task TheRetiredSwitchFormSendsToThePrefixedPage()
    {
        var response = await PortalClient.For(fixture.Sqlite).PostWithoutTokenAsync("/culture", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/tourism?x=1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/tourism?x=1", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TheRetiredSwitchFormNeverLeavesThePortal()
    {
        var response = await PortalClient.For(fixture.Sqlite).PostWithoutTokenAsync("/culture", new Dictionary<string, string> { ["culture"] = "ko", ["returnUrl"] = "//evil.example/" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ko/", response.Headers.Location!.ToString());
    }
}
