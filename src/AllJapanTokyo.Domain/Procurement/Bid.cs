using System.Linq.Expressions;

namespace AllJapanTokyo.Domain.Procurement;

public enum BidStatus
{
    Active,
    Withdrawn,
}

/// <summary>
/// An enterprise's bid (入札) on a tender: one row per tender and enterprise (a unique index), revised in place
/// while the tender period runs, withdrawn by status. Sealed: nobody but the bidder reads it before the deadline.
/// </summary>
public class Bid
{
    public const long MaxAmountYen = 1_000_000_000_000;

    public const int MaxNoteLength = 2000;

    public int Id { get; set; }

    public int TenderId { get; set; }

    public int EnterpriseId { get; set; }

    public long AmountYen { get; set; }

    public string? Note { get; set; }

    public BidStatus Status { get; private set; } = BidStatus.Active;

    public DateTime SubmittedAtUtc { get; set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    /// <summary>The key of the form that last wrote this bid: the same form posted twice changes nothing.</summary>
    public Guid SubmissionKey { get; private set; }

    /// <summary>How many times the bid was written (1 for the first submission).</summary>
    public int Revision { get; private set; } = 1;

    public string? AttachmentFileName { get; private set; }

    public byte[]? AttachmentContent { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>Only a bid still standing (not withdrawn) counts, competes and can win.</summary>
    public static Expression<Func<Bid, bool>> IsStanding { get; } = b => b.Status == BidStatus.Active;

    /// <summary>
    /// Whether a bid submitted at <paramref name="submittedAtUtc"/> was placed before the tender's dates, amount or
    /// documents were last amended (<see cref="Tender.MaterialChangeAtUtc"/>): the bidder may want to revise it.
    /// </summary>
    public static bool PlacedBefore(DateTime submittedAtUtc, DateTime? materialChangeAtUtc) => materialChangeAtUtc is { } change && submittedAtUtc < change;

    /// <summary>The receipt number of this submission, revision or withdrawal, as the bidder's receipt shows it.</summary>
    public string ReceiptNumber(string tenderReference) => Status == BidStatus.Withdrawn
        ? $"{tenderReference}-{Id:D5}-{Revision:D2}W"
        : $"{tenderReference}-{Id:D5}-{Revision:D2}";

    /// <summary>The reason an amount is refused, or null.</summary>
    public static TenderProblem? AmountProblem(long? amountYen) => amountYen switch
    {
        null => TenderProblem.BidAmountMissing,
        <= 0 => TenderProblem.BidAmountNotPositive,
        > MaxAmountYen => TenderProblem.BidAmountTooLarge,
        _ => null,
    };

    /// <summary>The reason a note is refused (longer than <see cref="MaxNoteLength"/>), or null.</summary>
    public static TenderProblem? NoteProblem(string? note) => note?.Trim().Length > MaxNoteLength ? TenderProblem.BidNoteTooLong : null;

    /// <summary>A new submission or a revision of an active or withdrawn bid (withdrawn bids come back to life).</summary>
    public void Write(long amountYen, string? note, Guid submissionKey, DateTime nowUtc)
    {
        if (Id != 0)
        {
            Revision++;
        }

        AmountYen = amountYen;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        SubmissionKey = submissionKey;
        SubmittedAtUtc = nowUtc;
        Status = BidStatus.Active;
        WithdrawnAtUtc = null;
        Version = Guid.NewGuid();
    }

    /// <summary>The bidder's quote or other PDF sent with the bid, under a name safe to store.</summary>
    public void Attach(string? fileName, byte[] content)
    {
        AttachmentFileName = TenderDocument.SafeFileName(fileName);
        AttachmentContent = content;
    }

    public void Withdraw(DateTime nowUtc)
    {
        Status = BidStatus.Withdrawn;
        WithdrawnAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}
