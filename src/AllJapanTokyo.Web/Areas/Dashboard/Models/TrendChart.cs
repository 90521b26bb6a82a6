using System.Globalization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>
/// The geometry of a trend's server-side SVG bar chart: one slot per fiscal year, a bar per reported value, a labelled
/// marker (never a zero bar) for a cancelled or not-held year, and a note for a year without a report.
/// </summary>
public sealed class TrendChart
{
    public const int Width = 720;

    public const int Height = 320;

    public const int Left = 64;

    public const int Right = 16;

    public const int Top = 36;

    public const int Bottom = 64;

    public static int Baseline => Height - Bottom;

    public static int PlotWidth => Width - Left - Right;

    public static int PlotHeight => Height - Top - Bottom;

    private TrendChart(decimal scaleMax, IReadOnlyList<TrendChartSlot> slots, IReadOnlyList<TrendChartTick> ticks)
    {
        ScaleMax = scaleMax;
        Slots = slots;
        Ticks = ticks;
    }

    public decimal ScaleMax { get; }

    public IReadOnlyList<TrendChartSlot> Slots { get; }

    public IReadOnlyList<TrendChartTick> Ticks { get; }

    public static TrendChart For(TrendSeries series)
    {
        var max = series.Reported.Select(y => y.Value ?? 0).DefaultIfEmpty(0).Max();
        var scaleMax = NiceCeiling(max);
        var slotWidth = (double)PlotWidth / series.Years.Count;
        var barWidth = Math.Min(56, slotWidth * 0.6);
        var slots = series.Years.Select((year, i) =>
        {
            var center = Left + (slotWidth * i) + (slotWidth / 2);
            var height = year.Value is { } value && scaleMax > 0 ? (double)(value / scaleMax) * PlotHeight : 0;
            return new TrendChartSlot(year, center, center - (barWidth / 2), barWidth, Baseline - height, height);
        }).ToList();
        var ticks = new List<TrendChartTick> { new(0, Baseline) };
        if (scaleMax > 0)
        {
            var half = scaleMax / 2;
            if (half == decimal.Truncate(half))
            {
                ticks.Add(new TrendChartTick(half, Baseline - (PlotHeight / 2.0)));
            }

            ticks.Add(new TrendChartTick(scaleMax, Top));
        }

        return new TrendChart(scaleMax, slots, ticks);
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least the value (so the tallest bar fills most of the plot).</summary>
    public static decimal NiceCeiling(decimal value)
    {
        if (value <= 0)
        {
            return 0;
        }

        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)));
        foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>An SVG coordinate, invariant and short.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

public sealed record TrendChartSlot(TrendYear Year, double Center, double X, double BarWidth, double Y, double BarHeight);

public sealed record TrendChartTick(decimal Value, double Y);
