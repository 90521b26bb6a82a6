using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

public sealed record TenderDocumentItem(int Id, string FileName, long SizeBytes, DateTime UploadedAtUtc);

public sealed record TenderQuestionItem(int Id, string QuestionText, DateTime AskedAtUtc, string? AnswerText, DateTime? AnsweredAtUtc, bool AskedByViewer);

public sealed record TenderInterestItem(int EnterpriseId, string EnterpriseNameJa, LocalizedText Prefecture, string? Message, DateTime RegisteredAtUtc, bool IsSynthetic);

/// <summary>The bid of the signed-in enterprise on this tender (its own only).</summary>
public sealed record OwnBid(long AmountYen, string? Note, BidStatus Status, DateTime SubmittedAtUtc, int Revision, string? AttachmentFileName, bool PlacedBeforeChange);

/// <summary>One public amendment (訂正公告) of the tender's history: when, why and what changed.</summary>
public sealed record TenderAmendmentItem(int Number, DateTime AmendedAtUtc, string Reason, IReadOnlyList<TenderChange> Changes);

/// <summary>What the signed-in enterprise may do on the tender page, and why not.</summary>
public sealed record BidderPanel(
    int EnterpriseId,
    string EnterpriseNameJa,
    bool Approved,
    bool Eligible,
    TenderProblem? BidProblem,
    TenderProblem? QuestionProblem,
    OwnBid? Bid,
    bool HasInterest,
    string? InterestMessage,
    bool Watching);

public sealed record TenderResult(TenderStatus Status, string? CancellationReason, DateTime? CancelledAtUtc, long? AwardedAmountYen, string? AwardedEnterpriseJa, DateTime? AwardedAtUtc, long? ContractAmountYen, DateOnly? ContractSignedOn, int? BidCount);

public sealed record TenderPageViewModel(
    TenderDetailsViewModel Details,
    IReadOnlyList<LocalizedText> OtherDeliveryPrefectures,
    IReadOnlyList<LocalizedText> EligiblePrefectures,
    IReadOnlyList<TenderDocumentItem> Documents,
    IReadOnlyList<TenderQuestionItem> Questions,
    IReadOnlyList<TenderInterestItem> Interests,
    TenderResult Result,
    BidderPanel? Bidder,
    bool IsOwnBuyer)
{
    public BidInput BidForm { get; init; } = new();

    public QuestionInput QuestionForm { get; init; } = new();

    public InterestInput InterestForm { get; init; } = new();

    /// <summary>Which form the errors on the page belong to ("bid", "question", "interest"), so they show beside it.</summary>
    public string? FormWithErrors { get; init; }

    /// <summary>The public amendments (訂正公告), oldest first: the tender's change history.</summary>
    public IReadOnlyList<TenderAmendmentItem> Amendments { get; init; } = [];
}

public sealed class BidInput
{
    public string? AmountYen { get; set; }

    public string? Note { get; set; }

    /// <summary>Written into the form when the page is shown: posting the same form twice writes one bid.</summary>
    [Display(Name = "入札フォームの識別番号")]
    public Guid SubmissionKey { get; set; }

    /// <summary>The attachment chosen on the bid form, carried through the confirmation page (its name, and its bytes as base64).</summary>
    public string? AttachmentFileName { get; set; }

    public string? AttachmentBase64 { get; set; }
}

/// <summary>The confirmation page of a bid: what will be placed, read back from what was typed, before the final post.</summary>
public sealed record BidReviewViewModel(TenderPageViewModel Page, BidInput Input, long AmountYen, string? AttachmentFileName, long? AttachmentBytes, bool Revises);

public sealed class QuestionInput
{
    public string? QuestionText { get; set; }
}

public sealed class InterestInput
{
    public string? Message { get; set; }
}

/// <summary>The tender form of the buyer workspace: every field a string so that whatever was typed comes back.</summary>
public sealed class TenderInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public string? Method { get; set; }

    public string? DeliveryPrefectureCode { get; set; }

    public List<string> OtherDeliveryPrefectureCodes { get; set; } = [];

    [Display(Name = "参加できる企業の所在地")]
    public bool Nationwide { get; set; } = true;

    public List<string> EligiblePrefectureCodes { get; set; } = [];

    public string? BudgetYen { get; set; }

    /// <summary>Japan time, as typed in datetime-local inputs ("2026-12-01T17:00").</summary>
    public string? EnquiryEnd { get; set; }

    public string? TenderStart { get; set; }

    public string? TenderEnd { get; set; }

    public string? ContactJa { get; set; }

    /// <summary>"draft" or "publish".</summary>
    public string? Submit { get; set; }

    /// <summary>The regions whose 「すべて」 box was ticked: each adds all its prefectures to <see cref="EligiblePrefectureCodes"/> on the server.</summary>
    public List<string> EligibleRegions { get; set; } = [];

    /// <summary>The draft's <see cref="Tender.Version"/> when the form was opened: a save over a newer one is refused.</summary>
    public Guid? Version { get; set; }
}

/// <summary>The prefectures of one of the eight regions, for the grouped checkboxes.</summary>
public sealed record PrefectureRegion(LocalizedText Name, IReadOnlyList<PrefectureOption> Prefectures)
{
    /// <summary>The region's form value: its Japanese name (「関東」).</summary>
    public string Code => Name.Ja;
}

public sealed record TenderFormViewModel(int? TenderId, string? Reference, TenderInput Input, IReadOnlyList<PrefectureOption> Prefectures, int? CopiedFromId)
{
    public IReadOnlyList<PrefectureRegion> Regions { get; init; } = [];
}

