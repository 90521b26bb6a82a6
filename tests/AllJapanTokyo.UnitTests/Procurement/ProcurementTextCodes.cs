using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Infrastructure.Localization;
using static AllJapanTokyo.UnitTests.Localization.TestText;

namespace AllJapanTokyo.UnitTests.Procurement;

/// <summary>
/// Every code of the tender portal has its words: in English for every page, and in Chinese and Korean for the codes
/// a public page shows (categories, methods, statuses, search problems, the bidding and question periods).
/// </summary>
public sealed class ProcurementTextCodes
{
    private static readonly FilterProblem[] FilterProblems =
    [
        new FilterProblem.KeywordTooLong(),
        new FilterProblem.UnknownPrefecture("99"),
        new FilterProblem.UnknownCategory("foo"),
        new FilterProblem.UnknownStatus("draft"),
        new FilterProblem.UnknownSort("cheapest"),
        new FilterProblem.NoSuchPage("7"),
    ];

    private static readonly TenderProblem[] PeriodProblems =
    [
        TenderProblem.BiddingNotStarted,
        TenderProblem.BiddingClosed,
        TenderProblem.TenderCancelled,
        TenderProblem.NotTakingBids,
        TenderProblem.NotTakingQuestions,
        TenderProblem.EnquiryPeriodOver,
    ];

    [Fact]
    public void EveryCodeHasItsEnglish()
    {
        var words = In(PortalLanguage.English, L => Enum.GetValues<TenderCategory>().Select(c => L.Of(c))
            .Concat(Enum.GetValues<ProcurementMethod>().Select(m => L.Of(m)))
            .Concat(Enum.GetValues<TenderStatus>().Select(s => L.Of(s)))
            .Concat(Enum.GetValues<AlertFrequency>().Select(f => L.Of(f)))
            .Concat(Enum.GetValues<TenderProblem>().Select(p => L.Of(p, TenderStatus.Tendering)))
            .Concat(Enum.GetValues<FormProblem>().Select(p => L.Of(p)))
            .Concat(Enum.GetValues<ChangeNotice>().Select(n => L.Of(n)))
            .Concat(Enum.GetValues<BidResult>().Select(r => L.Of(r)))
            .Concat(Enum.GetValues<RecommendationProblem>().Select(p => L.Of(p)))
            .Concat(Enum.GetValues<TenderChangeField>().Select(f => L.Of(f)))
            .Concat(Enum.GetValues<Participation>().Select(p => L.Of(p)))
            .Concat(FilterProblems.Select(p => L.Of(p)))
            .Concat(SavedSearchProblems().Select(p => L.Of(p)))
            .ToList());

        Assert.All(words, w => Assert.False(w.ResourceNotFound, $"No English for '{w.Name}'"));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("ko")]
    public void TheCodesOfThePublicPagesHaveTheirTranslation(string language)
    {
        var words = In(PortalLanguage.FromCultureName(language), L => Enum.GetValues<TenderCategory>().Select(c => L.Of(c))
            .Concat(Enum.GetValues<ProcurementMethod>().Select(m => L.Of(m)))
            .Concat(ProcurementText.PublicStatuses.Select(s => L.Of(s)))
            .Concat(Enum.GetValues<TenderChangeField>().Select(f => L.Of(f)))
            .Concat(FilterProblems.Select(p => L.Of(p)))
            .Concat(PeriodProblems.Select(p => L.Of(p)))
            .ToList());

        Assert.All(words, w => Assert.False(w.ResourceNotFound, $"No {language} text for '{w.Name}'"));
    }

    [Fact]
    public void ARefusalNamesTheStatusInTheReadersLanguage()
    {
        var english = In(PortalLanguage.English, L => L.Of(TenderProblem.AwardOnlyUnderEvaluation, TenderStatus.Tendering).Value);
        var japanese = In(PortalLanguage.Japanese, L => L.Of(TenderProblem.AwardOnlyUnderEvaluation, TenderStatus.Tendering).Value);

        Assert.Contains(In(PortalLanguage.English, L => L.Of(TenderStatus.Tendering).Value), english);
        Assert.Equal("入札締切後の審査中の案件でなければ落札者を決定できません（現在: 入札受付中）。", japanese);
    }

    [Fact]
    public void AProblemOfAFilterValueQuotesWhatWasTyped() =>
        Assert.Contains("\"99\"", In(PortalLanguage.English, L => L.Of(new FilterProblem.UnknownPrefecture("99")).Value));

    [Fact]
    public void ABidResultReadsAsTheEnterpriseSeesIt()
    {
        var now = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        EnterpriseBidItem Item(BidStatus bid, TenderStatus tender, bool won) => new(1, "T-1", "件名", 1_000, bid, now, tender, now, won, false, false);

        Assert.Equal(BidResult.Withdrawn, Item(BidStatus.Withdrawn, TenderStatus.Awarded, won: false).Result);
        Assert.Equal(BidResult.Won, Item(BidStatus.Active, TenderStatus.Complete, won: true).Result);
        Assert.Equal(BidResult.NotAwarded, Item(BidStatus.Active, TenderStatus.Awarded, won: false).Result);
        Assert.Equal(BidResult.TenderCancelled, Item(BidStatus.Active, TenderStatus.Cancelled, won: false).Result);
        Assert.Equal(BidResult.UnderEvaluation, Item(BidStatus.Active, TenderStatus.Evaluation, won: false).Result);
        Assert.Equal("落札", In(PortalLanguage.Japanese, L => L.Of(BidResult.Won).Value));
    }

    private static IEnumerable<SavedSearchProblem> SavedSearchProblems() =>
    [
        new SavedSearchProblem.InFilter(new FilterProblem.UnknownCategory("foo")),
        new SavedSearchProblem.NameMissing(),
        new SavedSearchProblem.NameTooLong(),
        new SavedSearchProblem.FrequencyMissing(),
        new SavedSearchProblem.TooMany(),
    ];
}
