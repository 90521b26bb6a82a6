using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>One rule for every number a person types: the forms a Japanese keyboard produces are read, the rest refused.</summary>
public sealed class TypedNumbers
{
    [Theory]
    [InlineData("2500000", 2_500_000L)]
    [InlineData("2,500,000", 2_500_000L)]
    [InlineData("２，５００，０００", 2_500_000L)]
    [InlineData("２５０万", 2_500_000L)]
    [InlineData("250万円", 2_500_000L)]
    [InlineData("1.5億", 150_000_000L)]
    [InlineData("2億5,000万", 250_000_000L)]
    [InlineData("2億5000万3000円", 250_003_000L)]
    [InlineData(" ¥1,200 ", 1_200L)]
    [InlineData("１２００円", 1_200L)]
    public void MoneyIsReadWithSeparatorsFullWidthDigitsAndUnits(string typed, long expected)
    {
        Assert.Null(TypedNumber.TryParseYen(typed, long.MaxValue, out var yen));
        Assert.Equal(expected, yen);
    }

    [Theory]
    [InlineData("abc", NumberProblem.NotANumber)]
    [InlineData("万", NumberProblem.NotANumber)]
    [InlineData("5万2億", NumberProblem.NotANumber)]
    [InlineData("1万20000", NumberProblem.NotANumber)]
    [InlineData("-100", NumberProblem.Negative)]
    [InlineData("－100", NumberProblem.Negative)]
    [InlineData("100.5", NumberProblem.NotWhole)]
    [InlineData("1.00005万", NumberProblem.NotWhole)]
    [InlineData("2000億", NumberProblem.TooLarge)]
    public void MoneyIsRefusedWithItsReason(string typed, NumberProblem expected)
    {
        Assert.Equal(expected, TypedNumber.TryParseYen(typed, 100_000_000_000, out var yen));
        Assert.Null(yen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void NothingTypedIsNoNumberAndNoProblem(string? typed)
    {
        Assert.Null(TypedNumber.TryParseYen(typed, 10, out var yen));
        Assert.Null(yen);
        Assert.Null(TypedNumber.TryParseCount(typed, 10, out var count));
        Assert.Null(count);
    }

    [Fact]
    public void CountsTakeSeparatorsAndFullWidthDigitsButNoUnits()
    {
        Assert.Null(TypedNumber.TryParseCount("１，２３４", 10_000, out var count));
        Assert.Equal(1234m, count);
        Assert.Equal(NumberProblem.NotANumber, TypedNumber.TryParseCount("3万", 1_000_000, out _));
        Assert.Equal(NumberProblem.NotWhole, TypedNumber.TryParseCount("2.5", 10, out _));
        Assert.Equal(NumberProblem.TooLarge, TypedNumber.TryParseCount("48", 47, out _));
    }
}
