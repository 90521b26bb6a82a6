using System.Net;
using System.Text.Json.Nodes;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// The open-data API's programme lists against the public pages that show the same data: the chapters and measures of
/// the progress report, the indicators the dashboard and its trends offer, and the approved values of a report's tables,
/// as JSON and CSV.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiProgrammeOnGet(PortalFixture fixture)
{
    private const int ReportYear = 2020;

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChaptersAndMeasuresAreThoseOfTheProgressReport(string provider)
    {
        var client = PortalClient.For(await fixture.OnAsync(provider));
        var (_, report) = await client.GetPageAsync($"/reports/{ReportYear}");
        var chapters = report.QuerySelectorAll("section.report-chapter")
            .Select(c => (Number: c.GetAttribute("data-chapter")!, Title: c.QuerySelector("h2")!.TextContent.Trim()))
            .ToList();
        var measures = report.QuerySelectorAll("section.report-measure")
            .Select(m => (Code: m.GetAttribute("data-measure")!, Chapter: m.Closest("section.report-chapter")!.GetAttribute("data-chapter")!,
                Title: m.QuerySelector("h3")!.TextContent, Programme: m.QuerySelector(".report-programme [lang=ja]")!.TextContent))
            .ToList();
        Assert.Equal(6, chapters.Count);
        Assert.Equal(26, measures.Count);

        var apiChapters = await ApiAnswers.AllAsync(client, "/api/v1/chapters?limit=4");
        Assert.Equal(chapters, apiChapters.Select(c => (((int)c["number"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), $"{(int)c["number"]!}．{(string)c["titleJa"]!}")));

        var apiMeasures = await ApiAnswers.AllAsync(client, "/api/v1/measures?limit=10");
        Assert.Equal(measures.Select(m => (m.Code, m.Chapter, m.Programme)),
            apiMeasures.Select(m => ((string)m["code"]!, ((int)m["chapter"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), (string)m["programmeJa"]!)));
        Assert.All(measures.Zip(apiMeasures), pair => Assert.Contains((string)pair.Second["titleJa"]!, pair.First.Title, StringComparison.Ordinal));
        Assert.All(apiMeasures, m => Assert.False(string.IsNullOrEmpty((string?)m["titleEn"])));

        var csv = await ApiAnswers.CsvLinesAsync(client, "/api/v1/measures?format=csv");
        Assert.Equal("code,chapter,number,title_ja,title_en,title_zh_hans,title_ko,programme_ja,since_fiscal_year", csv[0]);
        Assert.Equal(measures.Select(m => m.Code), csv.Skip(1).Select(l => l.Split(',')[0]));
        var chapterCsv = await ApiAnswers.CsvLinesAsync(client, "/api/v1/chapters?format=csv");
        Assert.Equal(chapters.Select(c => c.Number), chapterCsv.Skip(1).Select(l => l.Split(',')[0]));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AMeasuresIndicatorsCoverItsReportTablesAndItsTrends(string provider)
    {
        var client = PortalClient.For(await fixture.OnAsync(provider));
        var (_, report) = await client.GetPageAsync($"/reports/{ReportYear}");
        var (_, trends) = await client.GetPageAsync("/dashboard/trends");
        var measure = report.QuerySelectorAll("section.report-measure")
            .First(m => m.QuerySelectorAll("table.report-figures tr[data-indicator]").Length > 1);
        var code = measure.GetAttribute("data-measure")!;

        var detail = JsonNode.Parse(await client.Http.GetStringAsync($"/api/v1/measures/{code}"))!;
        Assert.Equal(code, (string?)detail["code"]);
        var indicators = detail["indicators"]!.AsArray().Select(i => (string)i!["code"]!).ToList();
        Assert.Subset(indicators.ToHashSet(), measure.QuerySelectorAll("table.report-figures tr[data-indicator]").Select(r => r.GetAttribute("data-indicator")!).ToHashSet());
        Assert.Subset(indicators.ToHashSet(), trends.QuerySelectorAll($"tr[data-initiative='{code}']").Select(r => r.GetAttribute("data-indicator")!).ToHashSet());
        Assert.All(detail["indicators"]!.AsArray(), i => Assert.False(string.IsNullOrEmpty((string?)i!["unitJa"])));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorsAreThoseTheDashboardAndItsTrendsOffer(string provider)
    {
        var client = PortalClient.For(await fixture.OnAsync(provider));
        var (_, trends) = await client.GetPageAsync("/dashboard/trends");
        var programme = trends.QuerySelectorAll("tr[data-initiative]")
            .Select(r => (Measure: r.GetAttribute("data-initiative")!, Code: r.GetAttribute("data-indicator")!, Label: r.QuerySelector("td:nth-child(2) a")!.TextContent.Trim()))
            .ToHashSet();
        var (_, dashboard) = await client.GetPageAsync("/dashboard");
        var prefectureLevel = new HashSet<string>(StringComparer.Ordinal);
        foreach (var year in dashboard.QuerySelectorAll("#fy option").Select(o => o.GetAttribute("value")!))
        {
            var (_, page) = await client.GetPageAsync($"/dashboard?fy={year}");
            prefectureLevel.UnionWith(page.QuerySelectorAll("#indicator option").Select(o => o.GetAttribute("value")!).Where(v => v.Contains(':', StringComparison.Ordinal)));
        }

        var items = await ApiAnswers.AllAsync(client, "/api/v1/indicators?limit=25");
        Assert.NotEmpty(items);
        var api = items.Select(i => (Measure: (string)i["measureCode"]!, Code: (string)i["code"]!, Label: (string)i["labelJa"]!, Kind: (string)i["kind"]!)).ToList();
        Assert.Equal(api.Count, api.Select(i => (i.Measure, i.Code)).Distinct().Count());
        Assert.Subset(api.Where(i => i.Kind != "prefecture").Select(i => (i.Measure, i.Code, i.Label)).ToHashSet(), programme);
        Assert.Equal(prefectureLevel.Order(StringComparer.Ordinal),
            api.Where(i => i.Kind != "programme").Select(i => $"{i.Measure}:{i.Code}").Order(StringComparer.Ordinal));

        var narrowed = await ApiAnswers.AllAsync(client, $"/api/v1/indicators?measure={api[0].Measure}");
        Assert.Equal(api.Where(i => i.Measure == api[0].Measure).Select(i => i.Code), narrowed.Select(i => (string)i["code"]!));
        var csv = await ApiAnswers.CsvLinesAsync(client, "/api/v1/indicators?format=csv&limit=1000");
        Assert.Equal("code,measure,label_ja,label_en,label_zh_hans,label_ko,unit_ja,unit_en,unit_zh_hans,unit_ko,kind", csv[0]);
        Assert.Equal(api.Select(i => $"{i.Code},{i.Measure}"), csv.Skip(1).Select(l => string.Join(',', l.Split(',')[..2])));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AYearsValuesAreTheFiguresOfItsReport(string provider)
    {
        var client = PortalClient.For(await fixture.OnAsync(provider));
        var (_, report) = await client.GetPageAsync($"/reports/{ReportYear}");
        var shown = report.QuerySelectorAll("section.report-measure")
            .ToDictionary(m => m.GetAttribute("data-measure")!,
                m => m.QuerySelectorAll("table.report-figures tbody tr[data-indicator]").Select(r => r.GetAttribute("data-indicator")!).Order(StringComparer.Ordinal).ToList());
        Assert.Contains(shown, m => m.Value.Count > 0);

        foreach (var (measure, indicators) in shown)
        {
            var values = await ApiAnswers.AllAsync(client, $"/api/v1/values?fy={ReportYear}&measure={measure}");
            Assert.Equal(indicators, values.Select(v => (string)v["indicatorCode"]!).Order(StringComparer.Ordinal));
        }

        var csv = await ApiAnswers.CsvLinesAsync(client, $"/api/v1/values?fy={ReportYear}&limit=1000&format=csv");
        Assert.Equal(shown.Values.Sum(v => v.Count), csv.Length - 1);
    }

    [Theory]
    [InlineData("/api/v1/measures/2_6", "en", HttpStatusCode.BadRequest, "A measure code is the chapter and the number joined by a hyphen, e.g. \"2-6\".")]
    [InlineData("/api/v1/measures/9-99", "ja", HttpStatusCode.NotFound, "施策コード「9-99」の施策はありません。")]
    [InlineData("/api/v1/measures?cursor=9-99", "en", HttpStatusCode.BadRequest, "cursor is not valid: give the value of next from the page before.")]
    [InlineData("/api/v1/chapters?limit=5000", "ja", HttpStatusCode.BadRequest, "limit には1から1000までの整数を指定してください。")]
    [InlineData("/api/v1/indicators?measure=x", "ko", HttpStatusCode.BadRequest, "시책 코드는 \"2-6\"처럼 장과 번호를 하이픈으로 이어서 지정하십시오.")]
    [InlineData("/api/v1/indicators?format=xml", "zh-Hans", HttpStatusCode.BadRequest, "format 请指定 json 或 csv。")]
    public async Task BadParametersAre400AndUnknownMeasures404InTheCallersLanguage(string url, string acceptLanguage, HttpStatusCode status, string detail)
    {
        await ApiAnswers.AssertProblemAsync(PortalClient.For(fixture.Sqlite), url, acceptLanguage, status, detail);
    }

    [Fact]
    public async Task TheListsCarryThePublishedDataVersion()
    {
        var client = PortalClient.For(fixture.Sqlite);
        foreach (var url in new[] { "/api/v1/chapters", "/api/v1/measures", "/api/v1/measures/2-6", "/api/v1/indicators" })
        {
            var first = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());
            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            Assert.Equal(HttpStatusCode.NotModified, (await client.Http.SendAsync(again)).StatusCode);
        }
    }
}
