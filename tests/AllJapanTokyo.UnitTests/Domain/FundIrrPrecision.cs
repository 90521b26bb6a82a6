using AllJapanTokyo.Domain.Funds;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>
/// Why the IRR may be found in floating point while every amount stays whole yen. No amount is ever computed in double:
/// the flows are read as whole yen, the rate is a ratio (not money), rounded once to 10 decimal places in
/// <see cref="Xirr.Rate"/> (the precision it is stored with) and shown to 0.01 %. Two facts make that safe, tested here:
/// every yen amount the books can hold converts to double exactly, and the rate found leaves, checked in decimal, a
/// present value far below one yen, with no rate 0.01 % away doing as well.
/// </summary>
public sealed class FundIrrPrecision
{
    // The largest amount one record can hold (FundBooksService.MaxYen); a fund's flows sum to far less than 2^53.
    private const long MaxYen = 1_000_000_000_000;

    [Theory]
    [InlineData(MaxYen)]
    [InlineData(MaxYen - 1)]
    [InlineData(999_999_999_999L * 9_000)]
    [InlineData(123_456_789_012_345L)]
    public void EveryYenAmountOfTheBooksConvertsToDoubleExactly(long yen)
    {
        Assert.Equal(yen, (long)(double)yen);
        Assert.True(yen < 1L << 53);
    }

    [Fact]
    public void TheRateLeavesLessThanAYenWhenCheckedInDecimal()
    {
        // Whole years apart, so (1 + r)^n is computed exactly in decimal by multiplication: calls of 12億 and 8億, a
        // distribution of 5億, and a NAV of 25億 at the end.
        long[] amounts = [-1_200_000_000, -800_000_000, 500_000_000, 2_500_000_001];
        var start = new DateOnly(2017, 1, 1);
        var flows = amounts.Select((a, n) => new DatedFlow(start.AddDays(365 * n), a)).ToList();

        var rate = Xirr.Rate(flows);
        Assert.NotNull(rate);
        Assert.Equal(rate, Math.Round(rate.Value, 10));

        var atRate = PresentValue(amounts, rate.Value);
        Assert.True(Math.Abs(atRate) < 1m, $"present value {atRate} yen at {rate}");

        // A rate one basis point (0.01 %) away misses by tens of thousands of yen: the rounding shown is far coarser
        // than any error of the computation.
        Assert.True(Math.Abs(PresentValue(amounts, rate.Value + 0.0001m)) > 10_000m);
        Assert.True(Math.Abs(PresentValue(amounts, rate.Value - 0.0001m)) > 10_000m);
    }

    private static decimal PresentValue(IReadOnlyList<long> amounts, decimal rate)
    {
        var value = 0m;
        var discount = 1m;
        foreach (var amount in amounts)
        {
            value += amount / discount;
            discount *= 1 + rate;
        }

        return value;
    }
}
