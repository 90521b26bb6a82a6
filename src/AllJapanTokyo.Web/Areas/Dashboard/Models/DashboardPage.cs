using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Areas.Dashboard.Overview;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>
/// One prefecture as the dashboard lists it: its value as text, rank (null: no value), colour band, whether it is
/// highlighted, and the title its tile or bar carries (worked out once, for whichever picture the page draws).
/// </summary>
public sealed record DashboardRow(PrefectureParticipationRow Row, int? Rank, int? Band, bool Highlighted, string ValueText, string Title)
{
    public PrefectureRef Prefecture => Row.Prefecture;

    public string CssClass => Row.IsTokyo ? TileMaps.TokyoClass : Band is { } band ? $"band-{band}" : DashboardPages.NoDataClass;
}

/// <summary>One bar of the ranked bar chart (server-side SVG); <see cref="Width"/> 0 draws no bar (no value, or Tokyo).</summary>
public sealed record ChartBar(DashboardRow Row, int Index, int Width)
{
    public int Y => BarChart.Top + (Index * BarChart.RowHeight);

    public int BarY => Y + 3;

    public int TextY => Y + 17;
}

/// <summary>The ranked bar chart: the same rows as the table, in the same order.</summary>
public sealed record BarChart(string Id, string Label, IReadOnlyList<ChartBar> Bars)
{
    public const int Width = 770;
    public const int Top = 6;
    public const int RowHeight = 24;
    public const int BarHeight = 18;
    public const int LabelWidth = 150;
    public const int MaxBarWidth = 470;

    public int Height => (Top * 2) + (Bars.Count * RowHeight);
}

/// <summary>
/// /dashboard?fy=2020&amp;indicator=…&amp;view=map|bars&amp;sort=code|value&amp;highlight=15 in the reader's language:
/// the rows in the page's order, the picture of the chosen view (the tile map or the bar chart) and its legend.
/// </summary>
public sealed record DashboardPage(
    DashboardOverview Overview,
    DashboardView View,
    DashboardSort Sort,
    PrefectureRef? Highlight,
    IReadOnlyList<DashboardProblem> Problems,
    string MetricLabel,
    IReadOnlyList<DashboardRow> Rows,
    TileMap? Map,
    BarChart? Bars,
    IReadOnlyList<MapLegendItem> Legend)
{
    public DashboardMetric Metric => Overview.Metric;

    /// <summary>
    /// The query of this page with another view or sort, keeping the year, indicator and (unless dropped) the
    /// highlight, in that order: for links made by route (<c>asp-all-route-data</c>, <c>Url.Action</c>).
    /// </summary>
    public Dictionary<string, string> Query(DashboardView? view = null, DashboardSort? sort = null, bool withHighlight = true)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal) { ["fy"] = Overview.FiscalYear.ToString(CultureInfo.InvariantCulture) };
        if (Metric.Code != DashboardMetric.InitiativesCode)
        {
            query["indicator"] = Metric.Code;
        }

        query["view"] = (view ?? View).Code();
        query["sort"] = (sort ?? Sort).Code();
        if (withHighlight && Highlight is not null)
        {
            query["highlight"] = Highlight.Code;
        }

        return query;
    }
}

/// <summary>
/// Builds the dashboard page from the (cached, language-neutral) data of a year and indicator: rank, sort, bands,
/// highlight, the texts of the reader's language, and the map or the bars.
/// </summary>
public static class DashboardPages
{
    public const string NoDataClass = "band-none";

