using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.OpenData;

/// <summary>
/// A developer finds the API page from the footer, in Japanese, English and Korean: its lists with example requests, real
/// example answers, the link to the OpenAPI description and the terms of use; axe finds nothing serious.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiGuideInChromium(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData("", "ja", "オープンデータAPI")]
    [InlineData("/en", "en", "Open data API")]
    [InlineData("/ko", "ko", "오픈 데이터 API")]
    public async Task The_API_page_is_reached_from_the_footer_and_passes_axe(string prefix, string language, string title)
    {
        SetDefaultExpectTimeout(30_000);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(prefix + "/");
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{prefix}/api$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator("td code").GetByText("GET /api/v1/prefectures/13", new() { Exact = true })).ToBeVisibleAsync();
        // Every list is described in the page's language (the Chinese and Korean from the translations of the summaries).
        await Expect(page.Locator("td[lang]")).ToHaveCountAsync(0);
        await Expect(page.Locator("pre code").First).ToContainTextAsync("\"code\": \"01\"");
        await Expect(page.Locator("a[href='/openapi/v1.json']")).ToBeVisibleAsync();
        await Expect(page.Locator("#terms-heading + p")).ToContainTextAsync("CC BY 4.0");
        await AxeChecks.AssertNoSeriousViolationsAsync(page);
    }
}
