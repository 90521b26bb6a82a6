using System.Text.Json.Nodes;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>The open-data API's participation matrix against the dashboard's matrix page, for one year and for all years, as JSON and CSV.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApiParticipationOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheCellsAreThoseOfTheMatrixPage(string provider)
    {
        var client = PortalClient.For(await fixture.OnAsync(provider));

        var year = await ShownAsync(client, "/dashboard/matrix?fy=2020");
        Assert.NotEmpty(year);
        var items = await ApiAnswers.AllAsync(client, "/api/v1/participation?fy=2020&limit=40");
        Assert.Equal(year, Cells(items).Where(c => c.Prefecture != "13").GroupBy(c => (c.Prefecture, c.Measure)).Select(g => (g.Key.Prefecture, g.Key.Measure, g.Count())).ToHashSet());
        Assert.All(items, i => Assert.NotEmpty(i["sources"]!.AsArray()));

        var all = await ShownAsync(client, "/dashboard/matrix?fy=all");
        var everyYear = await ApiAnswers.AllAsync(client, "/api/v1/participation?limit=1000");
        Assert.Equal(all, Cells(everyYear).Where(c => c.Prefecture != "13").GroupBy(c => (c.Prefecture, c.Measure)).Select(g => (g.Key.Prefecture, g.Key.Measure, g.Count())).ToHashSet());

        var sample = everyYear[0];
        var narrowed = await ApiAnswers.AllAsync(client, $"/api/v1/participation?prefecture={(string)sample["prefectureCode"]!}&measure={(string)sample["measureCode"]!}");
        Assert.Equal(Cells(everyYear).Where(c => c.Prefecture == (string)sample["prefectureCode"]! && c.Measure == (string)sample["measureCode"]!), Cells(narrowed));

        var csv = await ApiAnswers.CsvLinesAsync(client, "/api/v1/participation?fy=2020&limit=1000&format=csv");
        Assert.Equal("prefecture,measure,fiscal_year,sources", csv[0]);
        Assert.Equal(Cells(items).Select(c => $"{c.Prefecture},{c.Measure},{c.Year}"), csv.Skip(1).Select(l => string.Join(',', l.Split(',')[..3])));
    }

    private static List<(string Prefecture, string Measure, int Year)> Cells(IEnumerable<JsonNode> items) =>
        items.Select(i => ((string)i["prefectureCode"]!, (string)i["measureCode"]!, (int)i["fiscalYear"]!)).ToList();

    /// <summary>The cells of the matrix page that count a year or more, with that count (Tokyo, the host, has none).</summary>
    private static async Task<HashSet<(string Prefecture, string Measure, int Count)>> ShownAsync(PortalClient client, string url)
    {
        var (_, page) = await client.GetPageAsync(url);
        return page.QuerySelectorAll("tr[data-prefecture] td[data-initiative][data-count]")
            .Select(c => (Prefecture: c.ParentElement!.GetAttribute("data-prefecture")!, Measure: c.GetAttribute("data-initiative")!, Count: int.Parse(c.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(c => c.Count > 0)
            .ToHashSet();
    }
}
