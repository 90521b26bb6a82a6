using System.Net;
using System.Text.Json.Nodes;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// The open-data API's events against the event tables of the progress report: the same events of each measure, the
/// cancelled and not-held ones as cancelled with the same reason, narrowed by status, as JSON and CSV.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiEventsOnGet(PortalFixture fixture)
{
    private const int ReportYear = 2020;

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AYearsEventsAreThoseOfItsReportWithTheirStatusAndReason(string provider)
    {
        var client = PortalClient.For(await fixture.OnAsync(provider));
        var (_, report) = await client.GetPageAsync($"/reports/{ReportYear}");
        var shown = report.QuerySelectorAll("section.report-measure")
            .SelectMany(m => m.QuerySelectorAll("table.report-events tbody tr").Select(r =>
            {
                var status = r.QuerySelector("td:nth-child(5)")!;
                var cancelled = status.TextContent.Contains("中止", StringComparison.Ordinal) || status.TextContent.Contains("実施せず", StringComparison.Ordinal);
                return (Measure: m.GetAttribute("data-measure")!, Name: r.QuerySelector("th")!.TextContent.Trim(), Cancelled: cancelled,
                    Reason: cancelled ? status.QuerySelector("[lang=ja]")?.TextContent : null);
            }))
            .OrderBy(e => e.Measure, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(shown);

        var items = await ApiAnswers.AllAsync(client, $"/api/v1/events?fy={ReportYear}&limit=7");
        Assert.Equal(shown, items
            .Select(e => ((string)e["measureCode"]!, (string)e["nameJa"]!, (string)e["status"]! == "cancelled", (string?)e["cancelReasonJa"]))
            .OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal));
        Assert.All(items, e => Assert.False((bool)e["isSynthetic"]!));

        var cancelled = await ApiAnswers.AllAsync(client, $"/api/v1/events?fy={ReportYear}&status=cancelled");
        Assert.Equal(shown.Count(e => e.Cancelled), cancelled.Count);
        var measure = shown[0].Measure;
        var ofMeasure = await ApiAnswers.AllAsync(client, $"/api/v1/events?fy={ReportYear}&measure={measure}");
        Assert.Equal(shown.Where(e => e.Measure == measure).Select(e => e.Name), ofMeasure.Select(e => (string)e["nameJa"]!).Order(StringComparer.Ordinal));

        var csv = await ApiAnswers.CsvLinesAsync(client, $"/api/v1/events?fy={ReportYear}&limit=1000&format=csv");
        Assert.Equal("id,fiscal_year,measure,name_ja,status,activity_status,cancel_reason_ja,start,end,format,venue_ja,host_prefecture,prefectures,synthetic_label", csv[0]);
        Assert.Equal(items.Select(e => ((int)e["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture)), csv.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Theory]
    [InlineData("/api/v1/events?status=done", "en", "The value \"done\" cannot be used for the parameter status.")]
    [InlineData("/api/v1/events?fy=20", "ja", "パラメーター fy の値「20」は使えません。")]
    [InlineData("/api/v1/events?measure=2", "en", "A measure code is the chapter and the number joined by a hyphen, e.g. \"2-6\".")]
    [InlineData("/api/v1/events?cursor=x", "en", "cursor is not valid: give the value of next from the page before.")]
    public async Task BadFiltersAre400InTheCallersLanguage(string url, string acceptLanguage, string detail)
    {
        await ApiAnswers.AssertProblemAsync(PortalClient.For(fixture.Sqlite), url, acceptLanguage, HttpStatusCode.BadRequest, detail);
    }
}
