using System.Net;
using System.Text;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AllJapanTokyo.FunctionalTests.Areas.Reports;

/// <summary>/reports/{fy}.xlsx and /reports/{fy}.csv: the same report as a workbook and as CSV.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProgressReportDownloadsOnGet(PortalFixture fixture)
{
    [Fact]
    public async Task WorkbookOpensAndHoldsTheFiguresAndEvents()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/reports/2020.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("alljapan-tokyo-progress-report-fy2020.xlsx", disposition.FileName?.Trim('"'));
        Assert.Equal("ALL_JAPAN_TOKYO_令和2年度_取組状況.xlsx", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", string.Join(";", response.Content.Headers.GetValues("Content-Disposition")));

        await using var stream = await response.Content.ReadAsStreamAsync();
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["取組状況", "開催一覧", "関連情報"], sheets);

        var progress = Downloads.Rows(workbook, "取組状況");
        Assert.Equal(["章", "施策コード", "施策名", "指標コード", "指標", "値", "区分（以上/約）", "単位", "実施状況", "形式", "関係都道府県", "備考（取組状況の記載）", "承認状態", ""], progress[0].Take(14));
        var enterprises = Assert.Single(progress, r => r[3] == "registered_enterprises");
        Assert.Equal(36000m, decimal.Parse(enterprises[5], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["1", "1-1", "登録企業数", "以上", "件"], new[] { enterprises[0], enterprises[1], enterprises[4], enterprises[6], enterprises[7] });
        var pigs = Assert.Single(progress, r => r[3] == "pigs_produced");
        Assert.Equal(["9800", "約", "頭"], new[] { pigs[5], pigs[6], pigs[7] });
        var mokucore = Assert.Single(progress, r => r[1] == "4-2");
        Assert.Equal("", mokucore[5]);
        Assert.Equal("実施せず", mokucore[8]);
        Assert.Contains("オリパラ大会延期", mokucore[11]);
        Assert.Equal(26, progress.Skip(1).Select(r => r[1]).Distinct().Count());
        Assert.Equal("当年度の実績値の登録はありません。", Assert.Single(progress, r => r[1] == "2-1")[11]);

        var events = Downloads.Rows(workbook, "開催一覧");
        var okinawa = Assert.Single(events, r => r[3] == "展示商談会（沖縄県）");
        Assert.Equal("217", okinawa[12]);
        Assert.Equal("令和2年10月", okinawa[4]);
        var festa = Assert.Single(events, r => r[1] == "6-6");
        Assert.Equal("中止", festa[9]);
        Assert.Contains("新型コロナウイルス", festa[10]);

        var related = Downloads.Rows(workbook, "関連情報");
        Assert.Equal(6, related.Count(r => r[1] == "投資先企業"));
        Assert.Contains(related, r => r[1] == "スタンプラリー" && r[5] == "66ショップ");
    }

    [Fact]
    public async Task CsvIsUtf8WithBomAndHoldsTheFigures()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/reports/2020.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("ALL_JAPAN_TOKYO_令和2年度_取組状況.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("章,施策コード,施策名,指標コード,指標,値,区分（以上/約）,単位,実施状況", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("1,1-1,都内・全国の中小企業の受注機会の拡大を後押し,registered_enterprises,登録企業数,36000,以上,件,", StringComparison.Ordinal)
                                    && l.Contains("\"登録企業数は、36,000件以上（令和３年３月31日現在）\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",pigs_produced,都外生産頭数,9800,約,頭,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",events_held,開催件数,,,件,中止,", StringComparison.Ordinal) && l.Contains("新型コロナウイルス", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnglishDownloadHasEnglishHeadingsAndFileName()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/en/reports/2020.csv");

        Assert.Equal("ALL_JAPAN_TOKYO_FY2020_progress_report.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var text = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
        Assert.StartsWith("Chapter,Measure code,Measure,Indicator code,Indicator,Value,Qualifier,Unit,Status", text);
        Assert.Contains("registered_enterprises,Registered enterprises,36000,at least,companies,Ongoing,", text);
    }
}
