using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;

namespace AllJapanTokyo.UnitTests.Procurement;

/// <summary>Every transition of a tender, allowed and refused, with the clock deciding Published → Tendering → Evaluation.</summary>
public sealed class TenderLifecycle
{
    private static readonly DateTime EnquiryEnd = new(2020, 10, 9, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime TenderStart = new(2020, 10, 12, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime TenderEnd = new(2020, 10, 23, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime BeforeAll = new(2020, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime DuringTendering = new(2020, 10, 15, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AfterDeadline = new(2020, 10, 26, 0, 0, 0, DateTimeKind.Utc);

    private static Tender Draft() => new()
    {
        Id = 7,
        Reference = "T-2020-000007",
        Title = "会場警備業務委託",
        Description = "試験",
        DeliveryPrefectureCode = "13",
        EnquiryEndUtc = EnquiryEnd,
        TenderStartUtc = TenderStart,
        TenderEndUtc = TenderEnd,
    };

    private static Tender Published()
    {
        var tender = Draft();
        tender.Publish(BeforeAll);
        return tender;
    }

    private static Bid BidOn(Tender tender, int id = 3) => new()
    {
        Id = id,
        TenderId = tender.Id,
        EnterpriseId = 11,
        AmountYen = 980_000,
        SubmittedAtUtc = DuringTendering,
    };

    private static Tender Awarded()
    {
        var tender = Published();
        tender.Award(BidOn(tender), AfterDeadline);
        return tender;
    }

    [Fact]
    public void PublishingADraftStampsItAndTheClockMovesItOn()
    {
        var tender = Draft();
        var version = tender.Version;

        tender.Publish(BeforeAll);

        Assert.Equal(TenderStatus.Published, tender.Status);
        Assert.Equal(BeforeAll, tender.PublishedAtUtc);
        Assert.NotEqual(version, tender.Version);
        Assert.Equal(TenderStatus.Published, tender.StatusAt(BeforeAll));
        Assert.Equal(TenderStatus.Tendering, tender.StatusAt(DuringTendering));
        Assert.Equal(TenderStatus.Evaluation, tender.StatusAt(AfterDeadline));
    }

    [Fact]
    public void PublishingTwiceIsRefused()
    {
        var tender = Published();

        var error = Assert.Throws<TenderRuleException>(() => tender.Publish(BeforeAll));

        Assert.Equal(TenderProblem.AlreadyPublished, error.Problem);
    }

    [Fact]
    public void PublishingWithDatesOutOfOrderIsRefused()
    {
        var tender = Draft();
        tender.EnquiryEndUtc = TenderStart.AddHours(1);

        var error = Assert.Throws<TenderRuleException>(() => tender.Publish(BeforeAll));

        Assert.Equal(TenderProblem.EnquiryEndsAfterTenderStart, error.Problem);
        Assert.Equal(TenderStatus.Draft, tender.Status);
    }

    [Fact]
    public void PublishingAfterTheDeadlineIsRefused()
    {
        var error = Assert.Throws<TenderRuleException>(() => Draft().Publish(AfterDeadline));

        Assert.Equal(TenderProblem.PublishedTooLate, error.Problem);
    }

    [Fact]
    public void PublishingARegionalTenderWithoutPrefecturesIsRefused()
    {
        var tender = Draft();
        tender.Nationwide = false;

        Assert.Equal(TenderProblem.NoEligiblePrefectures, Assert.Throws<TenderRuleException>(() => tender.Publish(BeforeAll)).Problem);

        tender.EligiblePrefectureCodes = Tender.JoinCodes(["15", "13"]);
        tender.Publish(BeforeAll);
        Assert.Equal("13,15", tender.EligiblePrefectureCodes);
        Assert.True(tender.IsEligible("15"));
        Assert.False(tender.IsEligible("27"));
    }

    [Fact]
    public void BidsAreAcceptedOnlyWhileTendering()
    {
        var tender = Published();

        Assert.Equal(TenderProblem.BiddingNotStarted, tender.BidProblem(BeforeAll));
        Assert.Null(tender.BidProblem(DuringTendering));
        Assert.Equal(TenderProblem.BiddingClosed, tender.BidProblem(TenderEnd));
        Assert.Equal(TenderProblem.BiddingClosed, tender.BidProblem(AfterDeadline));
        Assert.Equal(TenderProblem.NotTakingBids, Draft().BidProblem(DuringTendering));
    }

    [Fact]
    public void QuestionsAreTakenOnlyDuringTheEnquiryPeriod()
    {
        var tender = Published();

        Assert.Null(tender.QuestionProblem(BeforeAll));
        Assert.Equal(TenderProblem.EnquiryPeriodOver, tender.QuestionProblem(EnquiryEnd));
        Assert.Equal(TenderProblem.NotTakingQuestions, tender.QuestionProblem(AfterDeadline));
        Assert.Equal(TenderProblem.NotTakingQuestions, Draft().QuestionProblem(BeforeAll));
    }

    [Fact]
    public void AwardingAfterTheDeadlineRecordsTheWinningBid()
    {
        var tender = Published();
        var bid = BidOn(tender);

        tender.Award(bid, AfterDeadline);

        Assert.Equal(TenderStatus.Awarded, tender.Status);
        Assert.Equal(TenderStatus.Awarded, tender.StatusAt(AfterDeadline.AddYears(1)));
        Assert.Equal(bid.Id, tender.AwardedBidId);
        Assert.Equal(980_000, tender.AwardedAmountYen);
        Assert.Equal(AfterDeadline, tender.AwardedAtUtc);
    }

    [Fact]
    public void AwardingBeforeTheDeadlineIsRefused()
    {
        var tender = Published();

        var error = Assert.Throws<TenderRuleException>(() => tender.Award(BidOn(tender), DuringTendering));
        Assert.Equal((TenderProblem.AwardOnlyUnderEvaluation, TenderStatus.Tendering), (error.Problem, error.StatusThen));
        Assert.Throws<TenderRuleException>(() => tender.Award(BidOn(tender), BeforeAll));
        Assert.Equal(TenderStatus.Published, tender.Status);
    }

    [Fact]
    public void AwardingAWithdrawnOrForeignBidIsRefused()
    {
        var tender = Published();
        var withdrawn = BidOn(tender);
        withdrawn.Withdraw(DuringTendering);
        var foreign = BidOn(tender);
        foreign.TenderId = 99;

        Assert.Equal(TenderProblem.NotAnActiveBidOfThisTender, Assert.Throws<TenderRuleException>(() => tender.Award(withdrawn, AfterDeadline)).Problem);
        Assert.Equal(TenderProblem.NotAnActiveBidOfThisTender, Assert.Throws<TenderRuleException>(() => tender.Award(foreign, AfterDeadline)).Problem);
    }

    [Fact]
    public void AwardingTwiceIsRefused()
    {
        var tender = Awarded();

        Assert.Throws<TenderRuleException>(() => tender.Award(BidOn(tender, 4), AfterDeadline));
    }

    [Fact]
    public void UnsuccessfulOnlyUnderEvaluation()
    {
        var early = Published();
        Assert.Throws<TenderRuleException>(() => early.MarkUnsuccessful(DuringTendering));

        var tender = Published();
        tender.MarkUnsuccessful(AfterDeadline);
        Assert.Equal(TenderStatus.Unsuccessful, tender.Status);
        Assert.Equal(AfterDeadline, tender.UnsuccessfulAtUtc);

        Assert.Throws<TenderRuleException>(() => tender.MarkUnsuccessful(AfterDeadline));
        Assert.Throws<TenderRuleException>(() => Awarded().MarkUnsuccessful(AfterDeadline));
    }

    [Fact]
    public void TheContractFollowsTheAwardAndThenCompletes()
    {
        var tender = Awarded();
        var signedOn = JapanTime.DayOf(AfterDeadline).AddDays(3);

        tender.RecordContract(975_000, signedOn, AfterDeadline.AddDays(5));
        tender.Complete(AfterDeadline.AddDays(30));

        Assert.Equal(975_000, tender.ContractAmountYen);
        Assert.Equal(signedOn, tender.ContractSignedOn);
        Assert.Equal(TenderStatus.Complete, tender.Status);
    }

    [Fact]
    public void AContractBeforeTheAwardOrInTheFutureOrOfNothingIsRefused()
    {
        var tender = Awarded();
        var awardDay = JapanTime.DayOf(AfterDeadline);

        Assert.Equal(TenderProblem.ContractDateOutOfRange, Assert.Throws<TenderRuleException>(() => tender.RecordContract(1, awardDay.AddDays(-1), AfterDeadline.AddDays(5))).Problem);
        Assert.Equal(TenderProblem.ContractDateOutOfRange, Assert.Throws<TenderRuleException>(() => tender.RecordContract(1, awardDay.AddDays(10), AfterDeadline.AddDays(5))).Problem);
        Assert.Equal(TenderProblem.ContractAmountNotPositive, Assert.Throws<TenderRuleException>(() => tender.RecordContract(0, awardDay, AfterDeadline.AddDays(5))).Problem);
        Assert.Equal(TenderProblem.ContractBeforeAward, Assert.Throws<TenderRuleException>(() => Published().RecordContract(1, awardDay, AfterDeadline.AddDays(5))).Problem);
        Assert.Null(tender.ContractAmountYen);
    }

    [Fact]
    public void CompletingWithoutAContractIsRefused()
    {
        Assert.Equal(TenderProblem.CompleteBeforeContract, Assert.Throws<TenderRuleException>(() => Awarded().Complete(AfterDeadline)).Problem);
        Assert.Equal(TenderProblem.CompleteBeforeContract, Assert.Throws<TenderRuleException>(() => Published().Complete(AfterDeadline)).Problem);
    }

    [Theory]
    [InlineData("before")]
    [InlineData("tendering")]
    [InlineData("evaluation")]
    [InlineData("awarded")]
    public void CancellingWithAReasonIsAllowedUntilTheContract(string when)
    {
        var tender = when == "awarded" ? Awarded() : Published();
        var now = when switch
        {
            "before" => BeforeAll,
            "tendering" => DuringTendering,
            _ => AfterDeadline,
        };

        tender.Cancel("  仕様の見直しのため  ", now);

        Assert.Equal(TenderStatus.Cancelled, tender.Status);
        Assert.Equal("仕様の見直しのため", tender.CancellationReason);
        Assert.Equal(now, tender.CancelledAtUtc);
        Assert.Equal(TenderProblem.TenderCancelled, tender.BidProblem(now));
    }

    [Fact]
    public void CancellingWithoutAReasonIsRefused()
    {
        var tender = Published();

        var error = Assert.Throws<TenderRuleException>(() => tender.Cancel(" ", DuringTendering));

        Assert.Equal(TenderProblem.CancellationReasonMissing, error.Problem);
        Assert.Equal(TenderProblem.CancellationReasonTooLong, Assert.Throws<TenderRuleException>(() => tender.Cancel(new string('理', Tender.MaxReasonLength + 1), DuringTendering)).Problem);
        Assert.Equal(TenderStatus.Published, tender.Status);
    }

    [Fact]
    public void CancellingADraftACompletedOrACancelledTenderIsRefused()
    {
        var complete = Awarded();
        complete.RecordContract(1, JapanTime.DayOf(AfterDeadline), AfterDeadline);
        var contracted = Awarded();
        contracted.RecordContract(1, JapanTime.DayOf(AfterDeadline), AfterDeadline);
        complete.Complete(AfterDeadline);
        var cancelled = Published();
        cancelled.Cancel("理由", BeforeAll);

        Assert.Equal((TenderProblem.CannotCancel, TenderStatus.Draft), Cancelling(Draft(), BeforeAll));
        Assert.Equal((TenderProblem.CannotCancel, TenderStatus.Complete), Cancelling(complete, AfterDeadline));
        Assert.Throws<TenderRuleException>(() => contracted.Cancel("理由", AfterDeadline));
        Assert.Throws<TenderRuleException>(() => cancelled.Cancel("理由", AfterDeadline));
    }

    [Fact]
    public void ABidWrittenAgainIsRevisedAndWithdrawnBidsComeBack()
    {
        var bid = BidOn(Draft());
        var key = Guid.NewGuid();

        bid.Withdraw(DuringTendering);
        Assert.Equal(BidStatus.Withdrawn, bid.Status);
        bid.Write(900_000, "  再提出  ", key, DuringTendering.AddHours(1));

        Assert.Equal(BidStatus.Active, bid.Status);
        Assert.Null(bid.WithdrawnAtUtc);
        Assert.Equal(2, bid.Revision);
        Assert.Equal("再提出", bid.Note);
        Assert.Equal(key, bid.SubmissionKey);
    }

    [Theory]
    [InlineData(null, TenderProblem.BidAmountMissing)]
    [InlineData(0L, TenderProblem.BidAmountNotPositive)]
    [InlineData(-5L, TenderProblem.BidAmountNotPositive)]
    [InlineData(1L, null)]
    [InlineData(1_000_000_000_001L, TenderProblem.BidAmountTooLarge)]
    public void BidAmounts(long? amount, TenderProblem? problem) => Assert.Equal(problem, Bid.AmountProblem(amount));

    [Fact]
    public void BidNotesAndJointBidMessagesHaveTheirLimits()
    {
        Assert.Null(Bid.NoteProblem(new string('備', Bid.MaxNoteLength)));
        Assert.Equal(TenderProblem.BidNoteTooLong, Bid.NoteProblem(new string('備', Bid.MaxNoteLength + 1)));
        Assert.Null(TenderInterest.MessageProblem("  " + new string('募', TenderInterest.MaxMessageLength) + "  "));
        Assert.Equal(TenderProblem.InterestMessageTooLong, TenderInterest.MessageProblem(new string('募', TenderInterest.MaxMessageLength + 1)));
        Assert.Null(TenderInterest.Clean("   "));
    }

    [Fact]
    public void PartnersAreSoughtOnlyWhileTheTenderIsOpen()
    {
        var tender = Published();

        Assert.Null(tender.PartnerSearchProblem(BeforeAll));
        Assert.Null(tender.PartnerSearchProblem(DuringTendering));
        Assert.Equal(TenderProblem.PartnersOnlyWhileOpen, tender.PartnerSearchProblem(AfterDeadline));
    }

    [Fact]
    public void QuestionsAndAnswersMustBeWrittenAndShort()
    {
        Assert.Equal(TenderProblem.QuestionMissing, TenderQuestion.TextProblem(" ", answer: false));
        Assert.Equal(TenderProblem.AnswerMissing, TenderQuestion.TextProblem(null, answer: true));
        Assert.Equal(TenderProblem.QuestionTextTooLong, TenderQuestion.TextProblem(new string('問', TenderQuestion.MaxLength + 1), answer: false));
        var question = new TenderQuestion { QuestionText = "夜間作業はありますか。" };
        Assert.Equal(TenderProblem.AnswerMissing, Assert.Throws<TenderRuleException>(() => question.Answer("", AfterDeadline)).Problem);
    }

    [Fact]
    public void DocumentsArePdfByContentAndAtMostTenMegabytes()
    {
        Assert.Null(TenderDocument.Problem(100, "%PDF-1.7\n"u8));
        Assert.Equal(TenderProblem.FileNotPdf, TenderDocument.Problem(100, "PK\u0003\u0004"u8));
        Assert.Equal(TenderProblem.FileNotPdf, TenderDocument.Problem(100, "<html>%PDF-"u8));
        Assert.Equal(TenderProblem.FileTooLarge, TenderDocument.Problem(TenderDocument.MaxBytes + 1, "%PDF-1.7"u8));
        Assert.Null(TenderDocument.Problem(TenderDocument.MaxBytes, "%PDF-1.7"u8));
        Assert.Equal(TenderProblem.FileEmpty, TenderDocument.Problem(0, []));
        Assert.Equal("spec.pdf", TenderDocument.SafeFileName(@"C:\fakepath\..\spec.pdf"));
    }

    private static (TenderProblem, TenderStatus?) Cancelling(Tender tender, DateTime now)
    {
        var error = Assert.Throws<TenderRuleException>(() => tender.Cancel("理由", now));
        return (error.Problem, error.StatusThen);
    }
}
