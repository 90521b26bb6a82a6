using AllJapanTokyo.Domain.Prefectures;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>JIS X 0401 codes are kept as two-digit text with the leading zero ("01" 北海道 … "47" 沖縄県).</summary>
public sealed class PrefectureCodes
{
    [Theory]
    [InlineData("01")]
    [InlineData("09")]
    [InlineData("13")]
    [InlineData("47")]
    public void TwoDigitCodesFromOneToFortySevenAreValid(string code) => Assert.True(Prefecture.IsValidCode(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("00")]
    [InlineData("48")]
    [InlineData("99")]
    [InlineData("013")]
    [InlineData(" 1")]
    [InlineData("1a")]
    [InlineData("-1")]
    [InlineData("１３")]
    public void AnythingElseIsNotAPrefectureCode(string? code) => Assert.False(Prefecture.IsValidCode(code));

    [Fact]
    public void AllFortySevenCodesAreValid() =>
        Assert.All(Enumerable.Range(1, 47).Select(n => n.ToString("D2")), code => Assert.True(Prefecture.IsValidCode(code)));

    [Theory]
    [InlineData("1", "01")]
    [InlineData("01", "01")]
    [InlineData("9", "09")]
    [InlineData(" 13 ", "13")]
    [InlineData("47", "47")]
    public void NormalizeCodeRestoresTheLeadingZero(string code, string expected) =>
        Assert.Equal(expected, Prefecture.NormalizeCode(code));

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("48")]
    [InlineData("001")]
    [InlineData("東京")]
    [InlineData("１３")]
    public void NormalizeCodeRefusesNonCodes(string code)
    {
        var error = Assert.Throws<FormatException>(() => Prefecture.NormalizeCode(code));
        Assert.Contains("Not a prefecture code", error.Message);
    }

    [Fact]
    public void TokyoIsThirteen()
    {
        var tokyo = new Prefecture { Code = "13", Name = new("東京都", "Tokyo"), NameKana = "とうきょうと", Region = new("関東", "Kanto") };

        Assert.True(tokyo.IsTokyo);
        Assert.Equal("13", Prefecture.TokyoCode);
    }
}
