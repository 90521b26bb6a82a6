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

    public BidStatus Status { get; set; } = BidStatus.Active;

    public DateTime SubmittedAtUtc { get; set; }

    public DateTime? WithdrawnAtUtc { get; set; }

    /// <summary>The key of the form that last wrote this bid: the same form posted twice changes nothing.</summary>
    public Guid SubmissionKey { get; set; }

    /// <summary>How many times the bid was written (1 for the first submission).</summary>
    public int Revision { get; set; } = 1;

    public string? AttachmentFileName { get; set; }

    public byte[]? AttachmentContent { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The reason an amount is refused, or null.</summary>
    public static string? AmountProblem(long? amountYen) => amountYen switch
    {
        null => "入札金額を円単位の数字で入力してください。 / Enter the bid amount in yen.",
        <= 0 => "入札金額は1円以上で入力してください。 / The bid amount must be at least 1 yen.",
        > MaxAmountYen => "入札金額が大きすぎます。 / The bid amount is too large.",
        _ => null,
    };

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

    public void Withdraw(DateTime nowUtc)
    {
        Status = BidStatus.Withdrawn;
        WithdrawnAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}