    public static DashboardPage Create(
        DashboardOverview overview,
        DashboardView view,
        DashboardSort sort,
        string? highlightCode,
        IStringLocalizer L,
        IReadOnlyList<DashboardProblem>? problems = null,
        bool highlightAll = false)
    {
        var metric = overview.Metric;
        var metricLabel = L.Label(metric);
        var fy = Display.FiscalYearLabel(overview.FiscalYear);
        var highlight = highlightCode is null ? null : overview.Rows.FirstOrDefault(r => r.Prefecture.Code == highlightCode)?.Prefecture;
        var ranks = DashboardRanking.Ranks(overview.Rows.Select(r => (r.Prefecture.Code, r.Value)));
        var bins = DashboardRanking.Bins(overview.Rows.Where(r => r.Value is not null).Select(r => r.Value!.Value));
        var rows = DashboardRanking.Sort(
                overview.Rows.Select(r =>
                {
                    var rank = ranks.TryGetValue(r.Prefecture.Code, out var found) ? found : (int?)null;
                    // Every prefecture highlighted: the dashboard's parts are rendered so once, to be cut (DashboardFragments).
                    var highlighted = highlightAll || r.Prefecture.Code == highlight?.Code;
                    var value = ValueText(L, r, metric);
                    return new DashboardRow(r, rank, DashboardRanking.Band(r.Value, bins), highlighted, value, Title(L, r, rank, highlighted, value, metric, metricLabel, fy));
                }),
                sort,
                r => r.Prefecture.Code,
                r => r.Row.Value)
            .ToList();

        var legend = bins.Select(b => new MapLegendItem($"band-{b.Band}", LegendText(L, metric, b))).ToList();
        if (rows.Any(r => !r.Row.IsTokyo && r.Row.Value is null))
        {
            legend.Add(new MapLegendItem(NoDataClass, L["データなし"].Value));
        }

        legend.Add(new MapLegendItem(TileMaps.TokyoClass, L["東京都（主催）"].Value));

        TileMap? map = null;
        BarChart? chart = null;
        if (view == DashboardView.Map)
        {
            var byCode = rows.ToDictionary(r => r.Prefecture.Code, StringComparer.Ordinal);
            var tiles = overview.Prefectures
                .Where(p => byCode.ContainsKey(p.Code))
                .Select(p =>
                {
                    var row = byCode[p.Code];
                    return new MapTile(p.Ref, p.TileRow, p.TileColumn, row.CssClass, row.ValueText, row.Title, row.Highlighted);
                })
                .ToList();
            map = new TileMap(
                $"participation-map-{overview.FiscalYear}",
                L["{0}の都道府県別の{1}（日本のタイルマップ）。同じ数値を下の表に掲載しています。", fy, metricLabel].Value,
                tiles,
                metricLabel,
                legend);
        }
        else
        {
            var max = rows.Where(r => r.Row.Value is not null).Select(r => r.Row.Value!.Value).DefaultIfEmpty(0).Max();
            var bars = rows.Select((row, index) =>
                new ChartBar(row, index, row.Row.Value is { } v && v > 0 && max > 0 ? Math.Max(2, (int)Math.Round(v / max * BarChart.MaxBarWidth)) : 0))
                .ToList();
            chart = new BarChart(
                $"participation-bars-{overview.FiscalYear}",
                sort == DashboardSort.Value
                    ? L["{0}の都道府県別の{1}（数値順の棒グラフ）。同じ数値を下の表に掲載しています。", fy, metricLabel].Value
                    : L["{0}の都道府県別の{1}（都道府県順の棒グラフ）。同じ数値を下の表に掲載しています。", fy, metricLabel].Value,
                bars);
        }

        return new DashboardPage(overview, view, sort, highlight, problems ?? [], metricLabel, rows, map, chart, legend);
    }

    /// <summary>
    /// The page with this prefecture highlighted (null or unknown: none) and these problems, as <see cref="Create"/>
    /// builds it, made from the same page built without a highlight: only the highlighted prefecture's row, tile or bar
    /// is made anew (its title gains 【選択中】), everything else is shared with <paramref name="plain"/>, which is kept
    /// per year, indicator, view and sort (DashboardFragmentStore.PageAsync) and never changed.
    /// </summary>
    public static DashboardPage WithHighlight(DashboardPage plain, string? highlightCode, IStringLocalizer L, IReadOnlyList<DashboardProblem> problems)
    {
        var highlight = highlightCode is null ? null : plain.Overview.Rows.FirstOrDefault(r => r.Prefecture.Code == highlightCode)?.Prefecture;
        if (highlight is null)
        {
            return plain with { Highlight = null, Problems = problems };
        }

        var index = plain.Rows.ToList().FindIndex(r => r.Prefecture.Code == highlight.Code);
        var marked = plain.Rows[index] with { Highlighted = true, Title = Marked(L, plain.Rows[index].Row, plain.Rows[index].Title) };
        var rows = plain.Rows.ToArray();
        rows[index] = marked;
        return plain with
        {
            Highlight = highlight,
            Problems = problems,
            Rows = rows,
            Map = plain.Map is { } map
                ? map with { Tiles = [.. map.Tiles.Select(t => t.Prefecture.Code == highlight.Code ? t with { Title = marked.Title, Highlighted = true } : t)] }
                : null,
            Bars = plain.Bars is { } chart
                ? chart with { Bars = [.. chart.Bars.Select(b => b.Row.Prefecture.Code == highlight.Code ? b with { Row = marked } : b)] }
                : null,
        };
    }

