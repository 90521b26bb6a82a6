using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>What a fiscal year may be typed as (a URL segment, a form field, a CSV cell) and what is refused.</summary>
public sealed class FiscalYearParsing
{
    [Theory]
    [InlineData("2020")]
    [InlineData("FY2020")]
    [InlineData("fy2020")]
    [InlineData(" 2020 ")]
    public void TryParseAcceptsTheYearWithOrWithoutFy(string text)
    {
        Assert.True(FiscalYear.TryParse(text, out var fy));
        Assert.Equal(2020, fy.StartYear);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("FY")]
    [InlineData("令和2年度")]
    [InlineData("２０２０")]
    [InlineData("FY 2020")]
    [InlineData("2020年")]
    [InlineData("-2020")]
    [InlineData("+2020")]
    [InlineData("20.20")]
    [InlineData("1988")]
    [InlineData("2100")]
    [InlineData("99999999999")]
    public void TryParseRefusesAnythingElse(string? text)
    {
        Assert.False(FiscalYear.TryParse(text, out var fy));
        Assert.Equal(default, fy);
    }

    [Theory]
    [InlineData(FiscalYear.Earliest)]
    [InlineData(FiscalYear.Latest)]
    public void TheRangeEndsAreAllowed(int startYear)
    {
        Assert.True(FiscalYear.IsValid(startYear));
        Assert.Equal(startYear, new FiscalYear(startYear).StartYear);
    }

    [Theory]
    [InlineData(FiscalYear.Earliest - 1)]
    [InlineData(FiscalYear.Latest + 1)]
    [InlineData(0)]
    [InlineData(-2020)]
    public void AYearOutsideTheRangeIsRefusedSayingTheRange(int startYear)
    {
        Assert.False(FiscalYear.IsValid(startYear));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(startYear));
        Assert.Contains("Fiscal year must be between 1989 and 2099.", error.Message);
    }

    [Fact]
    public void NextOfTheLastYearAndPreviousOfTheFirstAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(FiscalYear.Latest).Next);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(FiscalYear.Earliest).Previous);
    }
}
