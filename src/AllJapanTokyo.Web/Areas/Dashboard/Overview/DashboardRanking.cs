using System.Globalization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Overview;

/// <summary>How the dashboard lists the prefectures: by prefecture code (都道府県順) or by value, largest first (数値順).</summary>
public enum DashboardSort
{
    Code,
    Value,
}

/// <summary>How the dashboard draws the fiscal year: the tile map of Japan or the ranked bar chart.</summary>
public enum DashboardView
{
    Map,
    Bars,
}

/// <summary>A colour band of the dashboard: values from <see cref="From"/> (exclusive, null for band 0) up to <see cref="To"/>.</summary>
public sealed record ValueBin(int Band, decimal? From, decimal To);

/// <summary>
/// The pure arithmetic of the dashboard, tested without a database: ranking (1, 2, 2, 4 for ties), the two sort
/// orders and the colour bands of the map and the bar chart with their legend.
/// </summary>
public static class DashboardRanking
{
    /// <summary>Bands 1…4 hold values above zero; band 0 is zero. Missing values have no band (drawn as データなし).</summary>
    public const int MaxBand = 4;

    public static bool TryParseView(string? text, out DashboardView view)
    {
        view = DashboardView.Map;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "map":
                return true;
            case "bars" or "bar":
                view = DashboardView.Bars;
                return true;
            default:
                return false;
        }
    }

    public static bool TryParseSort(string? text, out DashboardSort sort)
    {
        sort = DashboardSort.Code;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "code":
                return true;
            case "value":
                sort = DashboardSort.Value;
                return true;
            default:
                return false;
        }
    }

    public static string Code(this DashboardView view) => view == DashboardView.Bars ? "bars" : "map";

    public static string Code(this DashboardSort sort) => sort == DashboardSort.Value ? "value" : "code";

    /// <summary>
    /// Competition ranking, largest value first: equal values share a rank and the next rank skips (1, 2, 2, 4).
    /// Entries without a value have no rank.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Ranks(IEnumerable<(string Code, decimal? Value)> values)
    {
        var ranked = values.Where(v => v.Value is not null).OrderByDescending(v => v.Value).ToList();
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ranked.Count; i++)
        {
            ranks[ranked[i].Code] = i > 0 && ranked[i].Value == ranked[i - 1].Value ? ranks[ranked[i - 1].Code] : i + 1;
        }

        return ranks;
    }

    /// <summary>
    /// Code order: by prefecture code. Value order: largest first, equal values by code, entries without a value
    /// (no figure, or Tokyo the organiser) last in code order.
    /// </summary>
    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> rows, DashboardSort sort, Func<T, string> code, Func<T, decimal?> value) =>
        sort == DashboardSort.Value
            ? rows.OrderBy(r => value(r) is null ? 1 : 0)
                .ThenByDescending(r => value(r) ?? 0)
                .ThenBy(code, StringComparer.Ordinal)
                .ToList()
            : rows.OrderBy(code, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The colour bands for a set of values: band 0 is zero, bands 1–4 split (0, max] into four equal steps of a
    /// round size (1, 2, 5, 10, 20, 50…), so that the legend reads "1–2", "3–4"… and never shows fractions.
    /// </summary>
    public static IReadOnlyList<ValueBin> Bins(IEnumerable<decimal> values)
    {
        var max = values.Where(v => v > 0).DefaultIfEmpty(0).Max();
        var step = Step(max);
        var bins = new List<ValueBin> { new(0, null, 0) };
        for (var band = 1; band <= MaxBand; band++)
        {
            bins.Add(new ValueBin(band, (band - 1) * step, band * step));
        }

        // The last band takes everything above (only reachable when max is not a whole number of steps).
        return bins;
    }

    /// <summary>The band of one value; null for a missing value.</summary>
    public static int? Band(decimal? value, IReadOnlyList<ValueBin> bins)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (v <= 0)
        {
            return 0;
        }

        foreach (var bin in bins.Where(b => b.Band > 0))
        {
            if (v <= bin.To)
            {
                return bin.Band;
            }
        }

        return MaxBand;
    }

    /// <summary>The whole values a band holds: (0, 0), (1, 1), (3, 4), (16, 20).</summary>
    public static (decimal Low, decimal High) Bounds(ValueBin bin)
    {
        if (bin.From is not { } from)
        {
            return (0, 0);
        }

        var low = Math.Floor(from) + 1;
        var high = Math.Floor(bin.To);
        return (Math.Min(low, high), high);
    }

    /// <summary>The legend text of a band: "0", "1", "3–4", "16–20" (the unit is added by the caller).</summary>
    public static string Range(ValueBin bin)
    {
        var (low, high) = Bounds(bin);
        return low == high
            ? high.ToString("#,0", CultureInfo.InvariantCulture)
            : $"{low.ToString("#,0", CultureInfo.InvariantCulture)}–{high.ToString("#,0", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The round step: the smallest of 1, 2, 5 × 10ⁿ that makes four steps reach <paramref name="max"/>.</summary>
    public static decimal Step(decimal max)
    {
        var needed = max / MaxBand;
        decimal magnitude = 1;
        while (true)
        {
            foreach (var factor in new[] { 1m, 2m, 5m })
            {
                if (factor * magnitude >= needed)
                {
                    return factor * magnitude;
                }
            }

            magnitude *= 10;
        }
    }
}