    /// <summary>The table of the page for CSV and xlsx, in the page's order and the reader's language.</summary>
    public static IReadOnlyList<string> ExportHeader(DashboardPage page, IStringLocalizer L) =>
        [L["都道府県コード"].Value, L["都道府県"].Value, L["地方"].Value, page.MetricLabel, L["表示値"].Value, L["順位"].Value, L["参加した施策"].Value];

    public static IEnumerable<object?[]> ExportRows(DashboardPage page) =>
        page.Rows.Select(r => new object?[]
        {
            r.Prefecture.Code,
            r.Prefecture.Name.Local(),
            r.Row.Region.Local(),
            r.Row.Value,
            r.ValueText,
            r.Rank,
            string.Join(" ", r.Row.Initiatives.Select(i => i.Code)),
        });

    /// <summary>「ダッシュボード_令和2年度_参加施策数.csv」, "Dashboard_FY2020_Initiatives taken part in.csv".</summary>
    public static string FileName(DashboardPage page, string extension, IStringLocalizer L) =>
        L["ダッシュボード_{0}_{1}.{2}", Display.FiscalYearLabel(page.Overview.FiscalYear), page.MetricLabel, extension].Value;

    /// <summary>The ASCII name for clients that do not read RFC 5987's filename*.</summary>
    public static string AsciiFileName(DashboardPage page, string extension) =>
        $"dashboard-fy{page.Overview.FiscalYear.ToString(CultureInfo.InvariantCulture)}-{page.Metric.Code.Replace(':', '-')}.{extension}";

    /// <summary>The value as the tile, bar and table show it: 「3施策」「217件以上」「データなし」「主催」.</summary>
    public static string ValueText(IStringLocalizer L, PrefectureParticipationRow row, DashboardMetric metric) =>
        row.IsTokyo ? L["主催"].Value
        : row.Value is not { } value ? L["データなし"].Value
        : metric.Kind switch
        {
            DashboardMetricKind.Initiatives => L.Count("{0}施策", (long)value).Value,
            DashboardMetricKind.Events => L.Count("{0}件", (long)value).Value,
            _ => L.Figure(value, row.Qualifier, metric.Unit!).Value,
        };

    /// <summary>A band of the legend with the metric's unit: 「1–2施策」「0件」「3–4件」.</summary>
    private static string LegendText(IStringLocalizer L, DashboardMetric metric, ValueBin bin)
    {
        var (low, high) = DashboardRanking.Bounds(bin);
        var range = DashboardRanking.Range(bin);
        return metric.Kind switch
        {
            DashboardMetricKind.Initiatives => low == high ? L.Count("{0}施策", (long)low).Value : L["{0}施策", range].Value,
            DashboardMetricKind.Events => L["{0}件", range].Value,
            _ => low == high ? L.Figure(low, ValueQualifier.Exact, metric.Unit!).Value : L["{0}{1}", range, metric.Unit!.Local()].Value,
        };
    }

    /// <summary>The title of a tile or bar: 「新潟県：令和2年度の参加施策数は3施策（2位）（2-3、2-4、5-1）」.</summary>
    private static string Title(IStringLocalizer L, PrefectureParticipationRow row, int? rank, bool highlighted, string value, DashboardMetric metric, string metricLabel, string fy)
    {
        var name = row.Prefecture.Name.Local();
        if (row.IsTokyo)
        {
            return L["{0}：本プロジェクトの実施主体", name].Value;
        }

        var title = L["{0}：{1}の{2}は{3}", name, fy, metricLabel, value].Value;
        if (rank is { } r)
        {
            title = L["{0}（{1}位）", title, r].Value;
        }

        if (metric.Kind == DashboardMetricKind.Initiatives && row.Initiatives.Count > 0)
        {
            title = L.WithRemark(title, L.List(row.Initiatives.Select(i => i.Code)));
        }

        return highlighted ? Marked(L, row, title) : title;
    }

    /// <summary>The title of a highlighted tile or bar: 「【選択中】…」 (Tokyo's title says what Tokyo is and stays as it is).</summary>
    private static string Marked(IStringLocalizer L, PrefectureParticipationRow row, string title) =>
        row.IsTokyo ? title : L["【選択中】{0}", title].Value;
}
