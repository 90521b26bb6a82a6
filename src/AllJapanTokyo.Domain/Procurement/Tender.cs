namespace AllJapanTokyo.Domain.Procurement;

public enum TenderCategory
{
    Goods,
    Services,
    Works,
}

public enum ProcurementMethod
{
    Open,
    Selective,
    Limited,
    Direct,
}

/// <summary>
/// The life of a tender, after Prozorro: questions while Published, bids while Tendering,
/// then Evaluation, Awarded, Complete; Cancelled and Unsuccessful are the exits.
/// </summary>
public enum TenderStatus
{
    Draft,
    Published,
    Tendering,
    Evaluation,
    Awarded,
    Complete,
    Cancelled,
    Unsuccessful,
}

/// <summary>An order (案件) posted by a buyer organisation on the tender portal.</summary>
public class Tender
{
    public int Id { get; set; }

    /// <summary>Public reference shown to suppliers and used as the OCDS id ("T-2020-000123").</summary>
    public required string Reference { get; set; }

    public int BuyerOrganizationId { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public TenderCategory Category { get; set; }

    public ProcurementMethod Method { get; set; }

    /// <summary>Where the state machine stands by decision; the clock moves Published → Tendering → Evaluation (see <see cref="StatusAt"/>).</summary>
    public TenderStatus Status { get; set; } = TenderStatus.Draft;

    public DateTime EnquiryEndUtc { get; set; }

    public DateTime TenderStartUtc { get; set; }

    public DateTime TenderEndUtc { get; set; }

    public long? BudgetYen { get; set; }

    public required string DeliveryPrefectureCode { get; set; }

    /// <summary>Open to enterprises of every prefecture.</summary>
    public bool Nationwide { get; set; } = true;

    public string? ContactJa { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public bool IsSynthetic { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Enquiry end ≤ tender start &lt; tender end, or the Japanese and English reason it is not.</summary>
    public static string? DateProblem(DateTime enquiryEnd, DateTime tenderStart, DateTime tenderEnd)
    {
        if (enquiryEnd > tenderStart)
        {
            return "質問受付の締切は入札開始日時以前にしてください。 / The enquiry period must end no later than the tender period starts.";
        }

        return tenderStart >= tenderEnd
            ? "入札締切は入札開始日時より後にしてください。 / The tender period must end after it starts."
            : null;
    }

    /// <summary>The status as the clock makes it: a published tender enters Tendering at its start and Evaluation at its end.</summary>
    public TenderStatus StatusAt(DateTime nowUtc)
    {
        if (Status is not (TenderStatus.Published or TenderStatus.Tendering))
        {
            return Status;
        }

        if (nowUtc >= TenderEndUtc)
        {
            return TenderStatus.Evaluation;
        }

        return nowUtc >= TenderStartUtc ? TenderStatus.Tendering : TenderStatus.Published;
    }
}
