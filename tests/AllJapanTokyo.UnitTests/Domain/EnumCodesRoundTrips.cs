using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>The snake_case codes of the seed tables and exports read back into the same enum values.</summary>
public sealed class EnumCodesRoundTrips
{
    [Fact]
    public void EveryFormatRoundTrips()
    {
        foreach (var format in Enum.GetValues<EventFormat>())
        {
            Assert.Equal(format, EnumCodes.ParseFormat(format.ToCode()));
        }
    }

    [Fact]
    public void EveryStatusRoundTrips()
    {
        foreach (var status in Enum.GetValues<ActivityStatus>())
        {
            Assert.Equal(status, EnumCodes.ParseStatus(status.ToCode()));
        }
    }

    [Fact]
    public void EveryQualifierRoundTrips()
    {
        foreach (var qualifier in Enum.GetValues<ValueQualifier>())
        {
            Assert.Equal(qualifier, EnumCodes.ParseQualifier(qualifier.ToCode()));
        }
    }

    [Fact]
    public void EveryAreaRoundTrips()
    {
        foreach (var area in Enum.GetValues<PortalArea>())
        {
            Assert.Equal(area, EnumCodes.ParseArea(area.ToCode()));
        }
    }

    [Theory]
    [InlineData(EventFormat.InPerson, "in_person")]
    [InlineData(EventFormat.Online, "online")]
    [InlineData(EventFormat.Hybrid, "hybrid")]
    public void FormatCodesAreThoseOfTheSeedTables(EventFormat format, string code) => Assert.Equal(code, format.ToCode());

    [Theory]
    [InlineData(ActivityStatus.Held, "held")]
    [InlineData(ActivityStatus.Cancelled, "cancelled")]
    [InlineData(ActivityStatus.NotHeld, "not_held")]
    [InlineData(ActivityStatus.Ongoing, "ongoing")]
    public void StatusCodesAreThoseOfTheSeedTables(ActivityStatus status, string code) => Assert.Equal(code, status.ToCode());

    [Theory]
    [InlineData(ValueQualifier.Exact, "")]
    [InlineData(ValueQualifier.AtLeast, "at_least")]
    [InlineData(ValueQualifier.Approx, "approx")]
    public void QualifierCodesAreThoseOfTheSeedTables(ValueQualifier qualifier, string code) => Assert.Equal(code, qualifier.ToCode());

    [Theory]
    [InlineData(PortalArea.AntennaShops, "antenna-shops")]
    [InlineData(PortalArea.Procurement, "procurement")]
    [InlineData(PortalArea.General, "general")]
    public void AreaCodesAreLowerCaseWithAHyphenForAntennaShops(PortalArea area, string code) => Assert.Equal(code, area.ToCode());

    [Fact]
    public void EmptyCellsMeanNoValueOrExact()
    {
        Assert.Null(EnumCodes.ParseFormat(null));
        Assert.Null(EnumCodes.ParseFormat(" "));
        Assert.Null(EnumCodes.ParseStatus(""));
        Assert.Equal(ValueQualifier.Exact, EnumCodes.ParseQualifier(null));
        Assert.Equal(ValueQualifier.Exact, EnumCodes.ParseQualifier("exact"));
    }

    [Fact]
    public void CodesAreTrimmed()
    {
        Assert.Equal(ActivityStatus.NotHeld, EnumCodes.ParseStatus(" not_held "));
        Assert.Equal(EventFormat.Hybrid, EnumCodes.ParseFormat("hybrid\t"));
        Assert.Equal(PortalArea.AntennaShops, EnumCodes.ParseArea(" antenna-shops "));
    }

    [Fact]
    public void UnknownCodesAreRefusedNamingTheCode()
    {
        Assert.Contains("Unknown format: 'zoom'", Assert.Throws<FormatException>(() => EnumCodes.ParseFormat("zoom")).Message);
        Assert.Contains("Unknown status: 'postponed'", Assert.Throws<FormatException>(() => EnumCodes.ParseStatus("postponed")).Message);
        Assert.Contains("Unknown qualifier: 'about'", Assert.Throws<FormatException>(() => EnumCodes.ParseQualifier("about")).Message);
        Assert.Contains("Unknown area: 'shops'", Assert.Throws<FormatException>(() => EnumCodes.ParseArea("shops")).Message);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("42")]
    [InlineData("-1")]
    [InlineData("")]
    [InlineData("Crafts, Funds")]
    public void AnAreaCodeIsOneNameNeverANumber(string code) =>
        Assert.Throws<FormatException>(() => EnumCodes.ParseArea(code));

    [Theory]
    [InlineData("AntennaShops")]
    [InlineData("antennashops")]
    public void TheEnumNameOfAnAreaIsReadToo(string code) =>
        Assert.Equal(PortalArea.AntennaShops, EnumCodes.ParseArea(code));

    [Fact]
    public void StatusesAndFormatsHaveTheJapaneseTheAuditLogStores()
    {
        Assert.Equal("中止", ActivityStatus.Cancelled.ToJapanese());
        Assert.Equal("実施せず", ActivityStatus.NotHeld.ToJapanese());
        Assert.Equal("オンライン", EventFormat.Online.ToJapanese());
        Assert.Equal("以上", ValueQualifier.AtLeast.ToJapanese());
        Assert.Equal("約", ValueQualifier.Approx.ToJapanese());
        Assert.Equal("", ValueQualifier.Exact.ToJapanese());
    }
}
