namespace AllJapanTokyo.Domain.Tourism;

/// <summary>What a municipality asks for at the PR corner: a whole day, or its morning or afternoon.</summary>
public enum PrCornerSlot
{
    FullDay,
    Morning,
    Afternoon,
}

/// <summary>A half of a day, the unit the corner is given in; a full day holds both.</summary>
public enum PrCornerHalfDay
{
    Morning,
    Afternoon,
}

public enum PrCornerBookingState
{
    Applied,
    Approved,
    Declined,
}

/// <summary>Why an application or a decision was refused; the web layer words it.</summary>
public enum PrCornerProblem
{
    MunicipalityRequired,
    TitleRequired,
    PlanRequired,
    TooLong,
    DateInThePast,
    SlotTaken,
    NotYourPrefecture,
    AlreadyDecided,
    ReasonRequired,
}

/// <summary>
/// A municipality's application for the 全国観光ＰＲコーナー in the TMG building, made for it by its prefecture's staff
/// (the portal knows prefectures, not municipalities). It holds its half-days from the moment it is made until it is
/// declined, so no two applications ever hold the same half-day (<see cref="PrCornerSlotClaim"/>, unique by date and half).
/// </summary>
public class PrCornerBooking
{
    public const int MunicipalityMaxLength = 100, TitleMaxLength = 200, PlanMaxLength = 2000, ReasonMaxLength = 1000;

    public int Id { get; set; }

    public required string PrefectureCode { get; set; }

    public required string MunicipalityJa { get; set; }

    public required string TitleJa { get; set; }

    public required string PlanJa { get; set; }

    public DateOnly Date { get; set; }

    public PrCornerSlot Slot { get; set; }

    public PrCornerBookingState State { get; set; }

    public required string ApplicantUserId { get; set; }

    public DateTime AppliedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? DeclineReasonJa { get; set; }

    public List<PrCornerSlotClaim> Claims { get; set; } = [];

    /// <summary>The half-days a slot occupies.</summary>
    public static IReadOnlyList<PrCornerHalfDay> HalvesOf(PrCornerSlot slot) => slot switch
    {
        PrCornerSlot.Morning => [PrCornerHalfDay.Morning],
        PrCornerSlot.Afternoon => [PrCornerHalfDay.Afternoon],
        _ => [PrCornerHalfDay.Morning, PrCornerHalfDay.Afternoon],
    };
}

/// <summary>One half-day held by an application; the unique index on (date, half) is what makes a slot impossible to give twice.</summary>
public class PrCornerSlotClaim
{
    public int Id { get; set; }

    public int PrCornerBookingId { get; set; }

    public DateOnly Date { get; set; }

    public PrCornerHalfDay Half { get; set; }
}
