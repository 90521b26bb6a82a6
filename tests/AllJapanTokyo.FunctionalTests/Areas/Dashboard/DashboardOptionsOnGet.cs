using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AngleSharp.Dom;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

/// <summary>/dashboard's indicator, map ⇄ bar chart, 都道府県順 ⇄ 数値順 and highlight: plain links and a GET form, no JavaScript.</summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardOptionsOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BarChartRanksThePrefecturesByValueAndEveryBarLinksToItsProfile(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/dashboard?fy=2020&view=bars&sort=value");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("main figure.tile-map"));
        var chart = page.QuerySelector("main figure.bar-chart svg[role=img]")!;
        Assert.Contains("数値順", chart.GetAttribute("aria-label"));
        var bars = chart.QuerySelectorAll("g.bar").ToList();
        Assert.Equal(47, bars.Count);
        var links = page.QuerySelectorAll("main figure.bar-chart a").ToList();
        Assert.Equal(47, links.Count);
        Assert.All(links, link => Assert.Equal("/prefectures/" + link.GetAttribute("data-prefecture"), link.GetAttribute("href")));

        // Bars and table are in the same order: ranks rise, values fall, Tokyo (主催, no value) comes last.
        var rows = page.QuerySelectorAll("#participation-table tbody tr").ToList();
        Assert.Equal(bars.Select(b => b.GetAttribute("data-prefecture")), rows.Select(r => r.GetAttribute("data-prefecture")));
        Assert.Equal("13", rows[^1].GetAttribute("data-prefecture"));
        Assert.Equal("1位", rows[0].QuerySelectorAll("td")[2].TextContent.Trim());
        var values = rows.SkipLast(1).Select(r => int.Parse(r.QuerySelector("td.metric-value")!.TextContent.Trim().Replace("施策", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.Contains("主催", bars[^1].TextContent);
        Assert.Contains(bars[0].QuerySelector("text.bar-value")!.TextContent, rows[0].TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task CodeOrderStartsWithHokkaidoAndTheSwitchLinksKeepTheOtherChoices()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard?fy=2019&view=map&sort=code&highlight=15");

        var rows = page.QuerySelectorAll("#participation-table tbody tr").ToList();
        Assert.Equal(Enumerable.Range(1, 47).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.GetAttribute("data-prefecture")));
        Assert.Equal("/dashboard?fy=2019&view=bars&sort=code&highlight=15", page.QuerySelector("#view-switch a:not(.active)")!.GetAttribute("href"));
        Assert.Equal("/dashboard?fy=2019&view=map&sort=value&highlight=15", page.QuerySelector("#sort-switch a:not(.active)")!.GetAttribute("href"));
        Assert.Equal("page", page.QuerySelector("#view-switch a.active")!.GetAttribute("aria-current"));
        Assert.Contains("地図で表示", page.QuerySelector("#view-switch a.active")!.TextContent);
        Assert.Contains("都道府県順", page.QuerySelector("#sort-switch a.active")!.TextContent);

        // The GET form holds every choice, each with its label.
        var form = page.QuerySelector("form#dashboard-options")!;
        Assert.Equal("get", form.GetAttribute("method"));
        foreach (var id in new[] { "fy", "indicator", "highlight", "view-map", "view-bars", "sort-code", "sort-value" })
        {
            Assert.NotNull(page.QuerySelector($"label[for={id}]"));
        }

        Assert.Equal("15", form.QuerySelector("select#highlight option[selected]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input#view-map[checked]"));
        Assert.NotNull(form.QuerySelector("input#sort-code[checked]"));
    }

    [Fact]
    public async Task HighlightMarksTheTileAndTheTableRowInWordsNotOnlyByColour()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard?fy=2020&highlight=15");

        var tile = page.QuerySelector("main svg[role=img] g.tile[data-prefecture='15']")!;
        Assert.Contains("tile-highlight", tile.ClassList);
        Assert.Contains("選択中", tile.QuerySelector("text.tile-mark")!.TextContent);
        Assert.Contains("選択中", tile.QuerySelector("title")!.TextContent);
        Assert.Single(page.QuerySelectorAll("main svg[role=img] g.tile-highlight"));

        var row = page.QuerySelector("#participation-table tr[data-prefecture='15']")!;
        Assert.Contains("table-active", row.ClassList);
        Assert.Equal("true", row.GetAttribute("aria-current"));
        Assert.Contains("選択中", row.QuerySelector("th .badge")!.TextContent);
        Assert.Contains("新潟県", page.QuerySelector("#highlight-note")!.TextContent);
        Assert.Single(page.QuerySelectorAll("#participation-table tr.table-active"));

        // The bar chart marks it too, with ▶ and 選択中 beside its value.
        var (_, bars) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard?fy=2020&view=bars&highlight=1");
        var bar = bars.QuerySelector("main figure.bar-chart g.bar[data-prefecture='01']")!;
        Assert.Contains("bar-highlight", bar.ClassList);
        Assert.StartsWith("▶", bar.QuerySelector("text.bar-label")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("選択中", bar.QuerySelector("text.bar-value")!.TextContent);
    }

    [Fact]
    public async Task EventsIndicatorCountsTheEventsHeldInEachPrefecture()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/dashboard?fy=2020&indicator=events&sort=value");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("main [role=alert]"));
        Assert.Equal("events", page.QuerySelector("select#indicator option[selected]")!.GetAttribute("value"));
        var table = page.QuerySelector("#participation-table")!;
        Assert.Contains("開催イベント数", table.QuerySelector("caption")!.TextContent);
        Assert.Contains("開催イベント数", table.QuerySelectorAll("thead th")[2].TextContent);
        var okinawa = Value(table, "47");
        Assert.Matches("^[1-9][0-9]*件$", okinawa);
        Assert.Equal(okinawa, page.QuerySelector("main svg[role=img] g[data-prefecture='47'] text.tile-caption")!.TextContent);
        Assert.Contains("件", page.QuerySelector("main figure.tile-map figcaption")!.TextContent);
        Assert.Contains("indicator=events", page.QuerySelector("#view-switch a:not(.active)")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("indicator=unknown_thing", "指定された指標「unknown_thing」")]
    [InlineData("indicator=9-9:visitors", "指定された指標「9-9:visitors」")]
    [InlineData("indicator=%3Cscript%3E", "指定された指標「<script>」")]
    [InlineData("view=pie", "指定された表示方法「pie」はありません")]
    [InlineData("sort=random", "指定された並び順「random」はありません")]
    [InlineData("highlight=99", "指定された都道府県「99」はありません")]
    [InlineData("highlight=tokyo", "指定された都道府県「tokyo」はありません")]
    public async Task BadChoicesAreExplainedInJapaneseAndTheDefaultIsShown(string query, string message)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/dashboard?fy=2020&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("main [role=alert]"), a => a.TextContent.Contains(message, StringComparison.Ordinal));
        Assert.Equal(47, page.QuerySelectorAll("main figure a[href^='/prefectures/']").Length);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Null(page.QuerySelector("#participation-table tr.table-active"));
    }

    [Fact]
    public async Task BarChartSpeaksEnglish()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/dashboard?fy=2020&view=bars&sort=value&highlight=47");

        Assert.Contains("FY2020", page.QuerySelector("main figure.bar-chart svg[role=img]")!.GetAttribute("aria-label"));
        Assert.Contains("largest first", page.QuerySelector("main figure.bar-chart svg[role=img]")!.GetAttribute("aria-label"));
        Assert.Contains("Okinawa", page.QuerySelector("main figure.bar-chart g.bar[data-prefecture='47']")!.TextContent);
        Assert.Contains("(selected)", page.QuerySelector("main figure.bar-chart g.bar[data-prefecture='47'] text.bar-value")!.TextContent);
        Assert.Contains("Bar chart", page.QuerySelector("#view-switch")!.TextContent);
        Assert.Contains("By value", page.QuerySelector("#sort-switch")!.TextContent);
    }

    private static string Value(IElement table, string code) =>
        table.QuerySelector($"tbody tr[data-prefecture='{code}'] td.metric-value")!.TextContent.Trim();
}

[Collection(PortalCollection.Name)]
public sealed class DashboardDownloadsOnGet(PortalFixture fixture)
{
    [Fact]
    public async Task TheTableDownloadsAsCsvAndXlsxInThePagesOrder()
    {
        var client = PortalClient.For(fixture.Sqlite);
        var (_, page) = await client.GetPageAsync("/dashboard?fy=2020&indicator=events&sort=value&highlight=15");
        var csvHref = page.QuerySelector("#participation-downloads a[href^='/dashboard.csv']")!.GetAttribute("href")!;
        Assert.Contains("indicator=events", csvHref);

        var csv = await client.GetAsync(csvHref);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("開催イベント数", lines[0]);
        Assert.Equal(48, lines.Length);
        var firstCode = page.QuerySelectorAll("#participation-table tbody tr")[0].GetAttribute("data-prefecture")!;
        Assert.StartsWith(firstCode + ",", lines[1], StringComparison.Ordinal);
        Assert.Contains("1", lines[1]);

        var xlsx = await client.GetAsync(page.QuerySelector("#participation-downloads a[href^='/dashboard.xlsx']")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("dashboard-fy2020-events.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
    }
}
