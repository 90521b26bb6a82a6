using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>One prefecture as the dashboard lists it: its value, rank (null: no value), colour band and whether it is highlighted.</summary>
public sealed record DashboardRow(PrefectureParticipationRow Row, int? Rank, int? Band, bool Highlighted)
{
    public PrefectureRef Prefecture => Row.Prefecture;

    public string CssClass => Row.IsTokyo ? TileMaps.TokyoClass : Band is { } band ? $"band-{band}" : DashboardPages.NoDataClass;
}

/// <summary>One bar of the ranked bar chart (server-side SVG); <see cref="Width"/> 0 draws no bar (no value, or Tokyo).</summary>
public sealed record ChartBar(DashboardRow Row, int Index, int Width, string ValueJa, string ValueEn, string TitleJa, string TitleEn)
{
    public int Y => BarChart.Top + (Index * BarChart.RowHeight);

    public int BarY => Y + 3;

    public int TextY => Y + 17;
}

/// <summary>The ranked bar chart: the same rows as the table, in the same order.</summary>
public sealed record BarChart(string Id, string LabelJa, string LabelEn, IReadOnlyList<ChartBar> Bars)
{
    public const int Width = 770;
    public const int Top = 6;
    public const int RowHeight = 24;
    public const int BarHeight = 18;
    public const int LabelWidth = 150;
    public const int MaxBarWidth = 470;

    public int Height => (Top * 2) + (Bars.Count * RowHeight);
}

/// <summary>/dashboard?fy=2020&amp;indicator=…&amp;view=map|bars&amp;sort=code|value&amp;highlight=15.</summary>
public sealed record DashboardPage(
    DashboardOverview Overview,
    DashboardView View,
    DashboardSort Sort,
    PrefectureRef? Highlight,
    string? RefusedView,
    string? RefusedSort,
    string? RefusedHighlight,
    IReadOnlyList<DashboardRow> Rows,
    TileMap Map,
    BarChart Bars,
    IReadOnlyList<MapLegendItem> Legend)
{
    public DashboardMetric Metric => Overview.Metric;

    /// <summary>This page with another view or sort, keeping the year, indicator and highlight.</summary>
    public string Href(DashboardView? view = null, DashboardSort? sort = null)
    {
        var query = new List<string> { $"fy={Overview.FiscalYear}" };
        if (Metric.Code != DashboardService.InitiativesMetric)
        {
            query.Add("indicator=" + Uri.EscapeDataString(Metric.Code));
        }

        query.Add("view=" + (view ?? View).Code());
        query.Add("sort=" + (sort ?? Sort).Code());
        if (Highlight is not null)
        {
            query.Add("highlight=" + Highlight.Code);
        }

        return "/dashboard?" + string.Join("&", query);
    }
}

/// <summary>Builds the dashboard page from the (cached) data of a year and indicator: rank, sort, bands, highlight, map and bars.</summary>
public static class DashboardPages
{
    public const string NoDataClass = "band-none";

    public static DashboardPage Create(
        DashboardOverview overview,
        DashboardView view,
        DashboardSort sort,
        string? highlightCode,
        string? refusedView = null,
        string? refusedSort = null,
        string? refusedHighlight = null)
    {
        var metric = overview.Metric;
        var highlight = highlightCode is null ? null : overview.Rows.FirstOrDefault(r => r.Prefecture.Code == highlightCode)?.Prefecture;
        var ranks = DashboardRanking.Ranks(overview.Rows.Select(r => (r.Prefecture.Code, r.Value)));
        var bins = DashboardRanking.Bins(overview.Rows.Where(r => r.Value is not null).Select(r => r.Value!.Value));
        var rows = DashboardRanking.Sort(
                overview.Rows.Select(r => new DashboardRow(
                    r,
                    ranks.TryGetValue(r.Prefecture.Code, out var rank) ? rank : null,
                    DashboardRanking.Band(r.Value, bins),
                    r.Prefecture.Code == highlight?.Code)),
                sort,
                r => r.Prefecture.Code,
                r => r.Row.Value)
            .ToList();

        var fy = new FiscalYear(overview.FiscalYear);
        var legend = bins
            .Select(b => new MapLegendItem($"band-{b.Band}", DashboardRanking.Range(b) + metric.UnitJa, $"{DashboardRanking.Range(b)} {metric.UnitEn}"))
            .ToList();
        if (rows.Any(r => !r.Row.IsTokyo && r.Row.Value is null))
        {
            legend.Add(new MapLegendItem(NoDataClass, "データなし", "No data"));
        }

        legend.Add(new MapLegendItem(TileMaps.TokyoClass, "東京都（主催）", "Tokyo (organiser)"));

        var tiles = overview.Prefectures.Select(p =>
        {
            var row = rows.Single(r => r.Prefecture.Code == p.Code);
            var (titleJa, titleEn) = Titles(row, metric, fy);
            return new MapTile(p.Ref, p.TileRow, p.TileColumn, row.CssClass, ValueJa(row, metric), ValueEn(row, metric), titleJa, titleEn, row.Highlighted);
        }).ToList();
        var map = new TileMap(
            $"participation-map-{overview.FiscalYear}",
            $"{fy.JapaneseLabel}の都道府県別の{metric.LabelJa}（日本のタイルマップ）。同じ数値を下の表に掲載しています。",
            $"{metric.LabelEn} per prefecture in {fy.EnglishLabel} (tile map of Japan). The table below gives the same numbers.",
            tiles,
            metric.LabelJa,
            metric.LabelEn,
            legend);

        var max = rows.Where(r => r.Row.Value is not null).Select(r => r.Row.Value!.Value).DefaultIfEmpty(0).Max();
        var bars = rows.Select((row, index) =>
        {
            var (titleJa, titleEn) = Titles(row, metric, fy);
            var width = row.Row.Value is { } v && v > 0 && max > 0 ? Math.Max(2, (int)Math.Round(v / max * BarChart.MaxBarWidth)) : 0;
            return new ChartBar(row, index, width, ValueJa(row, metric), ValueEn(row, metric), titleJa, titleEn);
        }).ToList();
        var chart = new BarChart(
            $"participation-bars-{overview.FiscalYear}",
            $"{fy.JapaneseLabel}の都道府県別の{metric.LabelJa}（{(sort == DashboardSort.Value ? "数値順" : "都道府県順")}の棒グラフ）。同じ数値を下の表に掲載しています。",
            $"{metric.LabelEn} per prefecture in {fy.EnglishLabel} (bar chart, {(sort == DashboardSort.Value ? "largest first" : "in prefecture order")}). The table below gives the same numbers.",
            bars);

        return new DashboardPage(overview, view, sort, highlight, refusedView, refusedSort, refusedHighlight, rows, map, chart, legend);
    }

