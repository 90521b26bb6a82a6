using System.Globalization;
using System.Net;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Dashboard.Procurement;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

/// <summary>/dashboard/procurement: the tender portal's figures for initiative 1-1, programme data and synthetic data apart.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProcurementFiguresOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CountsEnterprisesBuyersAndTendersWithSyntheticRowsApart(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var expected = await portal.WithDbAsync(async db => new
        {
            Approved = await db.Enterprises.CountAsync(e => !e.IsSynthetic && e.ScreeningStatus == ScreeningStatus.Approved),
            ApprovedSynthetic = await db.Enterprises.CountAsync(e => e.IsSynthetic && e.ScreeningStatus == ScreeningStatus.Approved),
            EBidding = await db.Organizations.CountAsync(o => !o.IsSynthetic && o.IsBuyer && o.UsesEBidding),
            Published = await db.Tenders.Where(t => t.PublishedAtUtc != null).Select(t => new { t.PublishedAtUtc, t.IsSynthetic, t.DeliveryPrefectureCode }).ToListAsync(),
        });

        var (response, page) = await PortalClient.For(portal).GetPageAsync("/dashboard/procurement");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var summary = page.QuerySelector("#procurement-summary")!;
        Assert.Equal(N(expected.Approved), summary.QuerySelector("tr[data-figure='approved-enterprises'] td.real")!.TextContent.Trim());
        var synthetic = summary.QuerySelector("tr[data-figure='approved-enterprises'] td.synthetic")!;
        Assert.Contains("架空データ", synthetic.QuerySelector(".badge-synthetic")!.TextContent);
        Assert.EndsWith(N(expected.ApprovedSynthetic), synthetic.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(N(expected.EBidding), summary.QuerySelector("tr[data-figure='e-bidding-organizations'] td.real")!.TextContent.Trim());

        // The report's own figures beside the counted ones.
        var reported = page.QuerySelector("#procurement-reported")!.TextContent;
        Assert.Contains("36,000件以上", reported);
        Assert.Contains("29団体", reported);

        // Tenders by the fiscal year of publication (Japan time) and by delivery prefecture, synthetic apart.
        foreach (var group in expected.Published.GroupBy(t => JapanTime.FiscalYearOf(t.PublishedAtUtc!.Value).StartYear))
        {
            var row = page.QuerySelector($"#procurement-by-year tr[data-key='{group.Key}']")!;
            Assert.Equal(N(group.Count(t => !t.IsSynthetic)), row.QuerySelector("td.real[data-column='tenders']")!.TextContent.Trim());
            Assert.Equal(N(group.Count(t => t.IsSynthetic)), row.QuerySelector("td.synthetic[data-column='tenders']")!.TextContent.Trim());
        }

        var rows = page.QuerySelectorAll("#procurement-by-prefecture tbody tr").ToList();
        Assert.Equal(47, rows.Count);
        var tokyo = page.QuerySelector("#procurement-by-prefecture tr[data-key='13']")!;
        Assert.Equal("/prefectures/13", tokyo.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal(N(expected.Published.Count(t => t.DeliveryPrefectureCode == "13" && t.IsSynthetic)), tokyo.QuerySelector("td.synthetic[data-column='tenders']")!.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("main table"), t => Assert.NotNull(t.QuerySelector("caption")));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CountsStandingBidsAndAwardsByFiscalYearAndByTheBiddersPrefecture(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var expected = await portal.WithDbAsync(async db => new
        {
            Bids = await (
                    from b in db.Bids
                    where b.Status == BidStatus.Active
                    join t in db.Tenders on b.TenderId equals t.Id
                    join e in db.Enterprises on b.EnterpriseId equals e.Id
                    select new { b.SubmittedAtUtc, e.PrefectureCode, Synthetic = t.IsSynthetic || e.IsSynthetic })
                .ToListAsync(),
            Awards = await (
                    from t in db.Tenders
                    where t.AwardedAtUtc != null
                    join b in db.Bids on t.AwardedBidId equals b.Id
                    join e in db.Enterprises on b.EnterpriseId equals e.Id
                    select new { t.AwardedAtUtc, e.PrefectureCode, Synthetic = t.IsSynthetic || e.IsSynthetic })
                .ToListAsync(),
        });
        Assert.NotEmpty(expected.Bids); // the demo tenders carry bids and one award
        Assert.NotEmpty(expected.Awards);

        var (_, page) = await PortalClient.For(portal).GetPageAsync("/dashboard/procurement");

        foreach (var year in expected.Bids.GroupBy(b => JapanTime.FiscalYearOf(b.SubmittedAtUtc).StartYear))
        {
            var row = page.QuerySelector($"#procurement-by-year tr[data-key='{year.Key}']")!;
            Assert.Equal(N(year.Count(b => b.Synthetic)), row.QuerySelector("td.synthetic[data-column='bids']")!.TextContent.Trim());
            Assert.Equal(N(year.Count(b => !b.Synthetic)), row.QuerySelector("td.real[data-column='bids']")!.TextContent.Trim());
        }

        foreach (var prefecture in expected.Awards.GroupBy(a => a.PrefectureCode))
        {
            var row = page.QuerySelector($"#procurement-by-prefecture tr[data-key='{prefecture.Key}']")!;
            Assert.Equal(N(prefecture.Count(a => a.Synthetic)), row.QuerySelector("td.synthetic[data-column='awards']")!.TextContent.Trim());
        }

        foreach (var prefecture in expected.Bids.GroupBy(b => b.PrefectureCode))
        {
            var row = page.QuerySelector($"#procurement-by-prefecture tr[data-key='{prefecture.Key}']")!;
            Assert.Equal(N(prefecture.Count(b => b.Synthetic)), row.QuerySelector("td.synthetic[data-column='bids']")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task DownloadsCarryThePagesNumbersAsCsvAndAsAWorkbook()
    {
        var portal = fixture.Sqlite;
        var client = PortalClient.For(portal);
        var (_, page) = await client.GetPageAsync("/dashboard/procurement");
        Assert.Equal("/dashboard/procurement.csv", page.QuerySelector("#procurement-csv")!.GetAttribute("href"));
        var tokyo = page.QuerySelector("#procurement-by-prefecture tr[data-key='13']")!;
        var tokyoTenders = tokyo.QuerySelector("td.real[data-column='tenders']")!.TextContent.Trim().Replace(",", "", StringComparison.Ordinal);
        var tokyoSynthetic = tokyo.QuerySelector("td.synthetic[data-column='tenders']")!.TextContent.Trim().Replace(",", "", StringComparison.Ordinal);
        var approved = page.QuerySelector("#procurement-summary tr[data-figure='approved-enterprises'] td.real")!.TextContent.Trim().Replace(",", "", StringComparison.Ordinal);

        var csv = await client.GetAsync("/dashboard/procurement.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("入札ポータルの実績", csv.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("表,キー,行見出し,列見出し,実データ,架空データ", lines[0]);
        Assert.Contains($"概要,approved-enterprises,登録企業数（承認済み）,,{approved},", lines[1], StringComparison.Ordinal);
        var tenderColumn = page.QuerySelector("#procurement-by-prefecture th[data-column='tenders']")!.TextContent.Trim();
        Assert.Contains($"都道府県別,13,東京都,{tenderColumn},{tokyoTenders},{tokyoSynthetic}", lines);

        var workbook = await client.GetAsync("/dashboard/procurement.xlsx");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        using var stream = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync());
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal(["概要", "年度別", "都道府県別"], sheets.Select(s => s.Name!.Value));
        var byPrefecture = (DocumentFormat.OpenXml.Packaging.WorksheetPart)document.WorkbookPart.GetPartById(sheets[2].Id!);
        Assert.Equal(48, byPrefecture.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
    }

    [Fact]
    public async Task InitiativeOneOneLinksToTheFigures()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard/initiatives/1-1");

        Assert.Equal("/dashboard/procurement", page.QuerySelector("#procurement-figures-link a")!.GetAttribute("href"));
        Assert.Null((await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard/initiatives/2-4")).Document.QuerySelector("#procurement-figures-link"));
    }

    private static string N(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
