using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

/// <summary>Numbers typed by people: full-width digits, commas, 円 and spaces are accepted.</summary>
public static class TypedNumber
{
    public static long? Yen(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Normalize(System.Text.NormalizationForm.FormKC)
            .Replace(",", "", StringComparison.Ordinal)
            .Replace("円", "", StringComparison.Ordinal)
            .Replace("¥", "", StringComparison.Ordinal)
            .Trim();
        return long.TryParse(normalized, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}

public sealed record TenderDocumentItem(int Id, string FileName, long SizeBytes, DateTime UploadedAtUtc);

public sealed record TenderQuestionItem(int Id, string QuestionText, DateTime AskedAtUtc, string? AnswerText, DateTime? AnsweredAtUtc, bool AskedByViewer);

public sealed record TenderInterestItem(int EnterpriseId, string EnterpriseNameJa, LocalizedText Prefecture, string? Message, DateTime RegisteredAtUtc, bool IsSynthetic);

/// <summary>The bid of the signed-in enterprise on this tender (its own only).</summary>
public sealed record OwnBid(long AmountYen, string? Note, BidStatus Status, DateTime SubmittedAtUtc, int Revision, string? AttachmentFileName);

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
    string? InterestMessage);

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
}

public sealed class BidInput
{
    public string? AmountYen { get; set; }

    public string? Note { get; set; }

    /// <summary>Written into the form when the page is shown: posting the same form twice writes one bid.</summary>
    [Display(Name = "入札フォームの識別番号")]
    public Guid SubmissionKey { get; set; }
}

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
}

public sealed record TenderFormViewModel(int? TenderId, string? Reference, TenderInput Input, IReadOnlyList<PrefectureOption> Prefectures, int? CopiedFromId);

public sealed record WorkspaceBid(int Id, string EnterpriseNameJa, string CorporateNumber, LocalizedText Prefecture, long AmountYen, string? Note, BidStatus Status, DateTime SubmittedAtUtc, int Revision, bool HasAttachment, bool IsSynthetic);

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
}

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

public sealed record EnterpriseBidItem(int TenderId, string Reference, string Title, long AmountYen, BidStatus BidStatus, DateTime SubmittedAtUtc, TenderStatus TenderStatus, DateTime TenderEndUtc, bool Won, bool IsSynthetic)
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

public sealed record StatusCount(TenderStatus Status, int Count);