    /// <summary>The table of the page for CSV and xlsx, in the page's order, in the reader's language.</summary>
    public static IReadOnlyList<string> ExportHeader(DashboardPage page) => Display.IsEnglish
        ? ["Code", "Prefecture", "Region", page.Metric.LabelEn, "As shown", "Rank", "Initiatives taken part in"]
        : ["都道府県コード", "都道府県", "地方", page.Metric.LabelJa, "表示", "順位", "参加した施策"];

    public static IEnumerable<object?[]> ExportRows(DashboardPage page) =>
        page.Rows.Select(r => new object?[]
        {
            r.Prefecture.Code,
            Display.Pick(r.Prefecture.NameJa, r.Prefecture.NameEn),
            Display.Pick(r.Row.RegionJa, r.Row.RegionEn),
            r.Row.Value,
            Display.Pick(ValueJa(r, page.Metric), ValueEn(r, page.Metric)),
            r.Rank,
            string.Join(" ", r.Row.Initiatives.Select(i => i.Code)),
        });

    public static string FileName(DashboardPage page, string extension) => Display.IsEnglish
        ? AsciiFileName(page, extension)
        : $"ダッシュボード_{new FiscalYear(page.Overview.FiscalYear).JapaneseLabel}_{page.Metric.LabelJa}.{extension}";

    public static string AsciiFileName(DashboardPage page, string extension) =>
        $"dashboard-fy{page.Overview.FiscalYear.ToString(CultureInfo.InvariantCulture)}-{page.Metric.Code.Replace(':', '-')}.{extension}";

    /// <summary>The value as the tile, bar and table show it: "3施策", "217件以上", "データなし", "主催".</summary>
    public static string ValueJa(DashboardRow row, DashboardMetric metric) =>
        row.Row.IsTokyo ? "主催"
        : row.Row.Value is not { } value ? "データなし"
        : $"{Qualified(value, row.Row.Qualifier, true)}{metric.UnitJa}{(row.Row.Qualifier == ValueQualifier.AtLeast ? "以上" : "")}";

    public static string ValueEn(DashboardRow row, DashboardMetric metric) =>
        row.Row.IsTokyo ? "Organiser"
        : row.Row.Value is not { } value ? "No data"
        : $"{Qualified(value, row.Row.Qualifier, false)} {metric.UnitEn}";

    private static string Qualified(decimal value, ValueQualifier qualifier, bool japanese)
    {
        var number = value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return qualifier switch
        {
            ValueQualifier.Approx => japanese ? "約" + number : "about " + number,
            ValueQualifier.AtLeast => japanese ? number : number + "+",
            _ => number,
        };
    }

    private static (string Ja, string En) Titles(DashboardRow row, DashboardMetric metric, FiscalYear fy)
    {
        var p = row.Prefecture;
        if (row.Row.IsTokyo)
        {
            return ($"{p.NameJa}：本プロジェクトの実施主体", $"{p.NameEn}: runs the project");
        }

        var rankJa = row.Rank is { } r ? $"（{r}位）" : "";
        var rankEn = row.Rank is { } e ? $" (rank {e})" : "";
        var codes = row.Row.Initiatives.Count == 0 ? "" : string.Join("、", row.Row.Initiatives.Select(i => i.Code));
        var codesEn = row.Row.Initiatives.Count == 0 ? "" : string.Join(", ", row.Row.Initiatives.Select(i => i.Code));
        var detailJa = metric.Code == DashboardService.InitiativesMetric && codes.Length > 0 ? $"（{codes}）" : "";
        var detailEn = metric.Code == DashboardService.InitiativesMetric && codesEn.Length > 0 ? $" ({codesEn})" : "";
        var markJa = row.Highlighted ? "【選択中】" : "";
        var markEn = row.Highlighted ? "[selected] " : "";
        return (
            $"{markJa}{p.NameJa}：{fy.JapaneseLabel}の{metric.LabelJa}は{ValueJa(row, metric)}{rankJa}{detailJa}",
            $"{markEn}{p.NameEn}: {metric.LabelEn} in {fy.EnglishLabel}: {ValueEn(row, metric)}{rankEn}{detailEn}");
    }
}
