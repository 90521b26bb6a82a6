using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;

namespace AllJapanTokyo.UnitTests.Dashboard;

public sealed class ParticipationRulesTests
{
    [Fact]
    public void OneCellPerPrefectureInitiativeAndYearWithAllItsSources()
    {
        var cells = ParticipationRules.Combine(
        [
            new("47", "2-4", 2020, ParticipationSource.HostedEvent),
            new("47", "2-4", 2020, ParticipationSource.ReportedFigure),
            new("47", "2-4", 2020, ParticipationSource.HostedEvent),
            new("47", "5-2", 2020, ParticipationSource.TourismPartnership),
            new("27", "2-4", 2020, ParticipationSource.HostedEvent),
        ]);

        Assert.Equal(3, cells.Count);
        var okinawa = cells.Single(c => c.PrefectureCode == "47" && c.InitiativeCode == "2-4");
        Assert.Equal([ParticipationSource.ReportedFigure, ParticipationSource.HostedEvent], okinawa.Sources);
        Assert.Equal(["27", "47", "47"], cells.Select(c => c.PrefectureCode));
    }

    [Fact]
    public void TokyoAndCodesOfNoPrefectureAreLeftOut()
    {
        var cells = ParticipationRules.Combine(
        [
            new("13", "2-7", 2019, ParticipationSource.HostedEvent),
            new("48", "2-7", 2019, ParticipationSource.ParticipationRecord),
            new("", "2-7", 2019, ParticipationSource.ParticipationRecord),
            new("01", "2-7", 2019, ParticipationSource.ParticipationRecord),
        ]);

        Assert.Equal("01", Assert.Single(cells).PrefectureCode);
    }

    [Fact]
    public void APartnershipCountsInEveryYearItRanUpToTheLastReportedYear()
    {
        var hokuriku = ParticipationRules.FromPartnership("5-1", 2018, null, ["15", "18"]).ToList();
        Assert.Equal(6, hokuriku.Count);
        Assert.Equal([2018, 2019, 2020], hokuriku.Where(f => f.PrefectureCode == "18").Select(f => f.FiscalYear));

        var miyagi = ParticipationRules.FromPartnership("5-3", 2016, 2019, ["04"]).Select(f => f.FiscalYear);
        Assert.Equal([2016, 2017, 2018, 2019], miyagi);
    }

    [Fact]
    public void UndatedFactsCountInTheReportYear()
    {
        var investee = ParticipationRules.FromFundInvestment("27");
        Assert.Equal(new ParticipationFact("27", "2-6", 2020, ParticipationSource.FundInvestment), investee);

        var programmes = new Dictionary<string, string> { ["「東京手仕事」プロジェクト"] = "2-2" };
        Assert.Equal("2-2", ParticipationRules.FromCraftCollaboration("02", "「東京手仕事」プロジェクト", programmes).InitiativeCode);
        Assert.Equal("2-2", ParticipationRules.FromCraftCollaboration("44", "名前の分からない事業", programmes).InitiativeCode);
        Assert.Equal(2020, ParticipationRules.FromCraftCollaboration("02", "「東京手仕事」プロジェクト", programmes).FiscalYear);
    }

    [Fact]
    public void InitiativesByPrefectureAreInReportOrder()
    {
        var cells = ParticipationRules.Combine(
        [
            new("04", "5-1", 2020, ParticipationSource.TourismPartnership),
            new("04", "2-6", 2020, ParticipationSource.FundInvestment),
            new("04", "4-1", 2020, ParticipationSource.ReportedFigure),
            new("04", "2-10", 2020, ParticipationSource.ParticipationRecord),
        ]);

        Assert.Equal(["2-6", "2-10", "4-1", "5-1"], ParticipationRules.InitiativesByPrefecture(cells)["04"]);
    }

    [Theory]
    [InlineData(null, true, 2020)]
    [InlineData("", true, 2020)]
    [InlineData("2015", true, 2015)]
    [InlineData("FY2018", true, 2018)]
    [InlineData("2014", false, 2020)]
    [InlineData("2021", false, 2020)]
    [InlineData("abc", false, 2020)]
    [InlineData("20２0", false, 2020)]
    public void FiscalYearOfTheQueryString(string? text, bool valid, int shown)
    {
        Assert.Equal(valid, ParticipationRules.TryParseFiscalYear(text, out var fiscalYear));
        Assert.Equal(shown, fiscalYear);
    }

    [Theory]
    [InlineData("18", true, "18")]
    [InlineData("1", true, "01")]
    [InlineData("01", true, "01")]
    [InlineData("47", true, "47")]
    [InlineData("48", false, "")]
    [InlineData("00", false, "")]
    [InlineData("0", false, "")]
    [InlineData("001", false, "")]
    [InlineData("abc", false, "")]
    [InlineData("１８", false, "")]
    public void PrefectureCodes(string text, bool valid, string code)
    {
        Assert.Equal(valid, ParticipationRules.TryNormalizePrefectureCode(text, out var normalized));
        Assert.Equal(code, normalized);
    }
}
