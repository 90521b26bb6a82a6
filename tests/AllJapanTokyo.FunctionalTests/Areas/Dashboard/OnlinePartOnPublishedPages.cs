using System.Net;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Reporting.ReportingData;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

/// <summary>
/// Approving a report moves published figures: these tests get portals of their own, so that the FY2020 food fair
/// report of Niigata (which the reporting journey approves with other numbers) is entered here once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublishedFiguresCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "PublishedFigures";
}

/// <summary>
/// A figure and the part of it held online (出展 4, うちオンライン 4) reach every published page and download through
/// the real workflow: the total is never added to its part (the dashboard once showed 8), and the part keeps its own
/// label (「出展企業・団体数（うちオンライン）」) in every language.
/// </summary>
[Collection(PublishedFiguresCollection.Name)]
public sealed class OnlinePartOnPublishedPages(PortalFixture fixture)
{
    private const string Metric = "2-3:exhibitors";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NiigatasFourExhibitorsAllOnlineArePublishedAsFourWithTheOnlinePartLabelled(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await ApproveNiigatasFairAsync(portal);
        var visitor = PortalClient.For(portal);
        var label = await portal.WithDbAsync(db => db.IndicatorDefinitions.Where(d => d.Code == "exhibitors").Select(d => d.Label).SingleAsync());
        var niigata = await portal.WithDbAsync(db => db.Prefectures.Where(p => p.Code == Niigata).Select(p => p.Name).SingleAsync());

        // The dashboard, its CSV and its workbook: 4, not 4 + 4.
        var (response, page) = await visitor.GetPageAsync($"/dashboard?fy=2020&indicator={Metric}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("4企業・団体", page.QuerySelector($"#participation-table tr[data-prefecture='{Niigata}'] .metric-value")!.TextContent.Trim());
        var csv = (await Downloads.CsvLinesAsync(await visitor.GetAsync($"/dashboard.csv?fy=2020&indicator={Metric}"))).Single(l => l.StartsWith(Niigata + ",", StringComparison.Ordinal));
        Assert.Equal("4", csv.Split(',')[3]);
        var xlsx = (await Downloads.WorkbookRowsAsync(await visitor.GetAsync($"/dashboard.xlsx?fy=2020&indicator={Metric}"))).Single(r => r[0] == Niigata);
        Assert.Equal("4", xlsx[3]);
        Assert.Equal("1", xlsx[5]);

        // The trend is the programme's own figure (39, online), untouched by a prefecture's report; the matrix counts a year once.
        var trend = (await Downloads.CsvLinesAsync(await visitor.GetAsync("/dashboard/trends/2-3/exhibitors.csv"))).Single(l => l.Contains(",2020,", StringComparison.Ordinal));
        Assert.Equal("39", trend.Split(',')[4]);
        var matrix = (await Downloads.CsvLinesAsync(await visitor.GetAsync("/dashboard/matrix.csv?fy=2020"))).Single(l => l.StartsWith(Niigata + ",", StringComparison.Ordinal)).Split(',');
        Assert.All(matrix[2..^1], cell => Assert.True(cell is "0" or "1", cell));

        // The prefecture's profile, the initiative's page and the yearly report, in each language: two rows, two labels.
        foreach (var language in PortalLanguage.All)
        {
            var total = label.In(language.Code)!;
            var part = Texts.In(language, "{0}（うちオンライン）", total);
            var prefix = language.UrlPrefix.Length == 0 ? "" : "/" + language.UrlPrefix;

            (_, page) = await visitor.GetPageAsync($"{prefix}/prefectures/{Niigata}");
            Assert.Equal([total, part], Labels(page, "#figures-table", total, part));
            (_, page) = await visitor.GetPageAsync($"{prefix}/dashboard/initiatives/2-3");
            Assert.Equal([total, part], Labels(page, "#prefecture-figures-table", total, part));

            (_, page) = await visitor.GetPageAsync($"{prefix}/reports/2020");
            var name = niigata.In(language.Code)!;
            string[] reported = [Texts.In(language, "{0}（{1}）", total, name), Texts.In(language, "{0}（{1}）", part, name)];
            Assert.Equal(reported, page.QuerySelectorAll("tr[data-indicator=exhibitors] th").Select(th => th.TextContent.Trim()).Where(reported.Contains));
            (_, page) = await visitor.GetPageAsync($"{prefix}/fairs?fy=2020");
            Assert.Equal(reported, page.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()).Where(reported.Contains));
            (_, page) = await visitor.GetPageAsync($"{prefix}/fairs/initiatives/2-3");
            Assert.Equal([total, part], page.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent.Trim()).Where(t => t == total || t == part));
        }

        // The report's downloads: one row each, 4 and 4, under their two labels.
        var reportRows = (await Downloads.WorkbookRowsAsync(await visitor.GetAsync("/reports/2020.xlsx"), "取組状況")).Where(r => r[1] == "2-3" && r[3] == "exhibitors" && r[4].EndsWith("（新潟県）", StringComparison.Ordinal)).ToList();
        Assert.Equal([("出展企業・団体数（新潟県）", "4"), ("出展企業・団体数（うちオンライン）（新潟県）", "4")], reportRows.Select(r => (r[4], r[5])));
        var reportCsv = await Downloads.CsvLinesAsync(await visitor.GetAsync("/reports/2020.csv"));
        Assert.Single(reportCsv, l => l.Contains(",exhibitors,出展企業・団体数（新潟県）,4,", StringComparison.Ordinal));
        Assert.Single(reportCsv, l => l.Contains(",exhibitors,出展企業・団体数（うちオンライン）（新潟県）,4,", StringComparison.Ordinal));
    }

    /// <summary>The indicator labels of a figure table's rows (third column) that read as the figure or its part, in page order.</summary>
    private static string[] Labels(IHtmlDocument page, string table, params string[] labels) =>
        page.QuerySelectorAll($"{table} tbody tr")
            .Select(tr => tr.QuerySelectorAll("td, th").ElementAtOrDefault(2)?.TextContent.Trim())
            .Where(label => labels.Contains(label))
            .ToArray()!;

    /// <summary>The reporting workflow, as people go through it: re-opened, entered and submitted, approved.</summary>
    private static async Task ApproveNiigatasFairAsync(PortalFactory portal)
    {
        var url = Url(2020);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var staff = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(url, url + "/exception", new Dictionary<string, string> { ["days"] = "14" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(staff, url, FairForm(exhibitors: "4", exhibitorsOnline: "4", prefectures: "1", cities: "0", command: "submit"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(official, url, "approve")).StatusCode);
    }
}
