using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>The seed tables write dates as YYYY, YYYY-MM or YYYY-MM-DD; the precision the source gives is kept, never a day invented.</summary>
public sealed class PartialDateParsing
{
    [Fact]
    public void AYearAloneKeepsYearPrecision()
    {
        var date = PartialDate.Parse("2019");

        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.Equal(2019, date.Year);
        Assert.Null(date.Month);
        Assert.Null(date.Day);
        Assert.Equal("2019", date.ToString());
        Assert.Equal(new DateOnly(2019, 1, 1), date.EarliestDay);
    }

    [Fact]
    public void AYearAndMonthKeepMonthPrecision()
    {
        var date = PartialDate.Parse("2020-10");

        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(10, date.Month);
        Assert.Null(date.Day);
        Assert.Equal("2020-10", date.ToString());
        Assert.Equal(new DateOnly(2020, 10, 1), date.EarliestDay);
    }

    [Fact]
    public void AFullDateKeepsDayPrecision()
    {
        var date = PartialDate.Parse("2017-11-03");

        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal((2017, 11, 3), (date.Year, date.Month!.Value, date.Day!.Value));
        Assert.Equal("2017-11-03", date.ToString());
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2020-10")]
    [InlineData("2017-11-03")]
    [InlineData("2020-02-29")]
    public void ToStringGivesBackExactlyWhatWasParsed(string text) =>
        Assert.Equal(text, PartialDate.Parse(text).ToString());

    [Fact]
    public void SurroundingSpaceIsIgnored() =>
        Assert.Equal(PartialDate.OfMonth(2020, 10), PartialDate.Parse(" 2020-10 "));

    [Theory]
    [InlineData("2020-13")]
    [InlineData("2020-00")]
    [InlineData("2020-02-30")]
    [InlineData("2021-02-29")]
    [InlineData("2020-04-31")]
    [InlineData("20-1")]
    [InlineData("2020-1")]
    [InlineData("2020-01-5")]
    [InlineData("2020/01/05")]
    [InlineData("2020-01-05-01")]
    [InlineData("1899")]
    [InlineData("2200")]
    [InlineData("２０２０")]
    [InlineData("令和2年")]
    [InlineData("+202")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void ImpossibleOrMalformedDatesAreRefused(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out var date));
        Assert.Null(date);
    }

    [Fact]
    public void ParseExplainsARefusalWithTheFormsItAccepts()
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse("2020-02-30"));

        Assert.Contains("Not a date: '2020-02-30' (YYYY, YYYY-MM or YYYY-MM-DD)", error.Message);
    }

    [Fact]
    public void FactoriesRefuseWhatParseRefuses()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(2020, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYear(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(new DateOnly(2200, 1, 1)));
    }

    [Fact]
    public void EqualityIncludesThePrecision()
    {
        Assert.Equal(PartialDate.OfMonth(2020, 10), PartialDate.Parse("2020-10"));
        Assert.NotEqual(PartialDate.OfMonth(2020, 1), PartialDate.Parse("2020-01-01"));
        Assert.NotEqual(PartialDate.OfYear(2020), PartialDate.Parse("2020-01"));
    }
}
