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

        Assert.StartsWith("公告した案件は編集できません", error.Message);
    }

    [Fact]
    public void PublishingWithDatesOutOfOrderIsRefused()
    {
        var tender = Draft();
        tender.EnquiryEndUtc = TenderStart.AddHours(1);

        var error = Assert.Throws<TenderRuleException>(() => tender.Publish(BeforeAll));

        Assert.StartsWith("質問受付の締切は入札開始日時以前に", error.Message);
        Assert.Equal(TenderStatus.Draft, tender.Status);
    }

    [Fact]
    public void PublishingAfterTheDeadlineIsRefused()
    {
        var error = Assert.Throws<TenderRuleException>(() => Draft().Publish(AfterDeadline));

        Assert.StartsWith("入札締切が過ぎているため公告できません", error.Message);
    }

    [Fact]
    public void PublishingARegionalTenderWithoutPrefecturesIsRefused()
    {
        var tender = Draft();
        tender.Nationwide = false;

        Assert.Throws<TenderRuleException>(() => tender.Publish(BeforeAll));

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

        Assert.StartsWith("入札の受付はまだ始まっていません", tender.BidProblem(BeforeAll));
        Assert.Null(tender.BidProblem(DuringTendering));
        Assert.StartsWith("入札の締切を過ぎたため", tender.BidProblem(TenderEnd));
        Assert.StartsWith("入札の締切を過ぎたため", tender.BidProblem(AfterDeadline));
        Assert.NotNull(Draft().BidProblem(DuringTendering));
    }

    [Fact]
    public void QuestionsAreTakenOnlyDuringTheEnquiryPeriod()
    {
        var tender = Published();

        Assert.Null(tender.QuestionProblem(BeforeAll));
        Assert.StartsWith("質問の受付期間は終了しました", tender.QuestionProblem(EnquiryEnd));
        Assert.NotNull(tender.QuestionProblem(AfterDeadline));
        Assert.NotNull(Draft().QuestionProblem(BeforeAll));
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

        Assert.Throws<TenderRuleException>(() => tender.Award(BidOn(tender), DuringTendering));
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

        Assert.Throws<TenderRuleException>(() => tender.Award(withdrawn, AfterDeadline));
        Assert.Throws<TenderRuleException>(() => tender.Award(foreign, AfterDeadline));
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
        var signedOn = Tender.JapanDay(AfterDeadline).AddDays(3);

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
        var awardDay = Tender.JapanDay(AfterDeadline);

        Assert.Throws<TenderRuleException>(() => tender.RecordContract(1, awardDay.AddDays(-1), AfterDeadline.AddDays(5)));
        Assert.Throws<TenderRuleException>(() => tender.RecordContract(1, awardDay.AddDays(10), AfterDeadline.AddDays(5)));
        Assert.Throws<TenderRuleException>(() => tender.RecordContract(0, awardDay, AfterDeadline.AddDays(5)));
        Assert.Throws<TenderRuleException>(() => Published().RecordContract(1, awardDay, AfterDeadline.AddDays(5)));
        Assert.Null(tender.ContractAmountYen);
    }

    [Fact]
    public void CompletingWithoutAContractIsRefused()
    {
        Assert.Throws<TenderRuleException>(() => Awarded().Complete(AfterDeadline));
        Assert.Throws<TenderRuleException>(() => Published().Complete(AfterDeadline));
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
        Assert.StartsWith("この案件は中止されました", tender.BidProblem(now));
    }

    [Fact]
    public void CancellingWithoutAReasonIsRefused()
    {
        var tender = Published();

        var error = Assert.Throws<TenderRuleException>(() => tender.Cancel(" ", DuringTendering));

        Assert.StartsWith("中止の理由を入力してください", error.Message);
        Assert.Equal(TenderStatus.Published, tender.Status);
    }

    [Fact]
    public void CancellingADraftACompletedOrACancelledTenderIsRefused()
    {
        var complete = Awarded();
        complete.RecordContract(1, Tender.JapanDay(AfterDeadline), AfterDeadline);
        var contracted = Awarded();
        contracted.RecordContract(1, Tender.JapanDay(AfterDeadline), AfterDeadline);
        complete.Complete(AfterDeadline);
        var cancelled = Published();
        cancelled.Cancel("理由", BeforeAll);

        Assert.Throws<TenderRuleException>(() => Draft().Cancel("理由", BeforeAll));
        Assert.Throws<TenderRuleException>(() => complete.Cancel("理由", AfterDeadline));
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
    [InlineData(null, false)]
    [InlineData(0L, false)]
    [InlineData(-5L, false)]
    [InlineData(1L, true)]
    [InlineData(1_000_000_000_001L, false)]
    public void BidAmounts(long? amount, bool valid) => Assert.Equal(valid, Bid.AmountProblem(amount) is null);

    [Fact]
    public void DocumentsArePdfByContentAndAtMostTenMegabytes()
    {
        Assert.Null(TenderDocument.Problem(100, "%PDF-1.7\n"u8));
        Assert.StartsWith("PDFファイルを選んでください", TenderDocument.Problem(100, "PK\u0003\u0004"u8));
        Assert.StartsWith("PDFファイルを選んでください", TenderDocument.Problem(100, "<html>%PDF-"u8));
        Assert.StartsWith("ファイルは10MB以下", TenderDocument.Problem(TenderDocument.MaxBytes + 1, "%PDF-1.7"u8));
        Assert.Null(TenderDocument.Problem(TenderDocument.MaxBytes, "%PDF-1.7"u8));
        Assert.StartsWith("ファイルが空です", TenderDocument.Problem(0, []));
        Assert.Equal("spec.pdf", TenderDocument.SafeFileName(@"C:\fakepath\..\spec.pdf"));
    }
}
