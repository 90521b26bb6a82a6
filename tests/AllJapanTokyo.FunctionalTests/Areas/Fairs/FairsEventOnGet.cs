using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

[Collection(PortalCollection.Name)]
public sealed class FairsEventOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShowsTheEventItsHostItsInitiativeAndTheYearsFigures(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var id = await EventIdAsync(portal, "展示商談会（沖縄県）");
        var (response, page) = await PortalClient.For(portal).GetPageAsync($"/fairs/events/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("展示商談会（沖縄県）", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        var main = page.QuerySelector("main")!;
        var outline = main.QuerySelector("dl")!.TextContent;
        Assert.Contains("217", outline);
        Assert.Contains("令和2年10月", outline);
        Assert.Contains("日本各地で東京の企業と現地の企業との商談会を開催", outline);
        Assert.NotNull(main.QuerySelector("a[href='/fairs/initiatives/2-4']"));
        Assert.NotNull(main.QuerySelector("dl a[href='/prefectures/47']"));

        // The participation (the host prefecture) and the measure's FY2020 figures with the report's sentence.
        var participations = main.QuerySelector("section[aria-labelledby=participations] table")!;
        Assert.Contains("沖縄県", participations.TextContent);
        Assert.Contains("開催地", participations.TextContent);
        var figures = main.QuerySelector("section[aria-labelledby=figures]")!.TextContent;
        Assert.Contains("3件", figures);
        Assert.Contains("10月に沖縄県（商談数217件）", figures);
        Assert.Contains("大阪府", figures);
    }

    [Fact]
    public async Task CancelledEventShowsItsReasonAndNoFigures()
    {
        var id = await EventIdAsync(fixture.Sqlite, "東京味わいフェスタ", 2019);
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/fairs/events/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("中止", main);
        Assert.Contains("台風接近のため", main);
        Assert.Contains("台風接近のため開催中止", main);
        Assert.DoesNotContain("0件", main);
    }

    [Fact]
    public async Task NotHeldEventShowsItsReason()
    {
        var id = await EventIdAsync(fixture.Sqlite, "ＷＯＯＤコレクション（モクコレ）", 2020);
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/fairs/events/{id}");

        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("実施せず", main);
        Assert.Contains("オリパラ大会延期により東京ビッグサイトが使用できなくなったため", main);
        Assert.Contains("令和3年2月", main);
    }

    [Fact]
    public async Task EventNoteAndQualifiedVisitorsAreShown()
    {
        var id = await EventIdAsync(fixture.Sqlite, "ＷＯＯＤコレクション（モクコレ）", 2018);
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/fairs/events/{id}");

        var outline = page.QuerySelector("main dl")!.TextContent;
        Assert.Contains("310", outline);
        Assert.Contains("約4,500", outline);
        Assert.Contains("東京ビッグサイト", outline);
        Assert.Contains("平成31年1月", outline);
    }

    [Fact]
    public async Task UnknownEventIsNotFound()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/fairs/events/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", page.Body!.TextContent);
    }

    [Fact]
    public async Task EventOfAnotherAreaIsNotFoundHere()
    {
        var id = await EventIdAsync(fixture.Sqlite, "第34回伝統的工芸品月間国民会議全国大会");
        var response = await PortalClient.For(fixture.Sqlite).GetAsync($"/fairs/events/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EnglishShowsEnglishLabels()
    {
        var id = await EventIdAsync(fixture.Sqlite, "商談会（大阪府）");
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/en/fairs/events/{id}");

        var outline = page.QuerySelector("main dl")!.TextContent;
        Assert.Contains("Host prefecture", outline);
        Assert.Contains("Business meetings", outline);
        Assert.Contains("Osaka", outline);
        Assert.Contains("Nov 2020", outline);
        Assert.Contains("Business meetings between Tokyo companies and local companies across Japan", outline);
        var current = page.QuerySelector("nav ol.breadcrumb li[aria-current=page]")!;
        Assert.Equal("商談会（大阪府）", current.TextContent);
        Assert.Equal("ja", current.GetAttribute("lang"));
        Assert.Null(page.QuerySelector("nav ol.breadcrumb li.breadcrumb-item a")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task TheJapaneseBreadcrumbNeedsNoLanguageMark()
    {
        var id = await EventIdAsync(fixture.Sqlite, "商談会（大阪府）");
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/fairs/events/{id}");

        Assert.Null(page.QuerySelector("nav ol.breadcrumb li[aria-current=page]")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task KoreanCancelledEventGivesItsStatusAndTheReportsReasonMarkedJapanese()
    {
        var id = await EventIdAsync(fixture.Sqlite, "東京味わいフェスタ", 2019);
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/ko/fairs/events/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ja", page.QuerySelector("h1")!.GetAttribute("lang"));
        var note = page.QuerySelector("main [role=note]")!;
        Assert.Contains(Texts.Ko("中止"), note.TextContent);
        Assert.Contains("台風接近のため", note.QuerySelector("span[lang=ja]")!.TextContent);
        Assert.DoesNotContain("理由", note.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='/ko/fairs/initiatives/6-6']"));
    }

    internal static Task<int> EventIdAsync(PortalFactory portal, string name, int? fiscalYear = null) =>
        portal.WithDbAsync(db => db.Events.Where(e => e.NameJa == name && !e.IsSynthetic && (fiscalYear == null || e.FiscalYear == fiscalYear))
            .Select(e => e.Id).FirstAsync());
}
