using System.Text.RegularExpressions;
using AllJapanTokyo.BrowserTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Dashboard;

/// <summary>
/// The dashboard as a person uses it in chromium, without writing any JavaScript of its own: a tile opens the
/// prefecture's profile, the GET form highlights a prefecture on the map and in the table, the links switch between
/// the map and the ranked bar chart, and axe finds no serious or critical violation on the dashboard, a profile and
/// the report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DashboardInChromium(BrowserFixture fixture)
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] },
    };

    [SkippableFact]
    public async Task Clicking_a_tile_opens_the_prefecture_profile()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dashboard?fy=2020");

        await page.Locator("figure.tile-map a[data-prefecture='15']").ClickAsync();

        await Expect(page).ToHaveURLAsync(ProfileOfNiigata());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("新潟県");
    }

    [SkippableFact]
    public async Task Choosing_a_prefecture_marks_its_tile_and_its_table_row()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dashboard?fy=2020");

        await page.GetByLabel("強調する都道府県").SelectOptionAsync("15");
        await page.GetByRole(AriaRole.Button, new() { Name = "表示", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(HighlightOfNiigata());
        var tile = page.Locator("figure.tile-map svg[role=img] g.tile[data-prefecture='15']");
        await Expect(tile).ToHaveClassAsync(TileHighlight());
        await Expect(tile.Locator("text.tile-mark")).ToHaveTextAsync("★選択中");
        var row = page.Locator("#participation-table tr[data-prefecture='15']");
        await Expect(row).ToHaveClassAsync(TableActive());
        await Expect(row.Locator("th")).ToContainTextAsync("選択中");
        await Expect(page.Locator("#participation-table tr.table-active")).ToHaveCountAsync(1);
        await Expect(page.Locator("figure.tile-map g.tile-highlight")).ToHaveCountAsync(1);
    }

    [SkippableFact]
    public async Task The_links_switch_between_map_and_ranked_bars_and_a_bar_opens_the_profile()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dashboard?fy=2020&highlight=15");

        await page.GetByRole(AriaRole.Link, new() { Name = "棒グラフで表示" }).ClickAsync();
        await Expect(page.Locator("figure.bar-chart svg[role=img]")).ToBeVisibleAsync();
        await Expect(page.Locator("figure.tile-map")).ToHaveCountAsync(0);
        await Expect(page.Locator("figure.bar-chart g.bar-highlight[data-prefecture='15']")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "数値順" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BarsByValue());
        await Expect(page.Locator("#participation-table tbody tr").First.Locator("td").Nth(2)).ToHaveTextAsync("1位");

        await page.GetByRole(AriaRole.Link, new() { Name = "地図で表示" }).ClickAsync();
        await Expect(page.Locator("figure.tile-map svg[role=img]")).ToBeVisibleAsync();
        await Expect(page.Locator("figure.bar-chart")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "棒グラフで表示" }).ClickAsync();
        await page.Locator("figure.bar-chart a[data-prefecture='15']").ClickAsync();
        await Expect(page).ToHaveURLAsync(ProfileOfNiigata());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("新潟県");
    }

    [SkippableTheory]
    [InlineData("/dashboard?fy=2020&highlight=15")]
    [InlineData("/dashboard?fy=2020&indicator=events&view=bars&sort=value&highlight=47")]
    [InlineData("/prefectures/15")]
    [InlineData("/reports/2020")]
    [InlineData("/en/dashboard?fy=2020&view=bars&sort=value&highlight=47")]
    [InlineData("/ko/prefectures/18")]
    [InlineData("/zh-hans/reports/2020")]
    public async Task Axe_finds_no_serious_or_critical_violation(string path)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);

        var result = await page.RunAxe(WcagAandAA);

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            serious.Count == 0,
            $"{path}: " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Take(5).Select(n => n.Target.ToString()))}")));
    }

    [GeneratedRegex(@"/prefectures/15$")]
    private static partial Regex ProfileOfNiigata();

    [GeneratedRegex(@"/dashboard\?.*highlight=15")]
    private static partial Regex HighlightOfNiigata();

    [GeneratedRegex(@"view=bars&sort=value")]
    private static partial Regex BarsByValue();

    [GeneratedRegex(@"\btile-highlight\b")]
    private static partial Regex TileHighlight();

    [GeneratedRegex(@"\btable-active\b")]
    private static partial Regex TableActive();
}
