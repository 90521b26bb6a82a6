using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Reporting;
using AllJapanTokyo.Web.Areas.Reporting.Transfer;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using static AllJapanTokyo.UnitTests.Localization.TestText;

namespace AllJapanTokyo.UnitTests.Localization;

/// <summary>A count or a figure of one reads as one in each language: no stray suffix, no "1 products".</summary>
public sealed class CountsAndFigures
{
    /// <summary>A localiser whose English has a singular form for 「{0}社」 and none for 「{0}件」.</summary>
    private static readonly PortalText Small = new(
        new Translations(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string>
            {
                ["{0}社"] = "{0} companies",
                ["{0}社" + Translations.SingularSuffix] = "{0} company",
                ["{0}件"] = "{0} items",
            },
        }),
        NullLogger<PortalText>.Instance);

    [Fact]
    public void AJapaneseCountOfOneIsTheKeyWithTheNumber()
    {
        Assert.Equal("1社", Small.Within(PortalLanguage.Japanese, () => Small.Count("{0}社", 1).Value));
        Assert.Equal("1件", Small.Within(PortalLanguage.Japanese, () => Small.Count("{0}件", 1).Value));
        Assert.Equal("1施策", In(PortalLanguage.Japanese, L => L.Count("{0}施策", 1).Value));
    }

    [Fact]
    public void AnEnglishCountOfOneTakesTheSingularLineWhereThereIsOne()
    {
        Assert.Equal("1 company", Small.Within(PortalLanguage.English, () => Small.Count("{0}社", 1).Value));
        Assert.Equal("2 companies", Small.Within(PortalLanguage.English, () => Small.Count("{0}社", 2).Value));
        Assert.Equal("1 items", Small.Within(PortalLanguage.English, () => Small.Count("{0}件", 1).Value));
        Assert.Equal("1 initiative", In(PortalLanguage.English, L => L.Count("{0}施策", 1).Value));
        Assert.Equal("1,200 initiatives", In(PortalLanguage.English, L => L.Count("{0}施策", 1200).Value));
    }

    [Fact]
    public void TextInAnotherLanguageFillsItsPlaceholdersAndLeavesThePageLanguageAsItWas()
    {
        var english = Small.Within(PortalLanguage.Japanese, () => Small.In(PortalLanguage.English, "{0}社", 3).Value);

        Assert.Equal("3 companies", english);
        Assert.Equal("3社", Small.Within(PortalLanguage.English, () => Small.In(PortalLanguage.Japanese, "{0}社", 3).Value));
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        Assert.Equal(PortalLanguage.Korean, Small.Within(PortalLanguage.Korean, () => PortalLanguage.Current));
        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void SentencesAroundACountReadForOneInEnglish()
    {
        var shown = In(PortalLanguage.English, L => L["{0}件中 {1}〜{2}件目を表示しています。", "1", "1", "1"].Value);
        var fields = In(PortalLanguage.English, L => L.Of(new ImportIssue.WrongFieldCount(1, 8)).Value);

        Assert.Equal("Tenders 1–1 of 1.", shown);
        Assert.DoesNotMatch(@"\b1 [a-z]+s\b", fields);
    }

    [Theory]
    [InlineData("companies", "company")]
    [InlineData("cities", "city")]
    [InlineData("people", "person")]
    [InlineData("local governments", "local government")]
    [InlineData("head", "head")]
    [InlineData("", "")]
    public void AnEnglishUnitHasItsSingular(string plural, string singular) =>
        Assert.Equal(singular, CommonText.SingularEnglish(plural));

    [Fact]
    public void EveryUnitOfTheIndicatorsReadsAsOneInEnglish()
    {
        var units = SeedFiles.Table("indicators.csv").Rows.Select(r => r.Text("unit")).DistinctBy(u => u.En).ToList();

        foreach (var unit in units)
        {
            var one = In(PortalLanguage.English, L => L.Figure(1, ValueQualifier.Exact, unit).Value);
            var two = In(PortalLanguage.English, L => L.Figure(2, ValueQualifier.Exact, unit).Value);
            var japanese = In(PortalLanguage.Japanese, L => L.Figure(1, ValueQualifier.Exact, unit).Value);

            Assert.Equal("1 " + CommonText.SingularEnglish(unit.En), one);
            Assert.Equal("2 " + unit.En, two);
            Assert.Equal("1" + unit.Ja, japanese);
            Assert.False(CommonText.SingularEnglish(unit.En).EndsWith('s'), $"'{unit.En}' keeps its plural for one");
        }

        Assert.Contains("1 product", units.Select(u => In(PortalLanguage.English, L => L.Figure(1, ValueQualifier.Exact, u).Value)));
        Assert.Equal("about 1 event", In(PortalLanguage.English, L => L.Figure(1, ValueQualifier.Approx, new LocalizedText("件", "events")).Value));
    }
}
