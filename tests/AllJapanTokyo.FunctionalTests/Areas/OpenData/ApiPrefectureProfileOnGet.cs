using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// /api/v1/prefectures/{code}/profile against the public profile page /prefectures/{code}: the same measures by year,
/// events, craft collaborations, fund investees, tourism partnerships, routes and figures, for all years and for one
/// fiscal year; codes that are no JIS prefecture code answer 400 in the caller's language.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ApiPrefectureProfileOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheProfileIsWhatThePageShows(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);

        // Tokyo, Osaka (fund investees and events) and Fukui (tourism partnership and model route).
        foreach (var code in new[] { "13", "27", "18" })
        {
            var (_, page) = await client.GetPageAsync($"/en/prefectures/{code}");
            var profile = JsonNode.Parse(await client.Http.GetStringAsync($"/api/v1/prefectures/{code}/profile"))!;
            Assert.Equal(code, (string)profile["prefecture"]!["code"]!);
            Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), (string)profile["prefecture"]!["nameEn"]!);
            Assert.Null(profile["fiscalYear"]);

            var measures = Measures(profile);
            Assert.Equal(YearRows(page), measures);
            Assert.Equal(EventRows(page), Events(profile));
            Assert.Equal(page.QuerySelectorAll("#crafts-table tbody th").Select(t => t.TextContent.Trim()),
                profile["craftCollaborations"]!.AsArray().Select(c => (string)c!["productJa"]!));
            Assert.Equal(
                page.QuerySelectorAll("#fund-table tbody tr").Select(r => (
                    int.Parse(r.QuerySelector("th a")!.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture),
                    r.QuerySelector("td[data-relation]")!.GetAttribute("data-relation") == "based")),
                profile["fundInvestees"]!.AsArray().Select(f => ((int)f!["id"]!, (bool)f["basedHere"]!)));
            Assert.All(profile["fundInvestees"]!.AsArray(), f => Assert.DoesNotContain(f!["partnersHere"]!.AsArray(), p => (bool)p!["isSynthetic"]!));
            Assert.Equal(
                page.QuerySelectorAll("#tourism-table tbody tr").Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelector("td a")!.TextContent.Trim())),
                profile["tourismPartnerships"]!.AsArray().Select(t => ((string)t!["partnerJa"]!, (string)t["measureCode"]!)));
            Assert.Equal(
                page.QuerySelectorAll("section[aria-labelledby=routes-heading] article").Select(a => a.QuerySelectorAll("li").Length),
                profile["routes"]!.AsArray().Select(r => r!["days"]!.AsArray().Count));
            Assert.Equal(FigureRows(page), Figures(profile));

            if (code == "13")
            {
                continue;
            }

            // One fiscal year: the parts with a year are the page's rows of that year; the others are whole.
            Assert.NotEmpty(measures);
            var year = measures.GroupBy(m => m.Year).MaxBy(g => g.Count())!.Key;
            var inYear = JsonNode.Parse(await client.Http.GetStringAsync($"/api/v1/prefectures/{code}/profile?fy={year}"))!;
            Assert.Equal(year, (int?)inYear["fiscalYear"]);
            Assert.Equal(YearRows(page).Where(r => r.Year == year), Measures(inYear));
            Assert.Equal(EventRows(page).Where(r => r.Year == year), Events(inYear));
            Assert.Equal(FigureRows(page).Where(r => r.Year == year), Figures(inYear));
            Assert.Equal(
                profile["tourismPartnerships"]!.AsArray().Where(t => (int)t!["sinceFiscalYear"]! <= year && ((int?)t["untilFiscalYear"] ?? year) >= year).Select(t => t!.ToJsonString()),
                inYear["tourismPartnerships"]!.AsArray().Select(t => t!.ToJsonString()));
            foreach (var whole in new[] { "craftCollaborations", "fundInvestees", "routes" })
            {
                Assert.Equal(profile[whole]!.ToJsonString(), inYear[whole]!.ToJsonString());
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BadCodesAre400InTheCallersLanguageAndTheAnswerCarriesTheVersion(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);

        const string codeRule = "都道府県コードは01から47までの2桁の数字（JIS X 0401）で指定してください。";
        foreach (var code in new[] { "99", "1", "ab", "00" })
        {
            await ApiAnswers.AssertProblemAsync(client, $"/api/v1/prefectures/{code}/profile", "ja", HttpStatusCode.BadRequest, codeRule);
            await ApiAnswers.AssertProblemAsync(client, $"/api/v1/prefectures/{code}/profile", "en", HttpStatusCode.BadRequest, Texts.En(codeRule));
        }

        await ApiAnswers.AssertProblemAsync(client, "/api/v1/prefectures/13/profile?fy=20", "ko", HttpStatusCode.BadRequest, Texts.Ko("パラメーター {0} の値「{1}」は使えません。", "fy", "20"));
        await ApiAnswers.AssertProblemAsync(client, "/api/v1/prefectures/13/profile?synthetic=all", "zh-Hans", HttpStatusCode.BadRequest, Texts.ZhHans("パラメーター {0} の値「{1}」は使えません。", "synthetic", "all"));

        var answer = await client.GetAsync("/api/v1/prefectures/27/profile");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal($"\"pd-{await portal.WithDbAsync(db => db.CurrentVersionAsync())}\"", answer.Headers.ETag!.Tag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/prefectures/27/profile?fy=2020");
        again.Headers.IfNoneMatch.Add(answer.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.Http.SendAsync(again)).StatusCode);
    }

    private static List<(int Year, string Measure)> Measures(JsonNode profile) =>
        profile["measures"]!.AsArray().Select(m => ((int)m!["fiscalYear"]!, (string)m["measureCode"]!)).ToList();

    private static List<(int Year, string Measure, string Name)> Events(JsonNode profile) =>
        profile["events"]!.AsArray().Select(e => ((int)e!["fiscalYear"]!, (string)e["measureCode"]!, (string)e["nameJa"]!)).ToList();

    private static List<(int Year, string Measure)> Figures(JsonNode profile) =>
        profile["figures"]!.AsArray().Select(f => ((int)f!["fiscalYear"]!, (string)f["measureCode"]!)).ToList();

    private static List<(int Year, string Measure)> YearRows(IDocument page) =>
        page.QuerySelectorAll("#years-table tbody tr").Select(r => (Year(r.QuerySelector("th")!), r.QuerySelector("td a")!.TextContent.Trim())).ToList();

    private static List<(int Year, string Measure, string Name)> EventRows(IDocument page) =>
        page.QuerySelectorAll("section[aria-labelledby=events-heading] table tbody tr")
            .Select(r => (Year(r.Children[0]), r.Children[1].QuerySelector("a")!.TextContent.Trim(), r.Children[2].TextContent.Trim()))
            .ToList();

    private static List<(int Year, string Measure)> FigureRows(IDocument page) =>
        page.QuerySelectorAll("#figures-table tbody tr").Select(r => (Year(r.Children[0]), r.Children[1].QuerySelector("a")!.TextContent.Trim())).ToList();

    /// <summary>The fiscal year of an English label ("FY2020").</summary>
    private static int Year(IElement cell) => int.Parse(FourDigits().Match(cell.TextContent).Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("[0-9]{4}")]
    private static partial Regex FourDigits();
}
