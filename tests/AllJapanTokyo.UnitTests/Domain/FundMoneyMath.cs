using AllJapanTokyo.Domain.Funds;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>The fund's money rules: pro-rata parts that add up to the yen, XIRR against worked examples, DPI/RVPI/TVPI.</summary>
public sealed class FundMoneyMath
{
    [Fact]
    public void EvenCommitmentsSplitExactly()
    {
        Assert.Equal([50_000_000L, 30_000_000L, 20_000_000L], ProRata.Split(100_000_000, [500_000_000, 300_000_000, 200_000_000]));
    }

    [Fact]
    public void ThreeEqualCommitmentsGiveTheLeftOverYenToTheFirst()
    {
        // 100 ÷ 3 = 33.33…: one yen is left over and the tie goes to the earliest investor.
        Assert.Equal([34L, 33L, 33L], ProRata.Split(100, [1, 1, 1]));
    }

    [Fact]
    public void LargestRemaindersReceiveTheLeftOverYen()
    {
        // 10 yen by 3 : 3 : 1 → exact 30/7, 30/7, 10/7 → floors 4, 4, 1 (9); remainders 2/7, 2/7, 3/7: the smallest
        // investor has the largest remainder and receives the yen left over.
        Assert.Equal([4L, 4L, 2L], ProRata.Split(10, [3, 3, 1]));
        // 7 yen by 1 : 2 : 4 → exact 1, 2, 4: nothing to round.
        Assert.Equal([1L, 2L, 4L], ProRata.Split(7, [1, 2, 4]));
        // 5 yen by 6 : 3 : 1 → 3.0, 1.5, 0.5 → floors 3, 1, 0; remainders 0, .5, .5: the larger commitment (3) wins.
        Assert.Equal([3L, 2L, 0L], ProRata.Split(5, [6, 3, 1]));
    }

    [Theory]
    [InlineData(1_000_000_007L, new long[] { 333_333_333, 333_333_333, 333_333_334 })]
    [InlineData(999_999_999_999L, new long[] { 7, 11, 13, 17, 19, 23 })]
    [InlineData(1L, new long[] { 1_000_000_000, 1_000_000_000, 1 })]
    [InlineData(0L, new long[] { 5, 5 })]
    [InlineData(123_456_789L, new long[] { 1_500_000_000, 350_000_000, 150_000_000, 1 })]
    public void AwkwardCommitmentsStillAddUpToTheWhole(long total, long[] commitments)
    {
        var parts = ProRata.Split(total, commitments);
        Assert.Equal(total, parts.Sum());
        var sum = commitments.Sum(c => (decimal)c);
        for (var i = 0; i < parts.Count; i++)
        {
            // No part is more than a yen away from its exact share.
            Assert.True(Math.Abs(parts[i] - (total * (decimal)commitments[i] / sum)) < 1, $"part {i} is {parts[i]}");
        }
    }

    [Fact]
    public void AZeroCommitmentReceivesNothing()
    {
        Assert.Equal([10L, 0L], ProRata.Split(10, [3, 0]));
        Assert.Throws<ArgumentException>(() => ProRata.Split(10, [0, 0]));
    }

    [Fact]
    public void XirrMatchesTheSpreadsheetExample()
    {
        // The worked example of the spreadsheet XIRR function's documentation: 0.373362535 (37.34 %).
        var rate = Xirr.Rate(
        [
            new(new DateOnly(2008, 1, 1), -10_000),
            new(new DateOnly(2008, 3, 1), 2_750),
            new(new DateOnly(2008, 10, 30), 4_250),
            new(new DateOnly(2009, 2, 15), 3_250),
            new(new DateOnly(2009, 4, 1), 2_750),
        ]);
        Assert.NotNull(rate);
        Assert.InRange(rate.Value, 0.37336253m, 0.37336254m);
    }

