using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AngleSharp.Dom;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

[Collection(PortalCollection.Name)]
public sealed class FairsIndexOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Fy2020ShowsTheBusinessMeetingsWithTheirMeetingCounts(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/fairs?fy=2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("令和2年度（FY2020）", Assert.Single(page.QuerySelectorAll("main h2[id^=fy-]")).TextContent.Trim());

        var okinawa = Row(page, "展示商談会（沖縄県）");
        Assert.Contains("217", Cells(okinawa));
        Assert.Contains("沖縄県", Cells(okinawa));
        Assert.Equal("/prefectures/47", okinawa.QuerySelector("a[href^='/prefectures/']")!.GetAttribute("href"));
        Assert.Contains("令和2年10月", Cells(okinawa));

        var osaka = Row(page, "商談会（大阪府）");
        Assert.Contains("204", Cells(osaka));
        Assert.Equal("/prefectures/27", osaka.QuerySelector("a[href^='/prefectures/']")!.GetAttribute("href"));

        var aichi = Row(page, "オンライン展示会（愛知県）");
        Assert.Contains("オンライン", Cells(aichi));
        Assert.Contains("13", Cells(aichi));

        Assert.DoesNotContain("令和元年度", Listing(page));
    }

    [Fact]
    public async Task YearsComeNewestFirstAndEachMeasureShowsItsPublishedFigures()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/fairs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var years = page.QuerySelectorAll("main h2[id^=fy-]").Select(h => h.Id).ToList();
        Assert.Equal(["fy-2020", "fy-2019", "fy-2018", "fy-2017"], years);

        // 1-2: 100 exhibitors supported in FY2020.
        Assert.Contains("100社", Section(page, "fy-2020-1-2").TextContent);

        // 2-3 産業交流展: 118, 71, 56, 39 exhibiting companies and organisations, FY2017 to FY2020.
        Assert.Contains("118企業・団体", Section(page, "fy-2017-2-3").TextContent);
        Assert.Contains("71企業・団体", Section(page, "fy-2018-2-3").TextContent);
        Assert.Contains("56企業・団体", Section(page, "fy-2019-2-3").TextContent);
        Assert.Contains("39企業・団体", Section(page, "fy-2020-2-3").TextContent);

        // 2-7 ものづくり・匠の技の祭典: 77, 73, 73 exhibitors, then online with 43 prefectures.
        Assert.Contains("77企業・団体", Section(page, "fy-2017-2-7").TextContent);
        Assert.Contains("73企業・団体", Section(page, "fy-2018-2-7").TextContent);
        Assert.Contains("73企業・団体", Section(page, "fy-2019-2-7").TextContent);
        var online = Section(page, "fy-2020-2-7");
        Assert.Contains("43都道府県", online.TextContent);
        Assert.Contains("オンライン", online.TextContent);

        // 4-2's visitors keep the report's 「約」.
        Assert.Contains("約4,000人", Section(page, "fy-2017-4-2").TextContent);
        Assert.Contains("約4,000", Cells(Row(Section(page, "fy-2017-4-2"), "ＷＯＯＤコレクション（モクコレ）")));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheContentsLeadToEachYearAndEachMeasureWithinIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, page) = await PortalClient.For(portal).GetPageAsync("/fairs");

        var contents = page.QuerySelector("main nav[aria-labelledby=fairs-contents]")!;
        var links = contents.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        var years = page.QuerySelectorAll("main h2[id^=fy-]").Select(h => "#" + h.Id);
        var measures = page.QuerySelectorAll("main section[aria-labelledby^=fy-] section").Select(s => "#" + s.GetAttribute("aria-labelledby"));
        Assert.Equal(years.Concat(measures).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        Assert.Equal(["#fy-2020", "#fy-2019", "#fy-2018", "#fy-2017"], contents.QuerySelectorAll("ol > li > a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2-3 産業交流展で「全国ゾーン」を設置", contents.QuerySelector("a[href='#fy-2019-2-3']")!.TextContent.Trim());

        // Each year ends with the way back to the contents.
        Assert.All(page.QuerySelectorAll("main > section[aria-labelledby^=fy-]"), year => Assert.Equal("#fairs-contents", year.QuerySelector(":scope > p a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task TheContentsFollowTheFilter()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/fairs?initiative=6-6");

        var links = page.QuerySelectorAll("main nav[aria-labelledby=fairs-contents] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#fy-2019-6-6", links);
        Assert.All(links, link => Assert.Matches("^#fy-[0-9]{4}(-6-6)?$", link));
    }

    [Fact]
    public async Task CancelledAndNotHeldEventsShowStatusAndReasonNeverZero()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/fairs");

        var mokkore = Section(page, "fy-2020-4-2");
        var mokkoreRow = Row(mokkore, "ＷＯＯＤコレクション（モクコレ）");
        Assert.Contains("実施せず", mokkoreRow.TextContent);
        Assert.Contains("オリパラ大会延期により東京ビッグサイトが使用できなくなったため", mokkoreRow.TextContent);
        Assert.DoesNotContain("0件", mokkore.TextContent);
        Assert.DoesNotContain(mokkoreRow.QuerySelectorAll("td"), c => c.TextContent.Trim() == "0");

        var ajiwai = Section(page, "fy-2019-6-6");
        var ajiwaiRow = Row(ajiwai, "東京味わいフェスタ");
        Assert.Contains("中止", ajiwaiRow.TextContent);
        Assert.Contains("台風接近のため", ajiwaiRow.TextContent);
        Assert.DoesNotContain("0件", ajiwai.TextContent);

        var furusato = Section(page, "fy-2020-6-3");
        Assert.Contains("ふるさと祭り東京2021", furusato.TextContent);
        Assert.Contains("東京ドーム開催が中止", furusato.TextContent);
    }

    [Fact]
    public async Task FilterByInitiativeShowsOnlyThatMeasure()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/fairs?initiative=2-3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sections = page.QuerySelectorAll("main section[aria-labelledby^=fy-] section").Select(s => s.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(["fy-2020-2-3", "fy-2019-2-3", "fy-2018-2-3", "fy-2017-2-3"], sections);
        Assert.Equal("2-3", page.QuerySelector("#initiative option[selected]")!.GetAttribute("value"));
        Assert.Contains("産業交流展 全国食品産業フェア", Listing(page));
        Assert.DoesNotContain("ＷＯＯＤコレクション", Listing(page));
    }

    [Fact]
    public async Task FilterByYearAndInitiativeTogether()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/fairs?fy=2019&initiative=6-6");

        var section = Assert.Single(page.QuerySelectorAll("main section[aria-labelledby^=fy-] section"));
        Assert.Equal("fy-2019-6-6", section.GetAttribute("aria-labelledby"));
        Assert.Contains("台風接近のため", section.TextContent);
    }

    [Theory]
    [InlineData("/fairs?fy=abc", "「abc」は年度として正しくありません")]
    [InlineData("/fairs?fy=20201", "「20201」は年度として正しくありません")]
    [InlineData("/fairs?initiative=1-1", "「1-1」は展示会・商談会の施策ではありません")]
    [InlineData("/fairs?initiative=%3Cscript%3E", "「<script>」は展示会・商談会の施策ではありません")]
    public async Task BadFilterValuesGiveAJapaneseMessageNotAnError(string url, string message)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = page.QuerySelector("main [role=alert]");
        Assert.NotNull(alert);
        Assert.Contains(message, alert.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
        // The page still lists the programme's events.
        Assert.Contains("展示商談会（沖縄県）", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task AYearWithoutEventsSaysSo()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/fairs?fy=2015");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("条件に該当する開催・実績はありません。", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task EnglishShowsEnglishLabels()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/fairs?fy=2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Fairs & business meetings", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Fiscal year", page.QuerySelector("label[for=fy]")!.TextContent.Trim());
        Assert.Equal("FY2020", page.QuerySelector("main h2[id^=fy-]")!.TextContent.Trim());
        var header = page.QuerySelector("main thead")!.TextContent;
        Assert.Contains("Indicator", header);
        Assert.Contains("Business meetings", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Okinawa", Cells(Row(page, "展示商談会（沖縄県）")));
    }

    [Theory]
    [InlineData("fy=abc", "「{0}」は年度として正しくありません。2020 のように西暦の年（4桁）で指定してください。", "abc")]
    [InlineData("initiative=1-1", "「{0}」は展示会・商談会の施策ではありません。一覧から施策を選んでください。", "1-1")]
    public async Task BadFilterValuesAreExplainedInTheReadersLanguage(string query, string key, string given)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/en/fairs?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = page.QuerySelector("main [role=alert]")!.TextContent;
        Assert.Contains(Texts.En(key, given), alert);
        Assert.DoesNotContain("年度", alert);
    }

    [Fact]
    public async Task ChinesePageLinksByRouteAndMarksJapaneseContent()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/zh-hans/fairs?fy=2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Texts.ZhHans("展示会・商談会"), page.QuerySelector("h1")!.TextContent.Trim());
        var okinawa = Row(page, "展示商談会（沖縄県）");
        Assert.Equal("ja", okinawa.QuerySelector("th a span")!.GetAttribute("lang"));
        Assert.StartsWith("/zh-hans/fairs/events/", okinawa.QuerySelector("th a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("/zh-hans/prefectures/47", okinawa.QuerySelector("a[href*='/prefectures/']")!.GetAttribute("href"));
        Assert.Contains("冲绳县", Cells(okinawa));
        Assert.Equal("/zh-hans/fairs", page.QuerySelector("form[role=search]")!.GetAttribute("action"));
        Assert.All(page.QuerySelectorAll("main a[href^='/']"), a => Assert.Matches("^/zh-hans(/|$)", a.GetAttribute("href")!));
    }

    /// <summary>The text of the fiscal-year sections only (not the filter form nor the list of measures).</summary>
    internal static string Listing(IParentNode page) =>
        string.Concat(page.QuerySelectorAll("main > section[aria-labelledby^=fy-]").Select(s => s.TextContent));

    internal static IElement Section(IParentNode page, string headingId) =>
        page.QuerySelector($"section[aria-labelledby='{headingId}']") ?? throw new Xunit.Sdk.XunitException($"No section {headingId}");

    internal static IElement Row(IParentNode page, string name) =>
        page.QuerySelectorAll("tbody tr").FirstOrDefault(r => r.QuerySelector("th")?.TextContent.Trim() == name)
        ?? throw new Xunit.Sdk.XunitException($"No row for {name}");

    internal static List<string> Cells(IElement row) => row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
}