/// <summary>
/// The amendment form (訂正公告) of a published tender: its terms as they stand, to be changed, with a reason and the
/// documents to remove. Every field a string so that whatever was typed comes back.
/// </summary>
public sealed class AmendmentInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? ContactJa { get; set; }

    public string? BudgetYen { get; set; }

    public string? EnquiryEnd { get; set; }

    public string? TenderStart { get; set; }

    public string? TenderEnd { get; set; }

    public string? Reason { get; set; }

    public List<int> RemoveDocumentIds { get; set; } = [];

    public static AmendmentInput From(Tender tender) => new()
    {
        Title = tender.Title,
        Description = tender.Description,
        ContactJa = tender.ContactJa,
        BudgetYen = tender.BudgetYen?.ToString("#,0", CultureInfo.InvariantCulture),
        EnquiryEnd = JapanTimeInput.Local(tender.EnquiryEndUtc),
        TenderStart = JapanTimeInput.Local(tender.TenderStartUtc),
        TenderEnd = JapanTimeInput.Local(tender.TenderEndUtc),
    };

    /// <summary>The new terms, or null with each field's problem added.</summary>
    public TenderTerms? Terms(ChangeProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var count = problems.Count;
        var title = Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > Tender.MaxTitleLength)
        {
            problems.Add(nameof(Title), FormProblem.TitleMissing);
        }

        var description = Description?.Trim();
        if (string.IsNullOrEmpty(description) || description.Length > Tender.MaxDescriptionLength)
        {
            problems.Add(nameof(Description), FormProblem.DescriptionMissing);
        }

        var contact = ContactJa?.Trim();
        if (string.IsNullOrEmpty(contact) || contact.Length > Tender.MaxContactLength)
        {
            problems.Add(nameof(ContactJa), FormProblem.ContactMissing);
        }

        if (TypedNumber.TryParseYen(BudgetYen, Bid.MaxAmountYen, out var budget) is { } budgetProblem)
        {
            problems.Add(nameof(BudgetYen), budgetProblem);
        }

        var enquiryEnd = TenderFormService.JapanInput(EnquiryEnd, nameof(EnquiryEnd), FormProblem.EnquiryEndMissing, problems);
        var tenderStart = TenderFormService.JapanInput(TenderStart, nameof(TenderStart), FormProblem.TenderStartMissing, problems);
        var tenderEnd = TenderFormService.JapanInput(TenderEnd, nameof(TenderEnd), FormProblem.TenderEndMissing, problems);
        return problems.Count > count
            ? null
            : new TenderTerms(title!, description!, contact, budget, enquiryEnd!.Value, tenderStart!.Value, tenderEnd!.Value);
    }
}

public sealed record WorkspaceBid(int Id, string EnterpriseNameJa, string CorporateNumber, LocalizedText Prefecture, long AmountYen, string? Note, BidStatus Status, DateTime SubmittedAtUtc, int Revision, bool HasAttachment, bool IsSynthetic, bool PlacedBeforeChange);

public sealed record WorkspaceViewModel(
    TenderPageViewModel Page,
    TenderStatus StoredStatus,
    bool BidsOpen,
    IReadOnlyList<WorkspaceBid> Bids,
    IReadOnlyList<TenderQuestionItem> AllQuestions,
    int? AwardedBidId)
{
    public string? FormWithErrors { get; init; }

    public string? CancelReason { get; init; }

    public string? ContractAmount { get; init; }

    public string? ContractSignedOn { get; init; }

    /// <summary>Published and before the deadline: the tender may be amended in public (訂正公告).</summary>
    public bool MayAmend { get; init; }

    public AmendmentInput AmendmentForm { get; init; } = new();
}

/// <summary>The confirmation page before publishing: the notice as suppliers will read it, and what still stops it.</summary>
public sealed record PublishReviewViewModel(TenderPageViewModel Page, Guid Version, TenderProblem? Problem);

/// <summary>The confirmation page before awarding: the chosen bid (null when none or not a standing one), and how many bids stand.</summary>
public sealed record AwardReviewViewModel(TenderPageViewModel Page, WorkspaceBid? Bid, int StandingBids);

/// <summary>How an enterprise's bid stands, as the enterprise reads it (勝ち / 負け / 結果待ち).</summary>
public enum BidResult
{
    Withdrawn,
    TenderCancelled,
    Unsuccessful,
    Won,
    NotAwarded,
    UnderEvaluation,
    Open,
}

public sealed record EnterpriseBidItem(int TenderId, string Reference, string Title, long AmountYen, BidStatus BidStatus, DateTime SubmittedAtUtc, TenderStatus TenderStatus, DateTime TenderEndUtc, bool Won, bool IsSynthetic, bool PlacedBeforeChange)
{
    public BidResult Result => (BidStatus, TenderStatus) switch
    {
        (BidStatus.Withdrawn, _) => BidResult.Withdrawn,
        (_, TenderStatus.Cancelled) => BidResult.TenderCancelled,
        (_, TenderStatus.Unsuccessful) => BidResult.Unsuccessful,
        (_, TenderStatus.Awarded or TenderStatus.Complete) => Won ? BidResult.Won : BidResult.NotAwarded,
        (_, TenderStatus.Evaluation) => BidResult.UnderEvaluation,
        _ => BidResult.Open,
    };
}

public sealed record EnterpriseInterestItem(int TenderId, string Reference, string Title, string? Message);

/// <summary>A tender the company watches, with its status now.</summary>
public sealed record WatchedTenderItem(int TenderId, string Reference, string Title, TenderStatus Status, DateTime TenderEndUtc, DateTime? LastAmendedAtUtc);

public sealed record StatusCount(TenderStatus Status, int Count);
