using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>
/// 法人番号: the first of 13 digits is a check digit, 9 − (Σ Pn × Qn mod 9), Qn = 1 for odd n and 2 for even n,
/// n counted from the last digit. The real numbers below were checked by hand against that formula.
/// </summary>
public sealed class CorporateNumberCheckDigit
{
    // 国税庁: base 000012050002 → Σ = 2·1 + 0 + 0 + 0 + 5·1 + 0·2 + 2·1 + 1·2 + 0… = 11, 9 − 11 mod 9 = 7.
    private const string NationalTaxAgency = "7000012050002";

    // 東京都: base 000020130001 → Σ = 1 + 3 + 1·2 + 2·2 = 10, 9 − 10 mod 9 = 8.
    private const string TokyoMetropolitanGovernment = "8000020130001";

    [Theory]
    [InlineData(NationalTaxAgency)]
    [InlineData(TokyoMetropolitanGovernment)]
    public void RealCorporateNumbersAreValid(string number)
    {
        Assert.True(CorporateNumber.IsValid(number));
        Assert.Null(CorporateNumber.Problem(number));
    }

    [Theory]
    [InlineData("000012050002", 7)]
    [InlineData("000020130001", 8)]
    [InlineData("000000000000", 9)]
    [InlineData("000000000009", 9)]
    [InlineData("000000000001", 8)]
    public void CheckDigitFollowsTheNationalTaxAgencyFormula(string baseNumber, int expected) =>
        Assert.Equal(expected, CorporateNumber.CheckDigitFor(baseNumber));

    [Fact]
    public void TheCheckDigitIsNeverZeroBecauseNineMinusARemainderIsOneToNine()
    {
        var digits = Enumerable.Range(0, 2000).Select(i => CorporateNumber.CheckDigitFor(i.ToString("D12"))).Distinct().Order();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], digits);
    }

    [Fact]
    public void FromBaseBuildsANumberThatValidates()
    {
        var number = CorporateNumber.FromBase("012345678901");

        Assert.Equal(13, number.Length);
        Assert.EndsWith("012345678901", number);
        Assert.True(CorporateNumber.IsValid(number));
    }

    [Theory]
    [InlineData("1000012050002")]
    [InlineData("6000012050002")]
    [InlineData("8000012050002")]
    [InlineData("7000020130001")]
    [InlineData("7000012050003")]
    public void AWrongCheckDigitIsRefusedWithItsOwnReason(string number)
    {
        Assert.False(CorporateNumber.IsValid(number));
        Assert.Equal(CorporateNumberProblem.CheckDigitMismatch, CorporateNumber.Problem(number));
    }

    [Theory]
    [InlineData("700001205000")]
    [InlineData("70000120500021")]
    [InlineData("7000-0120-5000")]
    [InlineData("７０００ ０１２０ ５０００２")]
    [InlineData("７００００１２０５０００２")]
    [InlineData("7000O12050002")]
    [InlineData(" 7000012050002")]
    [InlineData("7000012050002 ")]
    public void WrongLengthNonDigitsAndFullWidthDigitsAreRefused(string number)
    {
        Assert.False(CorporateNumber.IsValid(number));
        Assert.Equal(CorporateNumberProblem.NotThirteenDigits, CorporateNumber.Problem(number));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AMissingNumberAsksForOne(string? number)
    {
        Assert.False(CorporateNumber.IsValid(number));
        Assert.Equal(CorporateNumberProblem.Missing, CorporateNumber.Problem(number));
    }

    [Theory]
    [InlineData("01234567890")]
    [InlineData("0123456789012")]
    [InlineData("01234567890a")]
    [InlineData("０１２３４５６７８９０１")]
    public void CheckDigitForRefusesABaseThatIsNotTwelveAsciiDigits(string baseNumber) =>
        Assert.Throws<ArgumentException>(() => CorporateNumber.CheckDigitFor(baseNumber));
}
