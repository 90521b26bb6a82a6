using AllJapanTokyo.Domain.Procurement;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>A tender's periods must follow each other, and the clock (not a job) moves a published tender on.</summary>
public sealed class TenderDatesAndStatus
{
    private static readonly DateTime EnquiryEnd = new(2020, 10, 9, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime TenderStart = new(2020, 10, 12, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime TenderEnd = new(2020, 10, 23, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void PeriodsInOrderHaveNoProblem() =>
        Assert.Null(Tender.DateProblem(EnquiryEnd, TenderStart, TenderEnd));

    [Fact]
    public void EnquiriesMayCloseTheMomentTheTenderOpens() =>
        Assert.Null(Tender.DateProblem(TenderStart, TenderStart, TenderEnd));

    [Fact]
    public void EnquiriesClosingAfterTheTenderOpensAreRefused() =>
        Assert.Equal(TenderProblem.EnquiryEndsAfterTenderStart, Tender.DateProblem(TenderStart.AddMinutes(1), TenderStart, TenderEnd));

    [Fact]
    public void ATenderPeriodOfNoLengthIsRefused() =>
        Assert.Equal(TenderProblem.TenderEndsBeforeItStarts, Tender.DateProblem(EnquiryEnd, TenderStart, TenderStart));

    [Fact]
    public void ATenderPeriodEndingBeforeItStartsIsRefused() =>
        Assert.Equal(TenderProblem.TenderEndsBeforeItStarts, Tender.DateProblem(EnquiryEnd, TenderEnd, TenderStart));

    [Theory]
    [InlineData(-1, TenderStatus.Published)]
    [InlineData(0, TenderStatus.Tendering)]
    [InlineData(1, TenderStatus.Tendering)]
    public void APublishedTenderOpensForBidsAtItsStart(int secondsFromStart, TenderStatus expected) =>
        Assert.Equal(expected, Published().StatusAt(TenderStart.AddSeconds(secondsFromStart)));

    [Theory]
    [InlineData(-1, TenderStatus.Tendering)]
    [InlineData(0, TenderStatus.Evaluation)]
    [InlineData(86_400, TenderStatus.Evaluation)]
    public void BiddingClosesIntoEvaluationAtTheEnd(int secondsFromEnd, TenderStatus expected) =>
        Assert.Equal(expected, Published().StatusAt(TenderEnd.AddSeconds(secondsFromEnd)));

    [Fact]
    public void ATenderMarkedTenderingFollowsTheClockToo()
    {
        var tender = Published(TenderStatus.Tendering);

        Assert.Equal(TenderStatus.Tendering, tender.StatusAt(TenderStart.AddDays(1)));
        Assert.Equal(TenderStatus.Evaluation, tender.StatusAt(TenderEnd));
    }

    [Theory]
    [InlineData(TenderStatus.Draft)]
    [InlineData(TenderStatus.Evaluation)]
    [InlineData(TenderStatus.Awarded)]
    [InlineData(TenderStatus.Complete)]
    [InlineData(TenderStatus.Cancelled)]
    [InlineData(TenderStatus.Unsuccessful)]
    public void DecidedStatusesDoNotMoveWithTheClock(TenderStatus status)
    {
        var tender = Published(status);

        Assert.Equal(status, tender.StatusAt(TenderStart.AddDays(-30)));
        Assert.Equal(status, tender.StatusAt(TenderStart.AddDays(1)));
        Assert.Equal(status, tender.StatusAt(TenderEnd.AddDays(30)));
    }

    /// <summary>The status as a tender loaded in that state has it (the lifecycle methods are TenderLifecycle's subject).</summary>
    private static Tender Published(TenderStatus status = TenderStatus.Published) => new()
    {
        Reference = "T-2020-000001",
        Title = "会場設営業務委託",
        Description = "テスト用の案件",
        DeliveryPrefectureCode = "13",
        Status = status,
        EnquiryEndUtc = EnquiryEnd,
        TenderStartUtc = TenderStart,
        TenderEndUtc = TenderEnd,
    };
}
