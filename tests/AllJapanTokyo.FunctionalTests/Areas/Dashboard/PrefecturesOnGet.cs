using System.Net;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

[Collection(PortalCollection.Name)]
public sealed class PrefecturesOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndexShowsTheTileMapAndTheListByRegion(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/prefectures");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(47, page.QuerySelectorAll("main svg[role=img] g.tile").Length);
        Assert.Equal(47, page.QuerySelectorAll("main figure.tile-map a[href^='/prefectures/']").Length);
        var regions = page.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(new[] { "北海道", "東北", "関東", "中部", "近畿", "中国", "四国", "九州・沖縄" }, regions);
        var listLinks = page.QuerySelectorAll("main section li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(47, listLinks.Distinct().Count());
        Assert.Contains("/prefectures/18", listLinks);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FukuiShowsItsTourismPartnershipAndTheModelRouteDays(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/prefectures/18");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("福井県", page.QuerySelector("h1")!.TextContent.Trim());
        var tourism = page.QuerySelector("#tourism-table")!;
        Assert.Contains("北陸地域", tourism.TextContent);
        Assert.Contains("平成30年度～", tourism.TextContent);
        var route = page.QuerySelector("#routes-heading")!.ParentElement!;
        Assert.Contains("大本山永平寺", route.TextContent);
        Assert.Contains("2日目", route.TextContent);
        Assert.Contains("4日目", route.TextContent);
        Assert.DoesNotContain("1日目", route.TextContent);
        var years = page.QuerySelector("#years-table")!.TextContent;
        Assert.Contains("平成30年度", years);
        Assert.DoesNotContain("平成29年度", years);
    }

    [Fact]
    public async Task OkinawaShowsTheBusinessMeetingsItHosted()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/prefectures/47");

        var hosted = page.QuerySelector("#events-heading")!.ParentElement!;
        Assert.Contains("展示商談会（沖縄県）", hosted.TextContent);
        Assert.Contains("217", hosted.TextContent);
        Assert.Contains(page.QuerySelectorAll("#tourism-table a"), a => a.GetAttribute("href") == "/dashboard/initiatives/5-2");
    }

    [Fact]
    public async Task OsakaListsItsThreeFundInvestees()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/prefectures/27");

        var investees = page.QuerySelectorAll("#fund-table tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(new[] { "株式会社ビジョンメガネ", "ウエストユニティス株式会社", "株式会社アロートラストシステムズ" }, investees);
        Assert.Contains("204", page.QuerySelector("#events-heading")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task AomoriShowsItsCraftCollaboration()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/prefectures/02");

        var crafts = page.QuerySelector("#crafts-table")!.TextContent;
        Assert.Contains("kulis～くみひもうるしペン～", crafts);
        Assert.Contains("津軽塗 × 東京くみひも", crafts);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("01")]
    public async Task AcceptsTheCodeWithOrWithoutTheLeadingZero(string code)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/prefectures/{code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("北海道", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/prefectures/01", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("48")]
    [InlineData("00")]
    [InlineData("abc")]
    [InlineData("001")]
    public async Task UnknownCodeIsNotFound(string code)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync($"/prefectures/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SpeaksEnglishWhenAsked()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/prefectures/18");

        Assert.Equal("Fukui", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Tourism partnerships", page.Body!.TextContent);
        Assert.Contains("Day 3", page.Body.TextContent);
        Assert.Contains("FY2018–", page.QuerySelector("#tourism-table")!.TextContent);
    }

    [Fact]
    public async Task FiguresUnderReviewAreShownOnlyToThoseWhoMayReviewThem()
    {
        await using var portal = PortalFactory.OnSqlite().Started();
        await portal.WithDbAsync(async db =>
        {
            db.IndicatorValues.Add(new IndicatorValue
            {
                InitiativeCode = "6-5",
                FiscalYear = 2020,
                IndicatorCode = "pr_event_organizations",
                PrefectureCode = "32",
                Value = 2,
                Qualifier = ValueQualifier.Exact,
                ActivityStatus = ActivityStatus.Held,
                NoteJa = "島根県の下書き（テスト）",
                ReviewState = ReviewState.Draft,
            });
            return await db.SaveChangesAsync();
        });

        var (_, anonymous) = await PortalClient.For(portal).GetPageAsync("/prefectures/32");
        Assert.DoesNotContain("島根県の下書き", anonymous.Body!.TextContent);

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var (_, reviewer) = await official.GetPageAsync("/prefectures/32");
        var figures = reviewer.QuerySelector("#figures-table")!.TextContent;
        Assert.Contains("島根県の下書き", figures);
        Assert.Contains("下書き", figures);

        // A draft is not yet a programme fact: it does not count as participation.
        var (_, dashboard) = await PortalClient.For(portal).GetPageAsync("/dashboard?fy=2020");
        Assert.DoesNotContain("6-5", dashboard.QuerySelector("main svg[role=img] g[data-prefecture='32'] title")!.TextContent);
    }
}
