using System.Linq.Expressions;

namespace AllJapanTokyo.Domain.Enterprises;

public enum ScreeningStatus
{
    Pending,
    Approved,
    Rejected,
    Suspended,
}

/// <summary>Why a screening decision is refused; the web layer words it.</summary>
public enum ScreeningProblem
{
    /// <summary>Approval is for a pending enterprise, or a rejected one after its correction.</summary>
    NotPendingOrRejected,

    /// <summary>Rejection is for a pending enterprise.</summary>
    NotPending,

    /// <summary>Suspension is for an approved enterprise.</summary>
    NotApproved,

    /// <summary>Only a suspended enterprise is reinstated.</summary>
    NotSuspended,

    ReasonMissing,

    /// <summary>Longer than <see cref="Enterprise.MaxReasonLength"/>.</summary>
    ReasonTooLong,

    /// <summary>
    /// Another decision, or the company's own edit of its profile, was saved after the <see cref="Enterprise.Version"/>
    /// the operator's form was built from.
    /// </summary>
    DecidedMeanwhile,
}

/// <summary>A company registered on the portal, usually an SME, from any of the 47 prefectures.</summary>
public class Enterprise
{
    public const int MaxReasonLength = 1000;

    public const int MaxNameLength = 200;

    public const int MaxAddressLength = 300;

    public const int MaxCapabilitiesLength = 2000;

    public const int MaxCertificationsLength = 2000;

    public const int MaxPrTextLength = 4000;

    /// <summary>The largest capital a form accepts (1兆円), far above any SME's.</summary>
    public const long MaxCapitalYen = 1_000_000_000_000;

    /// <summary>The largest number of regular employees a form accepts.</summary>
    public const int MaxEmployees = 1_000_000;

    /// <summary>Set only by the screening decisions below; a new enterprise starts pending (seed data may start approved).</summary>
    private ScreeningStatus _screeningStatus = ScreeningStatus.Pending;

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

    public ScreeningStatus ScreeningStatus { get => _screeningStatus; init => _screeningStatus = value; }

    /// <summary>The operator's reason for the last rejection or suspension (shown to the representative).</summary>
    public string? ScreeningNote { get; private set; }

    /// <summary>When the operator last decided (approved, rejected, suspended or lifted a suspension).</summary>
    public DateTime? ScreenedAtUtc { get; private set; }

    public DateTime RegisteredAtUtc { get; set; }

    /// <summary>Generated for load tests or demonstration; never counted as a programme fact.</summary>
    public bool IsSynthetic { get; set; }

    /// <summary>
    /// Changed on every screening decision and every edit of the profile, so that of two people saving at once only the
    /// first wins, and an operator decides on the profile as last saved.
    /// </summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

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

    /// <summary>The company's own edit of its profile (the corporate number, name and prefecture are not its to change).</summary>
    public void UpdateProfile(string? nameKana, string? address, long capitalYen, int employees, string? capabilities, string? certifications, string? prText)
    {
        NameKana = nameKana;
        Address = address;
        CapitalYen = capitalYen;
        Employees = employees;
        Capabilities = capabilities;
        Certifications = certifications;
        PrText = prText;
        Version = Guid.NewGuid();
    }

    /// <summary>Pending or rejected (after a correction) → approved.</summary>
    public ScreeningProblem? Approve(DateTime nowUtc)
    {
        if (ScreeningStatus is not (ScreeningStatus.Pending or ScreeningStatus.Rejected))
        {
            return ScreeningProblem.NotPendingOrRejected;
        }

        return Decide(ScreeningStatus.Approved, null, nowUtc);
    }

    /// <summary>Pending → rejected, with a reason the representative is told.</summary>
    public ScreeningProblem? Reject(string? reason, DateTime nowUtc)
    {
        if (ScreeningStatus != ScreeningStatus.Pending)
        {
            return ScreeningProblem.NotPending;
        }

        return ReasonProblem(reason) ?? Decide(ScreeningStatus.Rejected, reason!.Trim(), nowUtc);
    }

    /// <summary>Approved → suspended, with a reason; a suspended enterprise cannot bid and has no public page.</summary>
    public ScreeningProblem? Suspend(string? reason, DateTime nowUtc)
    {
        if (ScreeningStatus != ScreeningStatus.Approved)
        {
            return ScreeningProblem.NotApproved;
        }

        return ReasonProblem(reason) ?? Decide(ScreeningStatus.Suspended, reason!.Trim(), nowUtc);
    }

    /// <summary>Suspended → approved again.</summary>
    public ScreeningProblem? LiftSuspension(DateTime nowUtc)
    {
        if (ScreeningStatus != ScreeningStatus.Suspended)
        {
            return ScreeningProblem.NotSuspended;
        }

        return Decide(ScreeningStatus.Approved, null, nowUtc);
    }

    private static ScreeningProblem? ReasonProblem(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ScreeningProblem.ReasonMissing;
        }

        return reason.Trim().Length > MaxReasonLength ? ScreeningProblem.ReasonTooLong : null;
    }

    private ScreeningProblem? Decide(ScreeningStatus status, string? note, DateTime nowUtc)
    {
        _screeningStatus = status;
        ScreeningNote = note;
        ScreenedAtUtc = nowUtc;
        Version = Guid.NewGuid();
        return null;
    }
}
