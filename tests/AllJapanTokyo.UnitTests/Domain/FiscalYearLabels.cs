using System.Globalization;
using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>年度 labels as Japanese administrations write them, including the year the era changed (2019).</summary>
public sealed class FiscalYearLabels
{
    [Theory]
    [InlineData(2015, "平成27年度")]
    [InlineData(2016, "平成28年度")]
    [InlineData(2017, "平成29年度")]
    [InlineData(2018, "平成30年度")]
    [InlineData(2019, "令和元年度")]
    [InlineData(2020, "令和2年度")]
    [InlineData(2021, "令和3年度")]
    [InlineData(1989, "平成元年度")]
    public void JapaneseLabelUsesTheEraInForceAtTheEndOfTheStartingYear(int startYear, string expected) =>
        Assert.Equal(expected, new FiscalYear(startYear).JapaneseLabel);

    [Theory]
    [InlineData(2015, "FY2015")]
    [InlineData(2019, "FY2019")]
    [InlineData(2020, "FY2020")]
    public void EnglishLabelIsFyAndTheStartingYear(int startYear, string expected)
    {
        Assert.Equal(expected, new FiscalYear(startYear).EnglishLabel);
        Assert.Equal(expected, new FiscalYear(startYear).ToString());
    }

    [Fact]
    public void LabelFollowsTheLanguageJapaneseUnlessEnglishIsAsked()
    {
        var fy = new FiscalYear(2020);

        Assert.Equal("令和2年度", fy.Label(CultureInfo.GetCultureInfo("ja-JP")));
        Assert.Equal("FY2020", fy.Label(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("FY2020", fy.Label(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("令和2年度", fy.Label(CultureInfo.InvariantCulture));
    }
}
