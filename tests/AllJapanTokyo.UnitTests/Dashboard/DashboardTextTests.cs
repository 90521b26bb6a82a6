using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure.Localization;
using static AllJapanTokyo.UnitTests.Localization.TestText;

namespace AllJapanTokyo.UnitTests.Dashboard;

/// <summary>The dashboard's codes reach the reader as text of the reader's language, in all four languages.</summary>
public sealed class DashboardTextTests
{
    public static TheoryData<string> TranslatedLanguages() => ["en", "zh-hans", "ko"];

    private static readonly DashboardProblem[] Problems =
    [
        new DashboardProblem.UnknownFiscalYear("2014", 2015, 2020, 2020),
        new DashboardProblem.UnknownIndicator("9-9:visitors", DashboardMetric.Initiatives),
        new DashboardProblem.UnknownView("pie"),
        new DashboardProblem.UnknownSort("random"),
        new DashboardProblem.UnknownPrefecture("99"),
    ];

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryCodeHasItsTextInTheLanguage(string prefix)
    {
        In(PortalLanguage.FromUrlPrefix(prefix)!, L =>
        {
            var texts = Enum.GetValues<ReviewState>().Select(s => L.Of(s))
                .Concat(Enum.GetValues<ParticipationSource>().Select(s => L.Of(s)))
                .Concat(Enum.GetValues<ProcurementColumn>().Select(c => L.Of(c)))
                .Concat(Enum.GetValues<ProcurementSummaryFigure>().Select(f => L.Of(f)))
                .Concat(Problems.Select(p => L.Of(p)))
                .ToList();

            Assert.All(texts, t => Assert.False(t.ResourceNotFound, $"{prefix} lacks '{t.Name}'"));
            Assert.All(texts, t => Assert.DoesNotContain("「", t.Value, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void ARefusalRepeatsWhatWasAskedCutShortAndSaysWhatIsShownInstead()
    {
        In(PortalLanguage.English, L =>
        {
            var year = L.Of(new DashboardProblem.UnknownFiscalYear("2014", 2015, 2020, 2020)).Value;
            Assert.Contains("2014", year, StringComparison.Ordinal);
            Assert.Contains("FY2015", year, StringComparison.Ordinal);
            Assert.Contains("FY2020", year, StringComparison.Ordinal);

            var junk = new string('x', 100);
            Assert.Contains(new string('x', DashboardText.ShownLength) + "…", L.Of(new DashboardProblem.UnknownView(junk)).Value, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('x', DashboardText.ShownLength + 1), L.Of(new DashboardProblem.UnknownView(junk)).Value, StringComparison.Ordinal);
            Assert.Contains("Showing Initiatives.", L.Of(new DashboardProblem.UnknownIndicator("x", DashboardMetric.Initiatives)).Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void QualifiersReadAsTheLanguageWritesThem()
    {
        In(PortalLanguage.English, L =>
        {
            Assert.Equal("", L.Of(ValueQualifier.Exact));
            Assert.Equal("at least", L.Of(ValueQualifier.AtLeast));
        });
    }
}

/// <summary>The published-fact rules of the dashboard's queries say what the entities say in memory.</summary>
public sealed class PublishedFactsTests
{
    [Fact]
    public void AnEventTookPlaceWhenItIsRealAndHeldOrOngoing()
    {
        var tookPlace = Event.TookPlace.Compile();
        foreach (var status in Enum.GetValues<ActivityStatus>())
        {
            var real = new Event { InitiativeCode = "2-4", NameJa = "展示商談会", Status = status };
            var synthetic = new Event { InitiativeCode = "2-4", NameJa = "展示商談会", Status = status, IsSynthetic = true };
            Assert.Equal(real.Status is ActivityStatus.Held or ActivityStatus.Ongoing, tookPlace(real));
            Assert.False(tookPlace(synthetic));
        }

        Assert.True(Event.IsPublished.Compile()(new Event { InitiativeCode = "6-6", NameJa = "東京味わいフェスタ", Status = ActivityStatus.Cancelled }));
    }

    [Theory]
    [InlineData(2016, 2019)]
    [InlineData(2018, null)]
    public void APartnershipRanInTheYearsTheEntitySaysItWasActive(int since, int? until)
    {
        var partnership = new TourismPartnership { InitiativeCode = "5-1", PartnerJa = "北陸地域", SinceFiscalYear = since, UntilFiscalYear = until };
        for (var year = 2014; year <= 2022; year++)
        {
            Assert.Equal(TourismPartnership.Covers(since, until, year), TourismPartnership.ActiveIn(year).Compile()(partnership));
        }
    }
}
