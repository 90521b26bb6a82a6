using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Foundation;

/// <summary>
/// A form's error summary is sent only when it has errors to list: an empty one was an empty alert with an inline
/// style the Content-Security-Policy refuses, drawn as a red dot under the form's introduction.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ErrorSummariesOnForms(PortalFixture fixture)
{
    [Theory]
    [InlineData(null, "/account/register")]
    [InlineData(null, "/account/login")]
    [InlineData(null, "/en/account/register")]
    [InlineData("sme@example.jp", "/procurement/enterprises/mine")]
    [InlineData("buyer@example.jp", "/procurement/mine/tenders/new")]
    [InlineData("sme@example.jp", "/procurement/searches/new")]
    public async Task AFormWithoutErrorsHasNoSummaryAndNoInlineStyle(string? email, string path)
    {
        var client = email is null ? PortalClient.For(fixture.Sqlite) : await PortalClient.SignedInAsync(fixture.Sqlite, email);

        var (response, page) = await client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main form"));
        Assert.Empty(page.QuerySelectorAll("main [data-valmsg-summary], main .validation-summary-valid, main #error-summary"));
        Assert.DoesNotContain(page.QuerySelectorAll("main [role=alert]"), alert => string.IsNullOrWhiteSpace(alert.TextContent));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AFormWithErrorsListsThemInItsSummary(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);

        var response = await client.PostFormAsync("/account/register", "/account/register", new Dictionary<string, string> { ["Email"] = "" });
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = Assert.Single(page.QuerySelectorAll("main #error-summary[role=alert]"));
        Assert.Contains("メールアドレスを入力してください。", summary.TextContent);
        Assert.Empty(summary.QuerySelectorAll("[style]"));
    }
}
