using System.Net;
using System.Text;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

[Collection(PortalCollection.Name)]
public sealed class MatrixOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Fiscal2020Has47PrefectureRowsAnd26InitiativeColumnsWithTicksFromTheRecords(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/dashboard/matrix?fy=2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var table = page.QuerySelector("#matrix-table")!;
        var caption = table.QuerySelector("caption")!.TextContent;
        Assert.Contains("令和2年度", caption);
        Assert.Contains("手作業では管理していません", caption);
        Assert.Equal(26, table.QuerySelectorAll("thead th[data-initiative]").Length);
        Assert.Equal("2-4", table.QuerySelector("thead th[data-initiative='2-4'] abbr")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("thead th[data-initiative='2-4'] abbr")!.GetAttribute("title")));

        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(47, rows.Count);
        Assert.Equal(Enumerable.Range(1, 47).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.GetAttribute("data-prefecture")));
        Assert.Equal("/prefectures/47", Row(table, "47").QuerySelector("th a")!.GetAttribute("href"));

        AssertTick(Row(table, "47"), "2-4");   // 沖縄県
        AssertTick(Row(table, "18"), "5-1");   // 福井県: the 北陸 tourism partnership
        AssertTick(Row(table, "27"), "2-6");   // 大阪府: fund investees
        Assert.Contains("沖縄県", Row(table, "47").TextContent);

        // Not taking part is said in words, never by colour alone.
        var absent = Row(table, "47").QuerySelectorAll("td[data-count='0']")[0];
        Assert.Equal("—不参加", absent.TextContent.Trim());

        // Row totals count the ticks; column totals add up to the same grand total.
        foreach (var row in rows.Where(r => r.GetAttribute("data-prefecture") != "13"))
        {
            Assert.Equal(row.QuerySelectorAll("td[data-count='1']").Length.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("td[data-total=row]")!.TextContent.Trim());
        }

        var columnTotals = table.QuerySelectorAll("tfoot td[data-total=column]").Select(td => int.Parse(td.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(26, columnTotals.Count);
        Assert.Equal(columnTotals.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), table.QuerySelector("tfoot td[data-total=grand]")!.TextContent.Trim());

        // 栃木県 took part in nothing in FY2020: its row total is 0. Tokyo, the host, is not a row of dashes.
        Assert.Equal("0", Row(table, "09").QuerySelector("td[data-total=row]")!.TextContent.Trim());
        Assert.Equal(26, Row(table, "09").QuerySelectorAll("td[data-count='0']").Length);
        Assert.Contains("主催", Row(table, "13").TextContent);
        Assert.Empty(Row(table, "13").QuerySelectorAll("td[data-count]"));
        Assert.NotNull(page.QuerySelector("main a[href='/dashboard']"));
    }

    [Fact]
    public async Task AllYearsCountTheFiscalYearsAPrefectureTookPart()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard/matrix");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = page.QuerySelector("#matrix-table")!;
        Assert.Contains("平成27年度～令和2年度", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(47, table.QuerySelectorAll("tbody tr").Length);
        var fukui = Row(table, "18").QuerySelector("td[data-initiative='5-1']")!;
        Assert.Equal("3", fukui.GetAttribute("data-count"));
        Assert.Contains("平成30年度・令和元年度・令和2年度", fukui.TextContent);
        Assert.All(table.QuerySelectorAll("tbody td[data-count]"), td => Assert.InRange(int.Parse(td.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture), 0, 6));

        var (_, same) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard/matrix?fy=all");
        Assert.Equal("3", Row(same.QuerySelector("#matrix-table")!, "18").QuerySelector("td[data-initiative='5-1']")!.GetAttribute("data-count"));
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("abc")]
    public async Task AnUnknownYearShowsAJapaneseMessageAndFiscal2020(string fy)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard/matrix?fy=" + fy);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"指定された年度「{fy}」は表示できません", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("令和2年度", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2020", page.QuerySelector("#fy option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task CsvHasABomAHeaderAndOneLinePerPrefecture()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/dashboard/matrix.csv?fy=2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("参加マトリクス", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(48, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal("都道府県コード", header[0]);
        Assert.Equal("都道府県", header[1]);
        Assert.Equal(29, header.Length);
        var okinawa = lines.Single(l => l.StartsWith("47,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("沖縄県", okinawa[1]);
        Assert.Equal("1", okinawa[Array.IndexOf(header, "2-4")]);
        var fukui = lines.Single(l => l.StartsWith("18,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("1", fukui[Array.IndexOf(header, "5-1")]);
        Assert.Equal("0", lines.Single(l => l.StartsWith("09,", StringComparison.Ordinal)).Split(',')[^1]);
        Assert.EndsWith(",主催（全施策の実施主体）", lines.Single(l => l.StartsWith("13,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkbookOpensWithOneSheetOfTheMatrix()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/dashboard/matrix.xlsx?fy=2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("参加マトリクス", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("参加マトリクス", sheet.Name!.Value);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        var rows = part.Worksheet.Descendants<Row>().ToList();
        Assert.Equal(48, rows.Count);
        Assert.Equal(29, rows[0].Elements<Cell>().Count());
        Assert.Equal("沖縄県", rows[47].Elements<Cell>().ElementAt(1).InnerText);
    }

    [Fact]
    public async Task ReadsInEnglish()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/dashboard/matrix?fy=2020");

        Assert.Contains("Participation matrix", page.QuerySelector("h1")!.TextContent);
        var table = page.QuerySelector("#matrix-table")!;
        Assert.Contains("never kept by hand", table.QuerySelector("caption")!.TextContent);
        Assert.Contains("Okinawa", Row(table, "47").QuerySelector("th")!.TextContent);
        Assert.Equal("✓took part", Row(table, "47").QuerySelector("td[data-initiative='2-4']")!.TextContent.Trim());
    }

    private static IElement Row(IElement table, string code) => table.QuerySelector($"tbody tr[data-prefecture='{code}']")!;

    private static void AssertTick(IElement row, string initiative)
    {
        var cell = row.QuerySelector($"td[data-initiative='{initiative}']")!;
        Assert.Equal("1", cell.GetAttribute("data-count"));
        Assert.Equal("✓参加", cell.TextContent.Trim());
    }
}