    [Fact]
    public void XirrOfOneYearIsTheSimpleReturn()
    {
        // 365 days: −1,000 then +1,100 is exactly 10 %.
        Assert.Equal(0.1m, Math.Round(Xirr.Rate([new(new DateOnly(2019, 1, 1), -1_000), new(new DateOnly(2020, 1, 1), 1_100)])!.Value, 9));
    }

    [Fact]
    public void XirrCountsActualDaysOver365()
    {
        // 2020 is a leap year: 366 days, so r = 1.1^(365/366) − 1 = 0.099733… by hand.
        var rate = Xirr.Rate([new(new DateOnly(2020, 1, 1), -1_000), new(new DateOnly(2021, 1, 1), 1_100)])!.Value;
        Assert.Equal(Math.Round((decimal)(Math.Pow(1.1, 365.0 / 366) - 1), 9), Math.Round(rate, 9));
    }

    [Fact]
    public void XirrOfIrregularFundFlowsWithNavAsTerminalValue()
    {
        // Calls on irregular dates, a distribution and the NAV at a quarter end; the rate found makes the sum zero.
        List<DatedFlow> flows =
        [
            new(new DateOnly(2016, 11, 30), -300_000_000),
            new(new DateOnly(2017, 6, 12), -200_000_000),
            new(new DateOnly(2018, 2, 7), -150_000_000),
            new(new DateOnly(2019, 9, 30), 80_000_000),
            new(new DateOnly(2020, 12, 31), 720_000_000),
        ];
        var rate = (double)Xirr.Rate(flows)!.Value;
        var first = flows[0].On.DayNumber;
        var npv = flows.Sum(f => f.AmountYen / Math.Pow(1 + rate, (f.On.DayNumber - first) / 365.0));
        Assert.True(Math.Abs(npv) < 1, $"NPV at {rate} is {npv}");
        Assert.InRange(rate, 0.02, 0.08);
    }

    [Fact]
    public void XirrOfALossIsNegative()
    {
        var rate = Xirr.Rate([new(new DateOnly(2019, 1, 1), -1_000), new(new DateOnly(2020, 1, 1), 500)])!.Value;
        Assert.Equal(-0.5m, Math.Round(rate, 9));
    }

    [Fact]
    public void XirrOfAHugeReturnFallsBackToBisection()
    {
        // Tripled in 30 days: r = 3^(365/30) − 1 ≈ 638,000 (63.8 million per cent), far from Newton's start at 10 %.
        var rate = Xirr.Rate([new(new DateOnly(2020, 1, 1), -100), new(new DateOnly(2020, 1, 31), 300)]);
        Assert.NotNull(rate);
        var expected = Math.Pow(3, 365.0 / 30) - 1;
        Assert.True(Math.Abs(((double)rate.Value / expected) - 1) < 1e-6, $"{rate} against {expected}");
    }

    [Fact]
    public void XirrWithoutASignChangeIsNotDefined()
    {
        Assert.Null(Xirr.Rate([new(new DateOnly(2020, 1, 1), -1_000), new(new DateOnly(2021, 1, 1), -100)]));
        Assert.Null(Xirr.Rate([new(new DateOnly(2020, 1, 1), 1_000), new(new DateOnly(2021, 1, 1), 100)]));
        Assert.Null(Xirr.Rate([new(new DateOnly(2020, 1, 1), -1_000)]));
        Assert.Null(Xirr.Rate([]));
    }

    [Fact]
    public void MultiplesAreDistributionsAndNavOverPaidIn()
    {
        var multiples = FundMultiples.Of(paidInYen: 1_000_000_000, distributedYen: 300_000_000, navYen: 900_000_000);
        Assert.Equal(0.3m, multiples.Dpi);
        Assert.Equal(0.9m, multiples.Rvpi);
        Assert.Equal(1.2m, multiples.Tvpi);
        Assert.Equal(multiples.Tvpi, multiples.Dpi + multiples.Rvpi);
        Assert.Equal(new FundMultiples(null, null, null), FundMultiples.Of(0, 0, 0));
    }
}
