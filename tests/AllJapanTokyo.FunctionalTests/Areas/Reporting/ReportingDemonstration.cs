using System.Net;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Reporting.ReportingData;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>
/// Development's demonstration reports (the test portal runs as Development): the fiscal year the clock is in is open
/// for entry, Niigata can enter its fair at once, reports stand in every state, and all of it is synthetic — marked
/// 「架空データ」 on the report pages, never on public pages or in the trend of the programme's figures.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportingDemonstration(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheCurrentFiscalYearIsOpenWithSyntheticReportsInEveryState(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var year = EntryWindow.FiscalYearAt(DateTime.UtcNow);
        var reports = await portal.WithDbAsync(db => db.ReportSubmissions.AsNoTracking().Where(s => s.FiscalYear == year).ToListAsync());
        Assert.All(reports, r => Assert.True(r.IsSynthetic));
        Assert.Equal([ReviewState.Draft, ReviewState.Submitted, ReviewState.Returned, ReviewState.Approved], reports.Select(r => r.State).Distinct().Order());
        Assert.All(await portal.WithDbAsync(db => db.IndicatorValues.AsNoTracking().Where(v => v.FiscalYear == year).ToListAsync()), v => Assert.True(v.IsSynthetic));

        // Niigata's list shows the fair open for entry, not started, marked synthetic; the form takes values at once.
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var (_, page) = await niigata.GetPageAsync("/reporting");
        var row = page.QuerySelectorAll("#my-reports tbody tr").Single(tr => tr.QuerySelector($"a[href='{Url(year)}']") is not null);
        Assert.Equal("入力受付中", row.QuerySelector(".entry")!.TextContent.Trim());
        Assert.Contains("架空データ", row.TextContent, StringComparison.Ordinal);
        (_, page) = await niigata.GetPageAsync(Url(year));
        Assert.NotNull(page.QuerySelector("button[value=submit]"));
        Assert.Null(page.QuerySelector("#read-only-reason"));

        // The official's completeness of the year counts the demonstration's states.
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        (var response, page) = await official.GetPageAsync($"/reporting/completeness?fy={year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fair = page.QuerySelector("#completeness-summary tr[data-initiative='2-3']")!;
        Assert.Equal("1", fair.QuerySelector($"td[data-status='{ReportStatus.NotStarted}']")!.TextContent.Trim());
        Assert.Equal("1", fair.QuerySelector($"td[data-status='{ReportStatus.Submitted}']")!.TextContent.Trim());

        // The export of the year (its default) has the demonstration's values, each marked 架空 in the column only such
        // a file has.
        var export = (await Downloads.CsvLinesAsync(await official.GetAsync("/reporting/export"))).Where(line => line.Length > 0).ToList();
        Assert.Equal("prefecture_code,initiative,fiscal_year,indicator,format,value,qualifier,status,comment,synthetic", export[0]);
        Assert.True(export.Count > 1, "The demonstration's values should be exported.");
        Assert.All(export.Skip(1), line => Assert.EndsWith(",架空", line, StringComparison.Ordinal));
        Assert.All(export.Skip(1), line => Assert.Contains($",{year},", line, StringComparison.Ordinal));

        // One report, one word: Fukui's returned fair reads 「差戻し」 on the completeness matrix and on its form, and
        // Osaka's submitted one 「提出済み（審査中）」 on Osaka's list too.
        foreach (var (prefecture, word) in new[] { ("18", "差戻し"), (Osaka, "提出済み（審査中）") })
        {
            Assert.Equal(word, page.QuerySelector($"#completeness-matrix a[href='{Url(year, prefecture: prefecture)}']")!.TextContent.Trim());
            var (_, form) = await official.GetPageAsync(Url(year, prefecture: prefecture));
            Assert.Equal(word, form.QuerySelector("#report-state .badge")!.TextContent.Trim());
        }

        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");
        var (_, list) = await osaka.GetPageAsync("/reporting");
        var listed = list.QuerySelectorAll("#my-reports tbody tr").Single(tr => tr.QuerySelector($"a[href='{Url(year, prefecture: Osaka)}']") is not null);
        Assert.Equal("提出済み（審査中）", listed.QuerySelector(".status")!.TextContent.Trim());

        // Public pages never show it: no approved demonstration figure in the trend, no 架空 on Osaka's profile.
        var visitor = PortalClient.For(portal);
        var trend = await Downloads.CsvLinesAsync(await visitor.GetAsync("/dashboard/trends/2-3/exhibitors.csv"));
        Assert.DoesNotContain(trend, l => l.Contains($",{year},", StringComparison.Ordinal));
        (_, page) = await visitor.GetPageAsync($"/prefectures/{Osaka}");
        Assert.DoesNotContain("架空", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
