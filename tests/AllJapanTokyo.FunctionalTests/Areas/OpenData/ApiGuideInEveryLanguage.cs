using System.Text.Json.Nodes;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.OpenData.Controllers;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// /api lists every documented path of /openapi/v1.json with its description in the page's language: the summary's
/// Japanese or English half, and in Chinese and Korean the translation of its Japanese half; the terms of use are named
/// in the reader's language.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiGuideInEveryLanguage(PortalFixture fixture)
{
    [Theory]
    [InlineData("", "ja")]
    [InlineData("/en", "en")]
    [InlineData("/zh-hans", "zh-Hans")]
    [InlineData("/ko", "ko")]
    public async Task EveryListIsDescribedInThePagesLanguage(string prefix, string code)
    {
        var client = PortalClient.For(fixture.Sqlite);
        var language = PortalLanguage.All.Single(l => l.Code == code);
        var document = JsonNode.Parse(await client.Http.GetStringAsync("/openapi/v1.json"))!;
        var summaries = document["paths"]!.AsObject()
            .Where(p => p.Value?["get"] is not null)
            .Select(p => ApiGuideList.Split((string?)p.Value!["get"]!["summary"] ?? ""))
            .ToList();

        var (_, page) = await client.GetPageAsync(prefix + "/api");
        var rows = page.QuerySelectorAll("section[aria-labelledby=lists-heading] tbody tr").Select(r => r.Children[1]).ToList();
        Assert.Equal(summaries.Count, rows.Count);
        Assert.All(rows, r => Assert.Null(r.GetAttribute("lang")));
        Assert.Equal(
            summaries.Select(s => language == PortalLanguage.Japanese ? s.Ja : language == PortalLanguage.English ? s.En : Texts.In(language, s.Ja)),
            rows.Select(r => r.TextContent.Trim()));

        var terms = page.QuerySelector("#terms-heading + p")!.TextContent;
        Assert.Contains(language == PortalLanguage.Japanese ? "政府標準利用規約（第2.0版）" : Texts.In(language, "政府標準利用規約（第2.0版）"), terms, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", terms, StringComparison.Ordinal);
    }
}
