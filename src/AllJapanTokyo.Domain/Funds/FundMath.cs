namespace AllJapanTokyo.Domain.Funds;

/// <summary>
/// Splitting a yen amount among investors pro rata to their commitments: each share is rounded down to the yen and the
/// yen left over go, one each, to the largest remainders (ties to the larger commitment, then to the earlier investor),
/// so the parts always add up to the whole, to the yen.
/// </summary>
public static class ProRata
{
    public static IReadOnlyList<long> Split(long total, IReadOnlyList<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), "Commitments cannot be negative.");
        }

        var sum = weights.Aggregate(0m, (s, w) => s + w);
        if (sum == 0)
        {
            throw new ArgumentException("There is no commitment to split by.", nameof(weights));
        }

        // decimal holds total × weight exactly for any yen amounts the portal accepts (up to 10¹² × 10¹²).
        var parts = new long[weights.Count];
        var remainders = new decimal[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (decimal)total * weights[i];
            parts[i] = (long)decimal.Floor(exact / sum);
            remainders[i] = exact - (parts[i] * sum);
        }

        var left = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count)
            .OrderByDescending(i => remainders[i])
            .ThenByDescending(i => weights[i])
            .ThenBy(i => i)
            .Take((int)left))
        {
            parts[i]++;
        }

        return parts;
    }
}

/// <summary>A dated cash flow from the investors' side: paid in is negative, received (or the terminal NAV) positive.</summary>
public readonly record struct DatedFlow(DateOnly On, long AmountYen);

/// <summary>
/// The annual internal rate of return of irregularly dated cash flows, as spreadsheets' XIRR: Σ cᵢ / (1 + r)^((dᵢ − d₀)/365) = 0
/// (actual/365 from the first date). Newton's method from 10 %, and bisection on a bracketing interval when Newton does
/// not converge. Without both a negative and a positive flow the rate is not defined: null, never a number. The rate is a
/// ratio computed in floating point; the amounts themselves stay whole yen.
/// </summary>
public static class Xirr
{
    private const double Tolerance = 1e-10;
    private const double LowestRate = -0.999999;
    private const double HighestRate = 1e6;

    public static decimal? Rate(IReadOnlyList<DatedFlow> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        if (!flows.Any(f => f.AmountYen < 0) || !flows.Any(f => f.AmountYen > 0))
        {
            return null;
        }

        var first = flows.Min(f => f.On);
        var terms = flows.Select(f => (Years: (f.On.DayNumber - first.DayNumber) / 365.0, Amount: (double)f.AmountYen)).ToArray();
        var rate = Newton(terms) is { } found && found < HighestRate ? found : Bisection(terms);
        return rate is { } r && double.IsFinite(r) && r < HighestRate ? Math.Round((decimal)r, 10) : null;
    }

    private static double Value(IReadOnlyList<(double Years, double Amount)> terms, double rate) =>
        terms.Sum(t => t.Amount / Math.Pow(1 + rate, t.Years));

    private static double Derivative(IReadOnlyList<(double Years, double Amount)> terms, double rate) =>
        terms.Sum(t => -t.Years * t.Amount / Math.Pow(1 + rate, t.Years + 1));

    private static double? Newton(IReadOnlyList<(double Years, double Amount)> terms)
    {
        var rate = 0.1;
        var scale = terms.Max(t => Math.Abs(t.Amount));
        for (var i = 0; i < 100; i++)
        {
            var value = Value(terms, rate);
            if (Math.Abs(value) < Tolerance * scale)
            {
                return rate;
            }

            var slope = Derivative(terms, rate);
            if (slope == 0 || !double.IsFinite(slope))
            {
                return null;
            }

            var next = rate - (value / slope);
            if (!double.IsFinite(next) || next <= LowestRate)
            {
                return null;
            }

            if (Math.Abs(next - rate) < Tolerance)
            {
                return Math.Abs(Value(terms, next)) < 1e-6 * scale ? next : null;
            }

            rate = next;
        }

        return null;
    }

    private static double? Bisection(IReadOnlyList<(double Years, double Amount)> terms)
    {
        // Look for a bracket between −99.9999 % and 10⁶ (a hundred million per cent), widening step by step.
        double[] points = [LowestRate, -0.99, -0.9, -0.5, 0, 0.5, 1, 10, 100, 1e3, 1e4, 1e5, HighestRate];
        for (var k = 0; k < points.Length - 1; k++)
        {
            double low = points[k], high = points[k + 1];
            double fLow = Value(terms, low), fHigh = Value(terms, high);
            if (!double.IsFinite(fLow) || !double.IsFinite(fHigh) || Math.Sign(fLow) == Math.Sign(fHigh))
            {
                continue;
            }

            for (var i = 0; i < 300 && high - low > Tolerance; i++)
            {
                var middle = (low + high) / 2;
                var fMiddle = Value(terms, middle);
                if (Math.Sign(fMiddle) == Math.Sign(fLow))
                {
                    (low, fLow) = (middle, fMiddle);
                }
                else
                {
                    high = middle;
                }
            }

            return (low + high) / 2;
        }

        return null;
    }
}

/// <summary>The ILPA-style multiples of a fund at a date: each null while nothing has been paid in.</summary>
public readonly record struct FundMultiples(decimal? Dpi, decimal? Rvpi, decimal? Tvpi)
{
    public static FundMultiples Of(long paidInYen, long distributedYen, long navYen) => paidInYen <= 0
        ? new(null, null, null)
        : new(
            Math.Round((decimal)distributedYen / paidInYen, 4),
            Math.Round((decimal)navYen / paidInYen, 4),
            Math.Round((decimal)(distributedYen + navYen) / paidInYen, 4));
}
