using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Overview;
using AllJapanTokyo.Web.Areas.Dashboard.Procurement;
using AllJapanTokyo.Web.Infrastructure.Localization;
using static AllJapanTokyo.UnitTests.Localization.TestText;

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
        In(PortalLanguage.Japanese, L =>
        {
            var bars = DashboardPages.Create(Overview(DashboardMetric.Events), DashboardView.Bars, DashboardSort.Value, "15", L);

            Assert.Equal(["47", "15", "01", "13"], bars.Rows.Select(r => r.Prefecture.Code));
            Assert.Equal([1, 2, 3, (int?)null], bars.Rows.Select(r => r.Rank));
            Assert.Equal(["band-4", "band-1", "band-0", "tile-tokyo"], bars.Rows.Select(r => r.CssClass));
            Assert.True(bars.Rows.Single(r => r.Prefecture.Code == "15").Highlighted);
            Assert.Equal(["0件", "1–2件", "3–4件", "5–6件", "7–8件", "東京都（主催）"], bars.Legend.Select(l => l.Label));
            Assert.Null(bars.Map);
            Assert.Equal(BarChart.MaxBarWidth, bars.Bars!.Bars[0].Width);
            Assert.Equal(0, bars.Bars.Bars[2].Width);
            Assert.Equal("8件", bars.Bars.Bars[0].Row.ValueText);
            Assert.Equal("主催", bars.Bars.Bars[3].Row.ValueText);
            Assert.Contains("数値順", bars.Bars.Label, StringComparison.Ordinal);
            Assert.Equal(
                new Dictionary<string, string> { ["fy"] = "2020", ["indicator"] = "events", ["view"] = "map", ["sort"] = "value", ["highlight"] = "15" },
                bars.Query(view: DashboardView.Map));
            Assert.DoesNotContain("highlight", bars.Query(withHighlight: false).Keys);

            var map = DashboardPages.Create(Overview(DashboardMetric.Events), DashboardView.Map, DashboardSort.Value, "15", L);

            Assert.Null(map.Bars);
            var niigata = map.Map!.Tiles.Single(t => t.Prefecture.Code == "15");
            Assert.True(niigata.Highlighted);
            Assert.Equal("【選択中】新潟県：令和2年度の開催イベント数は2件（2位）", niigata.Title);
            Assert.Equal("東京都：本プロジェクトの実施主体", map.Map.Tiles.Single(t => t.Prefecture.Code == "13").Title);
        });
    }

    [Fact]
    public void EnglishPageCountsOneInitiativeInTheSingularAndUsesNoJapanesePunctuation()
    {
        In(PortalLanguage.English, L =>
        {
            var page = DashboardPages.Create(Overview(DashboardMetric.Initiatives), DashboardView.Map, DashboardSort.Code, null, L);

            Assert.Equal("1 initiative", page.Rows.Single(r => r.Prefecture.Code == "15").ValueText);
            Assert.Equal("4 initiatives", page.Rows.Single(r => r.Prefecture.Code == "47").ValueText);
            Assert.Equal("No data", page.Rows.Single(r => r.Prefecture.Code == "01").ValueText);
            Assert.Contains("1 initiative", page.Legend.Select(l => l.Label));
            Assert.Equal("Niigata, FY2020 – Initiatives: 1 initiative (rank 2) (2-4)", page.Map!.Tiles.Single(t => t.Prefecture.Code == "15").Title);
            Assert.All(page.Map.Tiles, t => Assert.DoesNotMatch("[（）：、]", t.Title + t.Caption));
            Assert.DoesNotMatch("[（）：、]", page.Map.Label);
        });
    }

    [Theory]
    [InlineData("zh-hans", "新泻县")]
    [InlineData("ko", "니가타현")]
    public void ChineseAndKoreanPagesNameThePrefecturesInTheirLanguage(string prefix, string niigata)
    {
        In(PortalLanguage.FromUrlPrefix(prefix)!, L =>
        {
            var page = DashboardPages.Create(Overview(DashboardMetric.Initiatives), DashboardView.Map, DashboardSort.Code, null, L);

            Assert.StartsWith(niigata, page.Map!.Tiles.Single(t => t.Prefecture.Code == "15").Title, StringComparison.Ordinal);
            Assert.DoesNotContain("件", string.Concat(page.Rows.Select(r => r.ValueText)), StringComparison.Ordinal);
        });
    }

    private static DashboardOverview Overview(DashboardMetric metric)
    {
        var tiles = new[]
        {
            new PrefectureTile("01", new("北海道", "Hokkaido", "北海道", "홋카이도"), new("北海道", "Hokkaido", "北海道地方", "홋카이도 지방"), 0, 6),
            new PrefectureTile("13", new("東京都", "Tokyo", "东京都", "도쿄도"), new("関東", "Kanto", "关东地方", "간토 지방"), 3, 5),
            new PrefectureTile("15", new("新潟県", "Niigata", "新泻县", "니가타현"), new("中部", "Chubu", "中部地方", "주부 지방"), 2, 4),
            new PrefectureTile("47", new("沖縄県", "Okinawa", "冲绳县", "오키나와현"), new("九州・沖縄", "Kyushu-Okinawa", "九州·冲绳地方", "규슈·오키나와 지방"), 6, 0),
        };
        var fairs = new InitiativeRef("2-4", new("全国の中小企業の優れた技術等を活用", "Making use of SMEs' technologies"));
        return new DashboardOverview(
            2020,
            [2020],
            metric,
            [metric],
            null,
            tiles,
            [
                new PrefectureParticipationRow(tiles[0].Ref, tiles[0].Region, [], metric.Kind == DashboardMetricKind.Initiatives ? null : 0m),
                new PrefectureParticipationRow(tiles[1].Ref, tiles[1].Region, [], null),
                new PrefectureParticipationRow(tiles[2].Ref, tiles[2].Region, [fairs], metric.Kind == DashboardMetricKind.Initiatives ? 1m : 2m),
                new PrefectureParticipationRow(tiles[3].Ref, tiles[3].Region, [fairs], metric.Kind == DashboardMetricKind.Initiatives ? 4m : 8m),
            ],
            []);
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
        Assert.Equal(fiscalYear, JapanTime.FiscalYearOf(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal)).StartYear);
}
