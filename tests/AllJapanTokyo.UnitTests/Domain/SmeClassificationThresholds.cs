using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>
/// 中小企業基本法 第2条: a company is an SME when its capital OR its regular employees are at or under its
/// industry group's threshold, so it stops being one only when both are over.
/// </summary>
public sealed class SmeClassificationThresholds
{
    public static TheoryData<SmeIndustryGroup, long, int> Thresholds => new()
    {
        { SmeIndustryGroup.ManufacturingAndOthers, 300_000_000, 300 },
        { SmeIndustryGroup.Wholesale, 100_000_000, 100 },
        { SmeIndustryGroup.Services, 50_000_000, 100 },
        { SmeIndustryGroup.Retail, 50_000_000, 50 },
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void ThresholdsAreThoseOfTheSmeBasicAct(SmeIndustryGroup group, long capital, int employees) =>
        Assert.Equal((capital, employees), SmeClassification.ThresholdsFor(group));

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void BothExactlyAtTheThresholdsIsAnSme(SmeIndustryGroup group, long capital, int employees) =>
        Assert.True(SmeClassification.IsSme(group, capital, employees));

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void BothJustUnderTheThresholdsIsAnSme(SmeIndustryGroup group, long capital, int employees) =>
        Assert.True(SmeClassification.IsSme(group, capital - 1, employees - 1));

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void CapitalAtTheThresholdIsEnoughWhateverTheHeadcount(SmeIndustryGroup group, long capital, int employees)
    {
        Assert.True(SmeClassification.IsSme(group, capital, employees + 1));
        Assert.True(SmeClassification.IsSme(group, capital, 100_000));
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void HeadcountAtTheThresholdIsEnoughWhateverTheCapital(SmeIndustryGroup group, long capital, int employees)
    {
        Assert.True(SmeClassification.IsSme(group, capital + 1, employees));
        Assert.True(SmeClassification.IsSme(group, 10_000_000_000, employees));
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void BothJustOverTheThresholdsIsNotAnSme(SmeIndustryGroup group, long capital, int employees) =>
        Assert.False(SmeClassification.IsSme(group, capital + 1, employees + 1));

    [Fact]
    public void ManufacturingCasesFromTheBrief()
    {
        Assert.True(SmeClassification.IsSme(SmeIndustryGroup.ManufacturingAndOthers, 300_000_000, 301));
        Assert.True(SmeClassification.IsSme(SmeIndustryGroup.ManufacturingAndOthers, 300_000_001, 300));
        Assert.False(SmeClassification.IsSme(SmeIndustryGroup.ManufacturingAndOthers, 300_000_001, 301));
    }

    [Fact]
    public void TheSameCompanyIsAnSmeInOneGroupAndNotInAnother()
    {
        // 1億円, 120 people: SME as a manufacturer or wholesaler (capital ≤ 1億), not as a retailer or service company.
        Assert.True(SmeClassification.IsSme(SmeIndustryGroup.ManufacturingAndOthers, 100_000_000, 120));
        Assert.True(SmeClassification.IsSme(SmeIndustryGroup.Wholesale, 100_000_000, 120));
        Assert.False(SmeClassification.IsSme(SmeIndustryGroup.Services, 100_000_000, 120));
        Assert.False(SmeClassification.IsSme(SmeIndustryGroup.Retail, 100_000_000, 120));
    }

    [Fact]
    public void NegativeFiguresAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SmeClassification.IsSme(SmeIndustryGroup.Retail, -1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmeClassification.IsSme(SmeIndustryGroup.Retail, 10, -1));
    }

    [Fact]
    public void AnUnknownGroupIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SmeClassification.ThresholdsFor((SmeIndustryGroup)99));

    [Theory]
    [InlineData("E", false, SmeIndustryGroup.ManufacturingAndOthers)]
    [InlineData("D", false, SmeIndustryGroup.ManufacturingAndOthers)]
    [InlineData("H", false, SmeIndustryGroup.ManufacturingAndOthers)]
    [InlineData("A", false, SmeIndustryGroup.ManufacturingAndOthers)]
    [InlineData("I", false, SmeIndustryGroup.Wholesale)]
    [InlineData("I", true, SmeIndustryGroup.Retail)]
    [InlineData("i", true, SmeIndustryGroup.Retail)]
    [InlineData("G", false, SmeIndustryGroup.Services)]
    [InlineData("K", false, SmeIndustryGroup.Services)]
    [InlineData("L", false, SmeIndustryGroup.Services)]
    [InlineData("M", false, SmeIndustryGroup.Services)]
    [InlineData("N", false, SmeIndustryGroup.Services)]
    [InlineData("O", false, SmeIndustryGroup.Services)]
    [InlineData("P", false, SmeIndustryGroup.Services)]
    [InlineData("Q", false, SmeIndustryGroup.Services)]
    [InlineData("R", false, SmeIndustryGroup.Services)]
    [InlineData("m", false, SmeIndustryGroup.Services)]
    public void GroupForJsicMapsTheMajorGroupLetter(string jsic, bool isRetail, SmeIndustryGroup expected) =>
        Assert.Equal(expected, SmeClassification.GroupForJsic(jsic, isRetail));

    [Fact]
    public void TheRetailFlagOnlyMattersForWholesaleAndRetailTrade()
    {
        Assert.Equal(SmeIndustryGroup.ManufacturingAndOthers, SmeClassification.GroupForJsic("E", isRetail: true));
        Assert.Equal(SmeIndustryGroup.Services, SmeClassification.GroupForJsic("M", isRetail: true));
    }

    [Fact]
    public void EveryJsicMajorGroupHasAnSmeGroup()
    {
        foreach (var (code, _) in JsicMajorGroup.All)
        {
            Assert.True(JsicMajorGroup.IsValid(code));
            Assert.True(Enum.IsDefined(SmeClassification.GroupForJsic(code)));
        }

        Assert.Equal(20, JsicMajorGroup.All.Count);
        Assert.False(JsicMajorGroup.IsValid("U"));
        Assert.False(JsicMajorGroup.IsValid("e"));
    }

    [Fact]
    public void EveryJsicMajorGroupIsNamedInTheFourLanguages()
    {
        Assert.All(JsicMajorGroup.All, g => Assert.True(g.Name.IsComplete, g.Code));
        Assert.Equal("製造業", JsicMajorGroup.Name("E")?.Ja);
        Assert.Equal("Manufacturing", JsicMajorGroup.Name("E")?.En);
        Assert.Null(JsicMajorGroup.Name("U"));
        Assert.Null(JsicMajorGroup.Name(null));
    }

    [Fact]
    public void AnEnterpriseAsksTheRuleForItsOwnGroup()
    {
        var retailer = new Enterprise
        {
            CorporateNumber = "8000020130001",
            NameJa = "テスト商店",
            PrefectureCode = "13",
            JsicMajorGroup = "I",
            SmeIndustryGroup = SmeIndustryGroup.Retail,
            CapitalYen = 60_000_000,
            Employees = 51,
        };

        Assert.False(retailer.IsSme);
        retailer.Employees = 50;
        Assert.True(retailer.IsSme);
    }
}
