using System.Globalization;
using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>Partial dates sort chronologically (a coarser date before the finer ones inside it) and read naturally in both languages.</summary>
public sealed class PartialDateOrderingAndDisplay
{
    [Fact]
    public void DatesOfMixedPrecisionSortChronologically()
    {
        var dates = new[] { "2021", "2020-10", "2020-01-05", "2019", "2020", "2020-01", "2020-10-31" }.Select(PartialDate.Parse);

        Assert.Equal(
            ["2019", "2020", "2020-01", "2020-01-05", "2020-10", "2020-10-31", "2021"],
            dates.Order().Select(d => d.ToString()));
    }

    [Fact]
    public void ComparisonOperatorsAgreeWithTheOrder()
    {
        var october = PartialDate.Parse("2020-10");
        var thirdOfNovember = PartialDate.Parse("2020-11-03");

        Assert.True(october < thirdOfNovember);
        Assert.True(thirdOfNovember > october);
        Assert.True(october <= PartialDate.Parse("2020-10"));
        Assert.True(october >= PartialDate.Parse("2020-10"));
        Assert.True(october.CompareTo(null) > 0);
    }

    [Theory]
    [InlineData("2017-11-03", "2017年11月3日")]
    [InlineData("2020-10", "2020年10月")]
    [InlineData("2019", "2019年")]
    public void JapaneseDisplayWritesOnlyTheKnownParts(string text, string expected) =>
        Assert.Equal(expected, PartialDate.Parse(text).ToJapanese());

    [Theory]
    [InlineData("2017-11-03", "3 Nov 2017")]
    [InlineData("2020-10", "Oct 2020")]
    [InlineData("2019", "2019")]
    public void EnglishDisplayWritesOnlyTheKnownParts(string text, string expected) =>
        Assert.Equal(expected, PartialDate.Parse(text).ToEnglish());

    [Fact]
    public void DisplayFollowsTheLanguage()
    {
        var date = PartialDate.Parse("2020-10");

        Assert.Equal("2020年10月", date.ToDisplay(CultureInfo.GetCultureInfo("ja-JP")));
        Assert.Equal("Oct 2020", date.ToDisplay(CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void EnglishMonthNamesDoNotDependOnTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ja-JP");
            Assert.Equal("3 Nov 2017", PartialDate.Parse("2017-11-03").ToEnglish());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
