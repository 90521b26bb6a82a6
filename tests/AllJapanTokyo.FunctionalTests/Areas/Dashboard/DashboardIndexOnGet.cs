using System.Net;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AngleSharp.Dom;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

[Collection(PortalCollection.Name)]
public sealed class DashboardIndexOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DrawsTheTileMapOfFiscal2020WithALinkForEachOfThe47Prefectures(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/dashboard?fy=2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var map = page.QuerySelector("main svg[role=img]");
        Assert.NotNull(map);
        Assert.Contains("令和2年度", map.GetAttribute("aria-label"));
        var tiles = map.QuerySelectorAll("g.tile").ToList();
        Assert.Equal(47, tiles.Count);
        Assert.All(tiles, tile => Assert.False(string.IsNullOrWhiteSpace(tile.QuerySelector("title")?.TextContent)));

        // Each tile is a link to its prefecture (in the link layer stacked on the picture).
        var links = page.QuerySelectorAll("main figure.tile-map a").ToList();
        Assert.Equal(47, links.Count);
        var hrefs = links.Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(47, hrefs.Distinct().Count());
        Assert.All(hrefs, href => Assert.Matches("^/prefectures/(0[1-9]|[1-3][0-9]|4[0-7])$", href));
        Assert.All(links, link => Assert.Equal("/prefectures/" + link.GetAttribute("data-prefecture"), link.GetAttribute("href")));

        var okinawaTile = tiles.Single(g => g.GetAttribute("data-prefecture") == "47");
        Assert.Contains("沖縄県", okinawaTile.TextContent);
        Assert.Contains("2-4", okinawaTile.QuerySelector("title")!.TextContent);
        Assert.Contains("主催", tiles.Single(g => g.GetAttribute("data-prefecture") == "13").TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TableGivesTheSameNumbersAsTheMap(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, page) = await PortalClient.For(portal).GetPageAsync("/dashboard?fy=2020");

        var table = page.QuerySelector("#participation-table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.Equal(5, table.QuerySelectorAll("thead th[scope=col]").Length);
        var okinawa = Row(table, "沖縄県");
        Assert.Equal("/prefectures/47", okinawa.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Contains(okinawa.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/dashboard/initiatives/2-4");

        // The map and the table agree, prefecture by prefecture.
        foreach (var tile in page.QuerySelectorAll("main svg[role=img] g.tile").Where(g => g.GetAttribute("data-prefecture") != "13"))
        {
            var name = tile.QuerySelector("text.tile-name")!.TextContent;
            var caption = tile.QuerySelector("text.tile-caption")!.TextContent;
            var count = Row(table, name).QuerySelectorAll("td")[1].TextContent.Trim();
            Assert.Equal(count, caption);
        }

        // Fund investees (2-6) and craft collaborations (2-2) are counted.
        Assert.Contains(Row(table, "大阪府").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/dashboard/initiatives/2-6");
        Assert.Contains(Row(table, "青森県").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/dashboard/initiatives/2-2");
    }

    [Fact]
    public async Task ShowsProgrammeWideFiguresAsTheReportWritesThemAndCancellationsWithTheirReason()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard?fy=2020");

        var figures = page.QuerySelector("#programme-figures")!;
        Assert.Contains("36,000件以上", figures.TextContent);
        Assert.Contains("約9,800頭", figures.TextContent);
        var festa = figures.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("a[href='/dashboard/initiatives/6-6']") is not null);
        Assert.Contains("中止", festa.TextContent);
        Assert.Contains("新型コロナウイルス感染症の拡大防止", festa.TextContent);
        Assert.DoesNotContain("0件", festa.TextContent);
    }

    [Fact]
    public async Task EarlierYearsHaveTheirOwnParticipation()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard?fy=2017");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2017", page.QuerySelector("select#fy option[selected]")?.GetAttribute("value"));
        var table = page.QuerySelector("#participation-table")!;
        Assert.Contains(Row(table, "熊本県").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/dashboard/initiatives/2-4");
        Assert.DoesNotContain(Row(table, "沖縄県").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/dashboard/initiatives/2-4");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2014")]
    [InlineData("2021")]
    [InlineData("<script>")]
    public async Task AnUnknownFiscalYearIsExplainedInJapaneseAndFiscal2020IsShown(string fy)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/dashboard?fy={Uri.EscapeDataString(fy)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = page.QuerySelector("main [role=alert]");
        Assert.NotNull(alert);
        Assert.Contains($"「{fy}」は表示できません", alert.TextContent);
        Assert.Equal("2020", page.QuerySelector("select#fy option[selected]")?.GetAttribute("value"));
        Assert.Contains("令和2年度", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task FiscalYearSelectorIsALabelledGetForm()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard");

        var form = page.QuerySelector("main form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/dashboard", form.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("label[for=fy]"));
        var options = form.QuerySelectorAll("select#fy option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(new string?[] { "2015", "2016", "2017", "2018", "2019", "2020" }, options);
        Assert.Equal("2020", form.QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Null(page.QuerySelector("main [role=alert]"));
    }

    [Fact]
    public async Task SpeaksEnglishWhenAsked()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/dashboard?fy=2020");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Dashboard", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("FY2020", page.QuerySelector("main svg[role=img]")!.GetAttribute("aria-label"));
        Assert.Contains("Okinawa", page.QuerySelector("main svg[role=img] g[data-prefecture='47']")!.TextContent);
        Assert.Contains("Initiatives taken part in", page.QuerySelector("#participation-table")!.TextContent);
        Assert.Contains("at least 36,000 companies", page.QuerySelector("#programme-figures")!.TextContent);
        Assert.Contains("Cancelled", page.QuerySelector("#programme-figures")!.TextContent);
        Assert.Equal("Fiscal year", page.QuerySelector("label[for=fy]")!.TextContent.Trim());
    }

    [Fact]
    public async Task SyntheticRecordsAreNeverCountedAsParticipation()
    {
        await using var portal = PortalFactory.OnSqlite().Started();
        await portal.WithDbAsync(async db =>
        {
            var synthetic = new Event
            {
                InitiativeCode = "2-4",
                FiscalYear = 2020,
                NameJa = "架空の商談会（栃木県）",
                HostPrefectureCode = "09",
                Status = ActivityStatus.Held,
                IsSynthetic = true,
            };
            db.Events.Add(synthetic);
            db.Participations.Add(new Participation { InitiativeCode = "2-3", FiscalYear = 2020, PrefectureCode = "09", Role = ParticipationRole.Exhibitor, IsSynthetic = true });
            return await db.SaveChangesAsync();
        });

        var (_, page) = await PortalClient.For(portal).GetPageAsync("/dashboard?fy=2020");

        var tochigi = Row(page.QuerySelector("#participation-table")!, "栃木県");
        Assert.Equal("0施策", tochigi.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal("0施策", page.QuerySelector("main svg[role=img] g[data-prefecture='09'] text.tile-caption")!.TextContent);
    }

    private static IElement Row(IElement table, string prefectureName) =>
        table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == prefectureName);
}
