using System.Linq.Expressions;

namespace AllJapanTokyo.Domain.Enterprises;

public enum ScreeningStatus
{
    Pending,
    Approved,
    Rejected,
    Suspended,
}

/// <summary>A company registered on the portal, usually an SME, from any of the 47 prefectures.</summary>
public class Enterprise
{
    public const int MaxReasonLength = 1000;

    public int Id { get; set; }

    /// <summary>法人番号, 13 digits with check digit.</summary>
    public required string CorporateNumber { get; set; }

    public required string NameJa { get; set; }

    public string? NameKana { get; set; }

    public required string PrefectureCode { get; set; }

    public string? Address { get; set; }

    /// <summary>JSIC major group letter (A–T).</summary>
    public required string JsicMajorGroup { get; set; }

    public SmeIndustryGroup SmeIndustryGroup { get; set; }

    public long CapitalYen { get; set; }

    public int Employees { get; set; }

    public string? Capabilities { get; set; }

    /// <summary>Certifications held (ISO 9001, 経営革新計画 …), free text.</summary>
    public string? Certifications { get; set; }

    public string? PrText { get; set; }

    public ScreeningStatus ScreeningStatus { get; set; } = ScreeningStatus.Pending;

    /// <summary>The operator's reason for the last rejection or suspension (shown to the representative).</summary>
    public string? ScreeningNote { get; set; }

    /// <summary>When the operator last decided (approved, rejected, suspended or lifted a suspension).</summary>
    public DateTime? ScreenedAtUtc { get; set; }

    public DateTime RegisteredAtUtc { get; set; }

    /// <summary>Generated for load tests or demonstration; never counted as a programme fact.</summary>
    public bool IsSynthetic { get; set; }

    /// <summary>Changed on every screening decision, so that two operators deciding at once cannot both win.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsSme => SmeClassification.IsSme(SmeIndustryGroup, CapitalYen, Employees);

    /// <summary>Only an enterprise the operator approved (and has not suspended) may ask questions and bid.</summary>
    public static Expression<Func<Enterprise, bool>> MayBid { get; } = e => e.ScreeningStatus == ScreeningStatus.Approved;

    /// <summary>Only approved enterprises have a public PR page.</summary>
    public static Expression<Func<Enterprise, bool>> IsPublic { get; } = e => e.ScreeningStatus == ScreeningStatus.Approved;

    private static readonly Func<Enterprise, bool> MayBidNow = MayBid.Compile();

    private static readonly Func<Enterprise, bool> IsPublicNow = IsPublic.Compile();

    /// <summary><see cref="MayBid"/> for an enterprise in memory.</summary>
    public bool CanBid => MayBidNow(this);

    /// <summary><see cref="IsPublic"/> for an enterprise in memory.</summary>
    public bool HasPublicPage => IsPublicNow(this);

    /// <summary>Pending or rejected (after a correction) → approved.</summary>
    public string? Approve(DateTime nowUtc)
    {
        if (ScreeningStatus is not (ScreeningStatus.Pending or ScreeningStatus.Rejected))
        {
            return "審査待ちまたは却下の企業のみ承認できます。 / Only pending or rejected enterprises can be approved.";
        }

        return Decide(ScreeningStatus.Approved, null, nowUtc);
    }

    /// <summary>Pending → rejected, with a reason the representative is told.</summary>
    public string? Reject(string? reason, DateTime nowUtc)
    {
        if (ScreeningStatus != ScreeningStatus.Pending)
        {
            return "審査待ちの企業のみ却下できます。 / Only pending enterprises can be rejected.";
        }

        return ReasonProblem(reason) ?? Decide(ScreeningStatus.Rejected, reason!.Trim(), nowUtc);
    }

    /// <summary>Approved → suspended, with a reason; a suspended enterprise cannot bid and has no public page.</summary>
    public string? Suspend(string? reason, DateTime nowUtc)
    {
        if (ScreeningStatus != ScreeningStatus.Approved)
        {
            return "承認済みの企業のみ利用停止にできます。 / Only approved enterprises can be suspended.";
        }

        return ReasonProblem(reason) ?? Decide(ScreeningStatus.Suspended, reason!.Trim(), nowUtc);
    }

    /// <summary>Suspended → approved again.</summary>
    public string? LiftSuspension(DateTime nowUtc)
    {
        if (ScreeningStatus != ScreeningStatus.Suspended)
        {
            return "利用停止中の企業のみ停止を解除できます。 / Only suspended enterprises can be reinstated.";
        }

        return Decide(ScreeningStatus.Approved, null, nowUtc);
    }

    private static string? ReasonProblem(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "理由を入力してください。理由は企業の代表者にメールで通知されます。 / Enter the reason; it is e-mailed to the representative.";
        }

        return reason.Trim().Length > MaxReasonLength
            ? $"理由は{MaxReasonLength}文字以内で入力してください。 / The reason is limited to {MaxReasonLength} characters."
            : null;
    }

    private string? Decide(ScreeningStatus status, string? note, DateTime nowUtc)
    {
        ScreeningStatus = status;
        ScreeningNote = note;
        ScreenedAtUtc = nowUtc;
        Version = Guid.NewGuid();
        return null;
    }
}
