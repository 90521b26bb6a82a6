namespace AllJapanTokyo.Domain.Events;

/// <summary>Where an exhibitor's application stands.</summary>
public enum ApplicationStatus
{
    Applied,
    Selected,
    NotSelected,
    Confirmed,
    Withdrawn,
}

/// <summary>Why an application, a decision on it or a booth is refused; the web layer words it.</summary>
public enum ApplicationProblem
{
    /// <summary>Today is outside the event's application window, or the event is closed.</summary>
    OutsideWindow,

    /// <summary>The company already has an application to the event.</summary>
    AlreadyApplied,

    /// <summary>Every booth of the category is already given to selected or confirmed exhibitors.</summary>
    CategoryFull,

    NoCategory,

    ProductsMissing,

    ProductsTooLong,

    PrTextTooLong,

    /// <summary>Only a company the operator approved may apply.</summary>
    EnterpriseNotApproved,

    /// <summary>The company's prefecture is not among those invited.</summary>
    PrefectureNotInvited,

    /// <summary>The decision does not apply to the application's present state.</summary>
    WrongState,

    /// <summary>No booth of that number in the category.</summary>
    NoSuchBooth,

    /// <summary>Another exhibitor has the booth (told to the second of two organisers clicking at once).</summary>
    BoothTaken,

    /// <summary>Someone else decided on the application after the page was shown.</summary>
    ChangedMeanwhile,

    /// <summary>A prefecture recommends only companies of its own prefecture.</summary>
    NotOwnPrefecture,

    /// <summary>An event is closed (and its figures proposed) once it has begun.</summary>
    EventNotStarted,

    /// <summary>The event was already closed.</summary>
    EventClosed,
}

/// <summary>
/// A company's application to exhibit at an event (Odoo's event.booth registration): the booth category it asks for, its
/// products and PR text (taken from its profile, editable), the prefecture it represents. Only the methods below change
/// its state; every change renews <see cref="Version"/>, so that of two organisers deciding at once only the first wins.
/// </summary>
public class ExhibitorApplication
{
    public const int MaxProductsLength = 2000;

    public const int MaxPrTextLength = 4000;

    public int Id { get; set; }

    public int EventId { get; set; }

    public int EnterpriseId { get; set; }

    public int BoothCategoryId { get; set; }

    public required string PrefectureCode { get; set; }

    public required string ProductsJa { get; set; }

    public string? PrTextJa { get; set; }

    /// <summary>Exhibits online (the online part of a hybrid event).</summary>
    public bool IsOnline { get; set; }

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Applied;

    /// <summary>The booth given, 1 to the category's count; unique within the category (the database refuses a second).</summary>
    public int? BoothNumber { get; private set; }

    /// <summary>The prefecture that recommended the company, when one did.</summary>
    public string? RecommendedByPrefectureCode { get; private set; }

    public DateTime AppliedAtUtc { get; set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public bool IsSynthetic { get; set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>The applications that hold or may hold a booth of their category: selected and confirmed.</summary>
    public static bool HoldsPlace(ApplicationStatus status) => status is ApplicationStatus.Selected or ApplicationStatus.Confirmed;

    /// <summary>Applied (or not selected, on reconsideration) → selected.</summary>
    public ApplicationProblem? Select(DateTime nowUtc) =>
        Status is ApplicationStatus.Applied or ApplicationStatus.NotSelected ? Move(ApplicationStatus.Selected, nowUtc) : ApplicationProblem.WrongState;

    /// <summary>Applied or selected → not selected; a booth given is freed.</summary>
    public ApplicationProblem? NotSelect(DateTime nowUtc)
    {
        if (Status is not (ApplicationStatus.Applied or ApplicationStatus.Selected))
        {
            return ApplicationProblem.WrongState;
        }

        BoothNumber = null;
        return Move(ApplicationStatus.NotSelected, nowUtc);
    }

    /// <summary>Selected → confirmed (the exhibitor's place is final).</summary>
    public ApplicationProblem? Confirm(DateTime nowUtc) =>
        Status == ApplicationStatus.Selected ? Move(ApplicationStatus.Confirmed, nowUtc) : ApplicationProblem.WrongState;

    /// <summary>Applied, selected or confirmed → withdrawn (by the company or the organiser); a booth given is freed.</summary>
    public ApplicationProblem? Withdraw(DateTime nowUtc)
    {
        if (Status is not (ApplicationStatus.Applied or ApplicationStatus.Selected or ApplicationStatus.Confirmed))
        {
            return ApplicationProblem.WrongState;
        }

        BoothNumber = null;
        return Move(ApplicationStatus.Withdrawn, nowUtc);
    }

    /// <summary>Gives booth <paramref name="number"/> of the category (of <paramref name="count"/>) to a selected or confirmed exhibitor.</summary>
    public ApplicationProblem? AllocateBooth(int number, int count, DateTime nowUtc)
    {
        if (!HoldsPlace(Status))
        {
            return ApplicationProblem.WrongState;
        }

        if (number < 1 || number > count)
        {
            return ApplicationProblem.NoSuchBooth;
        }

        BoothNumber = number;
        return Move(Status, nowUtc);
    }

    /// <summary>A prefecture's recommendation of one of its companies (何社かを県が取りまとめる).</summary>
    public ApplicationProblem? RecommendBy(string prefectureCode)
    {
        if (prefectureCode != PrefectureCode)
        {
            return ApplicationProblem.NotOwnPrefecture;
        }

        RecommendedByPrefectureCode = prefectureCode;
        Version = Guid.NewGuid();
        return null;
    }

    private ApplicationProblem? Move(ApplicationStatus status, DateTime nowUtc)
    {
        Status = status;
        DecidedAtUtc = nowUtc;
        Version = Guid.NewGuid();
        return null;
    }
}
