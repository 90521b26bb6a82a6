namespace AllJapanTokyo.Domain.Procurement;

/// <summary>
/// Why a rule of the tender portal refuses something: a tender's dates and lifecycle, a bid, a document, a question. The
/// web layer says each in the reader's language; the domain only names it.
/// </summary>
public enum TenderProblem
{
    /// <summary>The enquiry period must end no later than the tender period starts.</summary>
    EnquiryEndsAfterTenderStart,

    /// <summary>The tender period must end after it starts.</summary>
    TenderEndsBeforeItStarts,

    /// <summary>Only a draft may be edited or published.</summary>
    AlreadyPublished,

    /// <summary>A tender whose period is over cannot be published.</summary>
    PublishedTooLate,

    /// <summary>A notice whose enquiry period is already over cannot be published: suppliers would have no time to ask.</summary>
    EnquiryDeadlinePassed,

    /// <summary>Only a published tender whose deadline is ahead is amended (訂正公告); a draft is edited instead.</summary>
    CannotAmend,

    AmendmentReasonMissing,

    /// <summary>Longer than <see cref="Tender.MaxReasonLength"/>.</summary>
    AmendmentReasonTooLong,

    /// <summary>An amendment must change something.</summary>
    NothingAmended,

    /// <summary>An amendment cannot move the deadline into the past.</summary>
    AmendedDeadlinePassed,

    /// <summary>After publication a document is added or removed only through an amendment (訂正公告).</summary>
    DocumentsOnlyByAmendment,

    /// <summary>A tender that is not nationwide must name the prefectures whose enterprises may take part.</summary>
    NoEligiblePrefectures,

    CancellationReasonMissing,

    /// <summary>Longer than <see cref="Tender.MaxReasonLength"/>.</summary>
    CancellationReasonTooLong,

    /// <summary>Only a published, open, evaluated or awarded (not yet contracted) tender can be cancelled.</summary>
    CannotCancel,

    /// <summary>The winner is chosen only under evaluation, after the deadline.</summary>
    AwardOnlyUnderEvaluation,

    /// <summary>A tender ends without an award only under evaluation, after the deadline.</summary>
    UnsuccessfulOnlyUnderEvaluation,

    /// <summary>The winning bid must be an active bid on this tender made before the deadline.</summary>
    NotAnActiveBidOfThisTender,

    ContractBeforeAward,

    ContractAmountNotPositive,

    /// <summary>The contract is signed between the award and today.</summary>
    ContractDateOutOfRange,

    /// <summary>A tender is complete only once its contract is recorded.</summary>
    CompleteBeforeContract,

    /// <summary>Bids are taken from the start of the tender period.</summary>
    BiddingNotStarted,

    /// <summary>The deadline has passed.</summary>
    BiddingClosed,

    TenderCancelled,

    /// <summary>Any other state that takes no bids (a draft).</summary>
    NotTakingBids,

    /// <summary>Questions are taken while a tender is public and open.</summary>
    NotTakingQuestions,

    EnquiryPeriodOver,

    BidAmountMissing,

    BidAmountNotPositive,

    /// <summary>More than <see cref="Bid.MaxAmountYen"/>.</summary>
    BidAmountTooLarge,

    /// <summary>Longer than <see cref="Bid.MaxNoteLength"/>.</summary>
    BidNoteTooLong,

    FileEmpty,

    /// <summary>Larger than <see cref="TenderDocument.MaxBytes"/>.</summary>
    FileTooLarge,

    /// <summary>The content does not start as a PDF does, whatever the name says.</summary>
    FileNotPdf,

    QuestionMissing,

    AnswerMissing,

    /// <summary>A question or answer longer than <see cref="TenderQuestion.MaxLength"/>.</summary>
    QuestionTextTooLong,

    /// <summary>A joint-bid notice longer than <see cref="TenderInterest.MaxMessageLength"/>.</summary>
    InterestMessageTooLong,

    /// <summary>Joint-bid partners are sought only while the tender is open.</summary>
    PartnersOnlyWhileOpen,
}

/// <summary>
/// A lifecycle rule was broken. The <see cref="Problem"/> is what the web layer shows; <see cref="StatusThen"/> is the
/// status the tender had at that moment, for the refusals that name it. The message is for the log only.
/// </summary>
public sealed class TenderRuleException(TenderProblem problem, TenderStatus? statusThen = null)
    : InvalidOperationException(statusThen is null ? $"Tender rule: {problem}." : $"Tender rule: {problem} (the tender is {statusThen}).")
{
    public TenderProblem Problem { get; } = problem;

    public TenderStatus? StatusThen { get; } = statusThen;
}
