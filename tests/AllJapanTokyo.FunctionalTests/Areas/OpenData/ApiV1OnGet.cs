using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// The open-data API's reference lists: the same prefectures and regions as the prefectures page, paged by cursor, as
/// JSON and CSV, with the published-data version as ETag, open to other origins, and problems in the caller's language.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiV1OnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PrefecturesAndRegionsAreThoseOfThePrefecturesPage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);

        var (_, page) = await client.GetPageAsync("/prefectures");
        var shown = page.QuerySelectorAll("section[aria-labelledby=regions-heading] .col")
            .Select(c => (Region: c.QuerySelector("h3")!.TextContent.Trim(),
                Prefectures: c.QuerySelectorAll("li a").Select(a => (Code: a.GetAttribute("href")!.Split('/')[^1], Name: a.TextContent.Trim())).ToList()))
            .ToList();

        var items = new List<JsonNode>();
        string? next = "/api/v1/prefectures?limit=20";
        var pages = 0;
        while (next is not null)
        {
            var json = JsonNode.Parse(await client.Http.GetStringAsync(next))!;
            items.AddRange(json["items"]!.AsArray().Select(i => i!));
            next = (string?)json["next"];
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(47, items.Count);
        Assert.Equal(
            shown.SelectMany(r => r.Prefectures.Select(p => (p.Code, p.Name, r.Region))).OrderBy(p => p.Code),
            items.Select(i => ((string)i["code"]!, (string)i["nameJa"]!, (string)i["regionJa"]!)));

        var regions = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/regions"))!["items"]!.AsArray();
        Assert.Equal(
            shown.Select(r => (r.Region, string.Join(' ', r.Prefectures.Select(p => p.Code).Order()))).OrderBy(r => r.Region),
            regions.Select(r => ((string)r!["regionJa"]!, string.Join(' ', r["prefectureCodes"]!.AsArray().Select(c => (string)c!)))).OrderBy(r => r.Item1));

        var csv = await client.GetAsync("/api/v1/prefectures?limit=1000&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,name_ja,name_en,name_zh_hans,name_ko,name_kana,region_ja,region_en", lines[0]);
        Assert.Equal(items.Select(i => (string)i["code"]!), lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnswersCarryThePublishedDataVersionAndOpenToOtherOrigins(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);

        var first = await client.GetAsync("/api/v1/prefectures/13");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var version = await portal.WithDbAsync(db => db.CurrentVersionAsync());
        Assert.Equal($"\"pd-{version}\"", first.Headers.ETag!.Tag);
        Assert.Equal("東京都", (string?)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["nameJa"]);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/prefectures/13");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.Http.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/prefectures/tokyo", "en", HttpStatusCode.BadRequest, "A prefecture code is two digits from 01 to 47 (JIS X 0401).")]
    [InlineData("/api/v1/prefectures/1", "ja", HttpStatusCode.BadRequest, "都道府県コードは01から47までの2桁の数字（JIS X 0401）で指定してください。")]
    [InlineData("/api/v1/prefectures/48", "ko", HttpStatusCode.NotFound, "코드 \"48\"의 도도부현은 없습니다.")]
    [InlineData("/api/v1/prefectures?limit=0", "zh-Hans", HttpStatusCode.BadRequest, "limit 请指定 1 到 1000 之间的整数。")]
    [InlineData("/api/v1/prefectures?cursor=xx", "en", HttpStatusCode.BadRequest, "cursor is not valid: give the value of next from the page before.")]
    [InlineData("/api/v1/regions?format=xml", "en-GB,en;q=0.8", HttpStatusCode.BadRequest, "format must be json or csv.")]
    public async Task BadParametersAre400AndUnknownIds404AsProblemJsonInTheCallersLanguage(string url, string acceptLanguage, HttpStatusCode status, string detail)
    {
        await ApiAnswers.AssertProblemAsync(PortalClient.For(fixture.Sqlite), url, acceptLanguage, status, detail);
    }
}
