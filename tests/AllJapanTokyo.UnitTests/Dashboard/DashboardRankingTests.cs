using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Dashboard.Models;

namespace AllJapanTokyo.UnitTests.Dashboard;

public sealed class DashboardRankingTests
{
    [Fact]
    public void EqualValuesShareARankAndTheNextRankSkips()
    {
        var ranks = DashboardRanking.Ranks([("01", 5m), ("02", 9m), ("03", 5m), ("04", 1m), ("05", null), ("06", 0m)]);

        Assert.Equal(1, ranks["02"]);
        Assert.Equal(2, ranks["01"]);
        Assert.Equal(2, ranks["03"]);
        Assert.Equal(4, ranks["04"]);
        Assert.Equal(5, ranks["06"]);
        Assert.False(ranks.ContainsKey("05"));
    }

    [Fact]
    public void ValueOrderIsLargestFirstTiesByCodeAndMissingValuesLast()
    {
        (string Code, decimal? Value)[] rows = [("13", null), ("02", 3m), ("01", 3m), ("47", 7m), ("05", null), ("10", 0m)];

        var byValue = DashboardRanking.Sort(rows, DashboardSort.Value, r => r.Code, r => r.Value);
        var byCode = DashboardRanking.Sort(rows, DashboardSort.Code, r => r.Code, r => r.Value);

        Assert.Equal(["47", "01", "02", "10", "05", "13"], byValue.Select(r => r.Code));
        Assert.Equal(["01", "02", "05", "10", "13", "47"], byCode.Select(r => r.Code));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(8, 2)]
    [InlineData(9, 5)]
    [InlineData(217, 100)]
    [InlineData(36000, 10000)]
    public void StepIsTheSmallestRoundNumberThatReachesTheMaximumInFourBands(int max, int step) =>
        Assert.Equal(step, DashboardRanking.Step(max));

    [Fact]
    public void BinsGiveZeroItsOwnBandAndSplitTheRestIntoFourRoundRanges()
    {
        var bins = DashboardRanking.Bins([0m, 1m, 3m, 8m]);

        Assert.Equal(["0", "1–2", "3–4", "5–6", "7–8"], bins.Select(DashboardRanking.Range));
        Assert.Equal(0, DashboardRanking.Band(0m, bins));
        Assert.Equal(1, DashboardRanking.Band(1m, bins));
        Assert.Equal(1, DashboardRanking.Band(2m, bins));
        Assert.Equal(2, DashboardRanking.Band(3m, bins));
        Assert.Equal(4, DashboardRanking.Band(8m, bins));
        Assert.Null(DashboardRanking.Band(null, bins));
    }

    [Fact]
    public void SmallCountsGetOneValuePerBand()
    {
        var bins = DashboardRanking.Bins([0m, 2m, 4m]);

        Assert.Equal(["0", "1", "2", "3", "4"], bins.Select(DashboardRanking.Range));
    }

    [Theory]
    [InlineData(null, DashboardView.Map, true)]
    [InlineData("bars", DashboardView.Bars, true)]
    [InlineData(" MAP ", DashboardView.Map, true)]
    [InlineData("pie", DashboardView.Map, false)]
    public void ViewIsReadFromTheQuery(string? text, DashboardView expected, bool valid)
    {
        Assert.Equal(valid, DashboardRanking.TryParseView(text, out var view));
        Assert.Equal(expected, view);
    }

    [Theory]
    [InlineData("", DashboardSort.Code, true)]
    [InlineData("value", DashboardSort.Value, true)]
    [InlineData("random", DashboardSort.Code, false)]
    public void SortIsReadFromTheQuery(string? text, DashboardSort expected, bool valid)
    {
        Assert.Equal(valid, DashboardRanking.TryParseSort(text, out var sort));
        Assert.Equal(expected, sort);
    }

    [Fact]
    public void PageRanksBandsHighlightsAndBuildsTheLegend()
    {
        var tiles = new[]
        {
            new PrefectureTile("01", "北海道", "Hokkaido", "北海道", "Hokkaido", 0, 6),
            new PrefectureTile("13", "東京都", "Tokyo", "関東", "Kanto", 3, 5),
            new PrefectureTile("15", "新潟県", "Niigata", "中部", "Chubu", 2, 4),
            new PrefectureTile("47", "沖縄県", "Okinawa", "九州・沖縄", "Kyushu-Okinawa", 6, 0),
        };
        var metric = DashboardService.EventsMetricDefinition;
        var overview = new DashboardOverview(
            2020,
            null,
            [2020],
            metric,
            [metric],
            null,
            tiles,
            [
                new PrefectureParticipationRow(tiles[0].Ref, "北海道", "Hokkaido", false, [], 0m),
                new PrefectureParticipationRow(tiles[1].Ref, "関東", "Kanto", true, [], null),
                new PrefectureParticipationRow(tiles[2].Ref, "中部", "Chubu", false, [], 2m),
                new PrefectureParticipationRow(tiles[3].Ref, "九州・沖縄", "Kyushu-Okinawa", false, [], 8m),
            ],
            []);

        var page = DashboardPages.Create(overview, DashboardView.Bars, DashboardSort.Value, "15");

        Assert.Equal(["47", "15", "01", "13"], page.Rows.Select(r => r.Prefecture.Code));
        Assert.Equal([1, 2, 3, (int?)null], page.Rows.Select(r => r.Rank));
        Assert.Equal(["band-4", "band-1", "band-0", "tile-tokyo"], page.Rows.Select(r => r.CssClass));
        Assert.True(page.Rows.Single(r => r.Prefecture.Code == "15").Highlighted);
        Assert.True(page.Map.Tiles.Single(t => t.Prefecture.Code == "15").Highlighted);
        Assert.Equal(["0件", "1–2件", "3–4件", "5–6件", "7–8件", "東京都（主催）"], page.Legend.Select(l => l.LabelJa));
        Assert.Equal(BarChart.MaxBarWidth, page.Bars.Bars[0].Width);
        Assert.Equal(0, page.Bars.Bars[2].Width);
        Assert.Equal("8件", page.Bars.Bars[0].ValueJa);
        Assert.Equal("主催", page.Bars.Bars[3].ValueJa);
        Assert.Equal("/dashboard?fy=2020&indicator=events&view=map&sort=value&highlight=15", page.Href(view: DashboardView.Map));
        Assert.Contains("2位", page.Map.Tiles.Single(t => t.Prefecture.Code == "15").TitleJa);
    }
}

public sealed class ProcurementFiscalYearTests
{
    [Theory]
    [InlineData("2021-03-31T14:59:59Z", 2020)]
    [InlineData("2021-03-31T15:00:00Z", 2021)]
    [InlineData("2020-04-01T00:00:00Z", 2020)]
    [InlineData("2021-01-01T00:00:00Z", 2020)]
    [InlineData("2020-12-31T15:30:00Z", 2020)]
    public void FiscalYearOfPublicationIsCountedInJapanTime(string utc, int fiscalYear) =>
        Assert.Equal(fiscalYear, ProcurementFiguresService.FiscalYearOf(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal)));
}
