using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>A fiscal year runs from 1 April to 31 March: the night of 31 March is where it turns.</summary>
public sealed class FiscalYearBoundaries
{
    [Fact]
    public void ThirtyFirstMarchBelongsToTheYearThatStartedTheAprilBefore() =>
        Assert.Equal(new FiscalYear(2020), FiscalYear.Containing(new DateOnly(2021, 3, 31)));

    [Fact]
    public void FirstAprilStartsTheNextFiscalYear() =>
        Assert.Equal(new FiscalYear(2021), FiscalYear.Containing(new DateOnly(2021, 4, 1)));

    [Theory]
    [InlineData(2020, 1, 1, 2019)]
    [InlineData(2020, 12, 31, 2020)]
    [InlineData(2019, 4, 30, 2019)]
    [InlineData(2019, 3, 1, 2018)]
    public void ContainingPlacesEveryMonthInItsYear(int year, int month, int day, int expectedStartYear) =>
        Assert.Equal(expectedStartYear, FiscalYear.Containing(new DateOnly(year, month, day)).StartYear);

    [Fact]
    public void FirstAndLastDayOfFy2020AreFirstAprilAndThirtyFirstMarch()
    {
        var fy = new FiscalYear(2020);

        Assert.Equal(new DateOnly(2020, 4, 1), fy.FirstDay);
        Assert.Equal(new DateOnly(2021, 3, 31), fy.LastDay);
    }

    [Fact]
    public void ContainsIncludesBothEndsAndNothingBeyond()
    {
        var fy = new FiscalYear(2020);

        Assert.True(fy.Contains(new DateOnly(2020, 4, 1)));
        Assert.True(fy.Contains(new DateOnly(2021, 3, 31)));
        Assert.False(fy.Contains(new DateOnly(2020, 3, 31)));
        Assert.False(fy.Contains(new DateOnly(2021, 4, 1)));
    }

    [Fact]
    public void AnInstantIsPlacedByTheJapaneseDateNotTheUtcDate()
    {
        // 15:00 UTC on 31 March is already midnight, 1 April, in Tokyo.
        var instant = new DateTimeOffset(2021, 3, 31, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(new FiscalYear(2021), JapanTime.FiscalYearOf(instant));
        Assert.Equal(new FiscalYear(2020), JapanTime.FiscalYearOf(instant.AddSeconds(-1)));
        Assert.Equal(new DateOnly(2021, 4, 1), JapanTime.DayOf(instant));
    }

    [Fact]
    public void AFiscalYearsInstantsRunFromAprilTheFirstInJapanToTheNext()
    {
        var (from, to) = JapanTime.UtcSpanOf(new FiscalYear(2020));

        Assert.Equal(new DateTime(2020, 3, 31, 15, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2021, 3, 31, 15, 0, 0, DateTimeKind.Utc), to);
        Assert.Equal(new FiscalYear(2020), JapanTime.FiscalYearOf(from));
        Assert.Equal(new FiscalYear(2021), JapanTime.FiscalYearOf(to));
    }

    [Fact]
    public void PreviousNextAndComparisonFollowTheStartingYear()
    {
        var fy = new FiscalYear(2020);

        Assert.Equal(new FiscalYear(2019), fy.Previous);
        Assert.Equal(new FiscalYear(2021), fy.Next);
        Assert.True(fy.Previous < fy);
        Assert.True(fy.Next > fy);
        Assert.True(fy <= new FiscalYear(2020));
        Assert.True(fy >= new FiscalYear(2020));
        Assert.Equal(
            [2015, 2019, 2020],
            new[] { new FiscalYear(2020), new FiscalYear(2015), new FiscalYear(2019) }.Order().Select(f => f.StartYear));
    }
}
