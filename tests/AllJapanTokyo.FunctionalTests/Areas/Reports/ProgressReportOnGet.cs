using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Reports;

/// <summary>/reports/{fy}: the FY2020 progress report says what the Tokyo Metropolitan Government's document says.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProgressReportOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Fy2020ReportStatesEachFigureOfTheDocumentNextToItsLabel(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/reports/2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ALL JAPAN & TOKYO プロジェクト 令和2年度 取組状況", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());

        AssertFigure(page, "1-1", "登録企業数", "36,000件以上", "令和３年３月31日現在");
        AssertFigure(page, "1-1", "電子入札利用団体数", "29団体", "電子入札で活用");
        AssertFigure(page, "1-2", "出展支援企業数", "100社", "100社の出展を支援");
        AssertFigure(page, "2-3", "出展企業・団体数", "39企業・団体", "オンライン");
        AssertFigure(page, "2-3", "参加都道府県数", "12都道府県", "オンライン");
        AssertFigure(page, "2-7", "参加都道府県数", "43都道府県", "オンライン");
        AssertFigure(page, "2-8", "参加自治体数", "47自治体", "47自治体が参加");
        AssertFigure(page, "3-1", "出席女性首長数", "17名", "オンライン");
        AssertFigure(page, "3-1", "宣言文に参加した女性首長数", "37名", "宣言文を発表");
        AssertFigure(page, "4-1", "都外生産頭数", "約9,800頭", "宮城県、茨城県、群馬県、山梨県");
        AssertFigure(page, "4-1", "参加都道府県数", "4都道府県", "山梨県");
        AssertFigure(page, "6-1", "参加ショップ数", "66ショップ", "オンライン");
        AssertFigure(page, "6-5", "PRイベント実施団体数", "7団体", "令和２年度実績：７団体");

        // The 2-4 business meetings: each count beside its label in its event's row.
        AssertEvent(page, "2-4", "展示商談会（沖縄県）", "商談数 217件", "令和2年10月");
        AssertEvent(page, "2-4", "商談会（大阪府）", "商談数 204件", "令和2年11月");
        AssertEvent(page, "2-4", "オンライン展示会（愛知県）", "出展企業・団体数 13企業・団体", "オンライン開催");

        // MOKUCORE not held and the food festa cancelled: status and reason, never a zero.
        var mokucore = FigureRow(page, "4-2", "開催件数");
        Assert.Contains("実施せず", mokucore.TextContent);
        Assert.Contains("オリパラ大会延期", mokucore.TextContent);
        Assert.DoesNotContain("0件", mokucore.TextContent);
        AssertEvent(page, "4-2", "ＷＯＯＤコレクション（モクコレ）", "実施せず", "オリパラ大会延期により東京ビッグサイトが使用できなくなったため");
        var festa = FigureRow(page, "6-6", "開催件数");
        Assert.Contains("中止", festa.TextContent);
        Assert.Contains("新型コロナウイルス", festa.TextContent);
        Assert.DoesNotContain("0件", festa.TextContent);
        AssertEvent(page, "6-6", "東京味わいフェスタ", "中止", "新型コロナウイルス感染症の拡大防止の観点から");
        AssertEvent(page, "6-3", "ふるさと祭り東京2021", "中止", "東京ドーム開催が中止");

        // The fund's investees with their prefectures.
        var investees = Measure(page, "2-6").QuerySelectorAll("table.report-investees tbody tr").ToList();
        Assert.Equal(6, investees.Count);
        Assert.Equal(
            ["株式会社ビジョンメガネ 大阪府", "株式会社ホロスホールディングス 京都府", "アコール株式会社 宮城県", "ウエストユニティス株式会社 大阪府", "株式会社げんきやグループ 岩手県", "株式会社アロートラストシステムズ 大阪府"],
            investees.Select(r => string.Join(" ", r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()))));

        // Tourism partners active in FY2020 (宮城県等 ended in FY2019), the stamp rally and the craft collaborations.
        var jointPromotion = Measure(page, "5-3").QuerySelector("table.report-partners")!.TextContent;
        Assert.Contains("富士箱根伊豆国際観光テーマ地区推進協議会", jointPromotion);
        Assert.DoesNotContain("宮城県等（北海道・東北エリア）", jointPromotion);
        Assert.Contains("福島県", Measure(page, "5-2").QuerySelector("table.report-partners")!.TextContent);
        var hokuriku = Measure(page, "5-1").QuerySelectorAll("table.report-partners tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("北陸地域"));
        Assert.Contains("新型コロナウイルス感染拡大の影響により中止", hokuriku.TextContent);
        var rally = Assert.Single(Measure(page, "6-1").QuerySelectorAll("table.report-stamp-rallies tbody tr"));
        Assert.Contains("令和2年7月～8月", rally.TextContent);
        Assert.Contains("66ショップ", rally.TextContent);
        Assert.Contains("オンライン開催", rally.TextContent);
        Assert.Equal(5, Measure(page, "2-2").QuerySelectorAll("table.report-collaborations tbody tr").Length);

        // The document's history of a measure is recalled too.
        var fairHistory = Measure(page, "2-3").QuerySelector("table.report-past-years")!.TextContent;
        Assert.Contains("37道府県及び６市から118企業・団体が出展", fairHistory);
    }

    [Fact]
    public async Task ChaptersAndTheirTwentySixMeasuresComeInTheOrderOfTheDocument()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/reports/2020");
        var expected = await fixture.Sqlite.WithDbAsync(async db => new
        {
            Chapters = await db.Chapters.OrderBy(c => c.Number).Select(c => c.Title.Ja).ToListAsync(),
            Measures = await db.Initiatives.OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number).Select(i => i.Code).ToListAsync(),
        });

        var chapters = page.QuerySelectorAll("section.report-chapter").ToList();
        Assert.Equal(6, chapters.Count);
        Assert.Equal(
            expected.Chapters.Select((title, i) => $"{i + 1}．{title}"),
            chapters.Select(c => c.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal("1．東京2020大会等を契機とする中長期的なビジネスチャンスに向けた全国の中小企業の活性化", chapters[0].QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("6．東京で日本各地の魅力に触れる機会の充実", chapters[5].QuerySelector("h2")!.TextContent.Trim());

        var measures = page.QuerySelectorAll("section.report-chapter section.report-measure").ToList();
        Assert.Equal(26, measures.Count);
        Assert.Equal(expected.Measures, measures.Select(m => m.GetAttribute("data-measure")));

        var first = measures[0].QuerySelector("h3")!.TextContent;
        Assert.Contains("①", first);
        Assert.Contains("都内・全国の中小企業の受注機会の拡大を後押し", first);
        Assert.Contains("ビジネスチャンス・ナビ2020", measures[0].QuerySelector(".report-programme")!.TextContent);
        var craftsFestival = Measure(page, "2-7").QuerySelector("h3")!.TextContent;
        Assert.Contains("⑦", craftsFestival);

        // A measure without a figure that year says so rather than vanishing.
        foreach (var code in new[] { "2-1", "2-2", "4-3", "5-5", "6-2", "6-4" })
        {
            Assert.Contains("当年度の実績値の登録はありません", Measure(page, code).TextContent);
        }

        Assert.Null(page.QuerySelector(".report-preview-banner"));
        Assert.DoesNotContain("未承認", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task EnglishReportKeepsTheQualifiersAndStatuses()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/reports/2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ALL JAPAN & TOKYO Project: FY2020 progress report", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("at least 36,000 companies", FigureRow(page, "1-1", "Registered enterprises").TextContent);
        Assert.Contains("about 9,800 head", FigureRow(page, "4-1", "TOKYO X pigs raised outside Tokyo").TextContent);
        Assert.Contains("Not held", FigureRow(page, "4-2", "Events held").TextContent);
        Assert.Contains("Cancelled", FigureRow(page, "6-6", "Events held").TextContent);
        Assert.Contains("No figures are registered for this fiscal year.", Measure(page, "2-1").TextContent);
        Assert.Equal("1. Revitalising SMEs nationwide for medium- and long-term business chances from the Tokyo 2020 Games",
            page.QuerySelector("section.report-chapter h2")!.TextContent.Trim());
    }

    [Fact]
    public async Task ReportIsPrintableWithoutInlineScriptOrStyle()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var (_, page) = await client.GetPageAsync("/reports/2020");

        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href^='/css/report.css']"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/report.js']"));
        Assert.NotNull(page.QuerySelector("button[data-report-print]"));
        Assert.Contains("印刷", page.QuerySelector(".report-tools")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));

        var css = await client.Http.GetStringAsync("/css/report.css");
        Assert.Contains("@media print", css);
        Assert.Contains("break-before: page", css);
        Assert.Contains(".site-header", css);
    }

    [Fact]
    public async Task IndexListsTheFiscalYearsWithDataAndLinksToEachReport()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var (response, page) = await client.GetPageAsync("/reports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var links = page.QuerySelectorAll("main tbody th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/reports/2020", "/reports/2019", "/reports/2018", "/reports/2017", "/reports/2016", "/reports/2015"], links);
        Assert.Contains("令和2年度", page.QuerySelector("main tbody tr")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/reports/2020.xlsx']"));
        Assert.NotNull(page.QuerySelector("a[href='/reports/2020.csv']"));

        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link!)).StatusCode);
        }

        var (_, fy2015) = await client.GetPageAsync("/reports/2015");
        Assert.Contains("3件", FigureRow(fy2015, "2-2", "他産地とのコラボ商品数").TextContent);
        Assert.Equal(26, fy2015.QuerySelectorAll("section.report-measure").Length);
    }

    [Theory]
    [InlineData("/reports/1999")]
    [InlineData("/reports/2021")]
    [InlineData("/reports/abc")]
    [InlineData("/reports/99999999999")]
    [InlineData("/reports/1999.xlsx")]
    [InlineData("/reports/abc.csv")]
    [InlineData("/reports/2020.pdf")]
    public async Task UnknownOrInvalidFiscalYearIsNotFound(string url)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static IElement Measure(IHtmlDocument page, string code) =>
        page.QuerySelector($"section.report-measure[data-measure='{code}']") ?? throw new InvalidOperationException($"No section for measure {code}.");

    /// <summary>The row of the measure's figures table whose header is the indicator's label.</summary>
    internal static IElement FigureRow(IHtmlDocument page, string code, string label) =>
        Assert.Single(Measure(page, code).QuerySelectorAll("table.report-figures tbody tr"),
            r => r.QuerySelector("th")!.TextContent.Trim().StartsWith(label, StringComparison.Ordinal));

    private static void AssertFigure(IHtmlDocument page, string code, string label, string value, string alsoInRow)
    {
        var row = FigureRow(page, code, label);
        Assert.Contains(value, row.QuerySelector("td.report-value")!.TextContent);
        Assert.Contains(alsoInRow, row.TextContent);
    }

    private static void AssertEvent(IHtmlDocument page, string code, string name, params string[] texts)
    {
        var row = Assert.Single(Measure(page, code).QuerySelectorAll("table.report-events tbody tr"),
            r => r.QuerySelector("th")!.TextContent.Trim() == name);
        foreach (var text in texts)
        {
            Assert.Contains(text, row.TextContent);
        }
    }
}
