using System.Net;
using System.Text;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

/// <summary>/dashboard/trends: every indicator across FY2015–FY2020, as a list, a chart with its table, and downloads.</summary>
[Collection(PortalCollection.Name)]
public sealed class TrendsOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListShowsTheLatestValueAndTheChangeLinkingToEachTrend(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/dashboard/trends");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/dashboard");
        var row = page.QuerySelector("tr[data-initiative='2-3'][data-indicator='exhibitors']")!;
        Assert.Equal("/dashboard/trends/2-3/exhibitors", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("39企業・団体", row.QuerySelector(".trend-latest")!.TextContent);
        Assert.Contains("令和2年度", row.QuerySelector(".trend-latest")!.TextContent);
        Assert.Contains("−17企業・団体", row.QuerySelector(".trend-change")!.TextContent);
        Assert.Contains("令和元年度", row.QuerySelector(".trend-change")!.TextContent);
        Assert.NotNull(page.QuerySelector("tr[data-initiative='4-2'][data-indicator='events_held']"));
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
    }

    [Fact]
    public async Task SeriesHasABarAndATableRowPerReportedYear()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard/trends/2-3/exhibitors");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var table = page.QuerySelector("#trend-table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        foreach (var (fy, value) in new[] { (2017, "118企業・団体"), (2018, "71企業・団体"), (2019, "56企業・団体"), (2020, "39企業・団体") })
        {
            Assert.Contains(value, table.QuerySelector($"tr[data-fy='{fy}']")!.TextContent);
        }

        Assert.Contains("報告なし", table.QuerySelector("tr[data-fy='2016']")!.TextContent);
        Assert.Contains("平成29年度", table.TextContent);

        var svg = page.QuerySelector("svg[role='img']")!;
        var label = svg.GetAttribute("aria-label")!;
        Assert.Contains("出展企業・団体数", label);
        Assert.Contains("平成29年度 118企業・団体", label);
        Assert.DoesNotContain("{0}", label);
        Assert.Contains("出展企業・団体数の推移", page.Title);
        Assert.DoesNotContain("{0}", page.Title);
        var bars = svg.QuerySelectorAll(".trend-bar");
        Assert.Equal(4, bars.Length);
        Assert.All(bars, b => Assert.NotNull(b.QuerySelector("title")));
        Assert.Contains("令和2年度", bars.Single(b => b.GetAttribute("data-fy") == "2020").QuerySelector("title")!.TextContent);
        Assert.Contains("平成29年度", svg.TextContent);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/dashboard");
    }

    [Fact]
    public async Task CancelledYearsShowTheirReasonAndNoZeroBar()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard/trends/6-6/events_held");

        var fy2019 = page.QuerySelector("#trend-table tr[data-fy='2019']")!;
        Assert.Contains("令和元年度", fy2019.TextContent);
        Assert.Contains("中止", fy2019.TextContent);
        Assert.Contains("台風接近のため", fy2019.TextContent);
        Assert.DoesNotMatch(@"(^|\D)0(\D|$)", fy2019.TextContent);
        Assert.Contains("新型コロナウイルス", page.QuerySelector("#trend-table tr[data-fy='2020']")!.TextContent);

        var svg = page.QuerySelector("svg")!;
        Assert.Null(svg.QuerySelector(".trend-bar[data-fy='2019']"));
        Assert.DoesNotContain(svg.QuerySelectorAll(".trend-bar"), b => b.GetAttribute("data-value") == "0");
        Assert.Contains("台風接近のため", svg.QuerySelector(".trend-gap[data-fy='2019'] title")!.TextContent);
        Assert.Equal(2, svg.QuerySelectorAll(".trend-bar").Length);
    }

    [Fact]
    public async Task NotHeldYearSaysWhy()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var (_, page) = await client.GetPageAsync("/dashboard/trends/4-2/events_held");
        var fy2020 = page.QuerySelector("#trend-table tr[data-fy='2020']")!;
        Assert.Contains("実施せず", fy2020.TextContent);
        Assert.Contains("オリパラ", fy2020.TextContent);
        Assert.Empty(page.QuerySelectorAll("svg .trend-bar"));

        // The other indicators of the measure have no FY2020 value: the year is still shown as not held, with its reason.
        var (_, exhibitors) = await client.GetPageAsync("/dashboard/trends/4-2/exhibitors");
        var exhibitors2020 = exhibitors.QuerySelector("#trend-table tr[data-fy='2020']")!;
        Assert.Contains("実施せず", exhibitors2020.TextContent);
        Assert.Contains("オリパラ大会延期により東京ビッグサイトが使用できなくなったため", exhibitors2020.TextContent);
        Assert.Equal(3, exhibitors.QuerySelectorAll("svg .trend-bar").Length);
        Assert.Contains("約4,000", (await client.GetPageAsync("/dashboard/trends/4-2/visitors")).Document.QuerySelector("#trend-table")!.TextContent);
    }

    [Fact]
    public async Task DraftValuesAreNotShown()
    {
        var portal = fixture.Sqlite;
        var note = $"テスト用の未承認値 {Guid.NewGuid():N}";
        var ids = await portal.WithDbAsync(async db =>
        {
            var drafts = new[]
            {
                new IndicatorValue { InitiativeCode = "2-3", FiscalYear = 2016, IndicatorCode = "exhibitors", Value = 999, NoteJa = note, ReviewState = ReviewState.Draft },
                new IndicatorValue { InitiativeCode = "2-3", FiscalYear = 2020, IndicatorCode = "visitors", Value = 777, NoteJa = note, ReviewState = ReviewState.Submitted },
            };
            db.IndicatorValues.AddRange(drafts);
            await db.SaveChangesAsync();
            return drafts.Select(d => d.Id).ToList();
        });

        try
        {
            var client = PortalClient.For(portal);
            var (_, page) = await client.GetPageAsync("/dashboard/trends/2-3/exhibitors");
            Assert.DoesNotContain(note, page.Body!.TextContent);
            Assert.DoesNotContain("999", page.Body.TextContent);
            Assert.Contains("報告なし", page.QuerySelector("#trend-table tr[data-fy='2016']")!.TextContent);
            Assert.Equal(4, page.QuerySelectorAll("svg .trend-bar").Length);

            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard/trends/2-3/visitors")).StatusCode);
            var (_, list) = await client.GetPageAsync("/dashboard/trends");
            Assert.Null(list.QuerySelector("a[href='/dashboard/trends/2-3/visitors']"));
        }
        finally
        {
            await portal.WithDbAsync(db => db.IndicatorValues.Where(v => ids.Contains(v.Id)).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task CsvHasAByteOrderMarkAndNoZeroForACancelledYear()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/dashboard/trends/6-6/events_held.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("alljapan-tokyo-trend-6-6-events_held.csv", disposition.FileName?.Trim('"'));
        Assert.Contains("推移", disposition.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("年度,FY,施策コード,指標,値", lines[0]);
        Assert.Equal(7, lines.Length);
        var fy2019 = lines.Single(l => l.StartsWith("令和元年度,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("", fy2019[4]);
        Assert.Equal("中止", fy2019[7]);
        Assert.Contains("台風接近のため", fy2019[8]);
        Assert.Equal("2", lines.Single(l => l.StartsWith("平成29年度,", StringComparison.Ordinal)).Split(',')[4]);
    }

    [Fact]
    public async Task WorkbookOpensWithTheValues()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/dashboard/trends/2-3/exhibitors.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ALL_JAPAN_TOKYO_2-3_出展企業・団体数_推移.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var values = sheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('E') && c.DataType?.Value == CellValues.Number)
            .Select(c => c.CellValue!.Text).ToList();
        Assert.Equal(["118", "71", "56", "39"], values);
    }

    [Theory]
    [InlineData("/dashboard/trends/9-9/exhibitors")]
    [InlineData("/dashboard/trends/2-3/no_such_indicator")]
    [InlineData("/dashboard/trends/2-3/pigs_produced")]
    [InlineData("/dashboard/trends/9-9/exhibitors.csv")]
    [InlineData("/dashboard/trends/2-3/no_such_indicator.xlsx")]
    [InlineData("/dashboard/trends/abc/exhibitors")]
    public async Task UnknownMeasureOrIndicatorIsNotFound(string url)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EnglishPageUsesEnglishLabels()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/dashboard/trends/6-6/events_held");
        Assert.Contains("FY2017", page.QuerySelector("#trend-table")!.TextContent);
        Assert.Contains("Fiscal year", page.QuerySelector("#trend-table thead")!.TextContent);
        Assert.Contains("Cancelled", page.QuerySelector("#trend-table tr[data-fy='2019']")!.TextContent);
        Assert.Contains("No report", page.QuerySelector("#trend-table tr[data-fy='2015']")!.TextContent);

        var (_, list) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/dashboard/trends");
        Assert.Contains("Indicator trends", list.QuerySelector("h1")!.TextContent);
    }
}
