namespace AllJapanTokyo.Domain.Meetings;

/// <summary>Which side of the table a participant sits on; a request joins one of each.</summary>
public enum MeetingSide
{
    Buyer,
    Supplier,
}

public enum MeetingRequestStatus
{
    Pending,
    Accepted,
    Declined,
}

/// <summary>What each side says came of a meeting.</summary>
public enum MeetingOutcome
{
    /// <summary>成約</summary>
    Deal,

    /// <summary>継続商談</summary>
    FollowUp,

    /// <summary>見送り</summary>
    NoDeal,
}

/// <summary>Why the scheduler refused a change; the web layer words each one.</summary>
public enum MeetingProblem
{
    NoProgramme,
    NotParticipant,
    AlreadyRegistered,
    SameSide,
    RequestToSelf,
    RequestExists,
    RequestCapReached,
    NotAddressee,
    AlreadyDecided,
    RequestNotAccepted,
    AlreadyScheduled,
    SlotOutsideSessions,
    TableOutsideSession,
    TableBusy,
    PartnerBusy,
    PartnerAbsent,
    SessionCapReached,
    NotInMeeting,
    MeetingNotHeldYet,
    SessionTimesInvalid,
    SessionsOverlap,
    SlotLengthOutOfRange,
    TablesOutOfRange,
    OnlineLinkMissing,
    CapOutOfRange,
    TextTooLong,
    Frozen,
    NotEndedYet,
    NoIndicatorOnForm,
}

/// <summary>
/// The meetings of one event: who may meet whom, how requests are accepted, and whether the agenda is final. It only
/// knows the event by its id, so that any area holding talks between two sides (a fair's 商談会, makers' tables) can
/// give it pages of its own.
/// </summary>
public class MeetingProgramme
{
    public const int MaxCap = 100;

    public int Id { get; set; }

    public int EventId { get; set; }

    /// <summary>Requests are accepted as soon as they are made (the organiser's choice), rather than by the addressee.</summary>
    public bool AutoAccept { get; set; }

    /// <summary>How many requests (pending or accepted) a participant may make.</summary>
    public int MaxRequestsPerParticipant { get; set; } = 20;

    /// <summary>How many meetings a participant may have in one session.</summary>
    public int MaxMeetingsPerSession { get; set; } = 12;

    /// <summary>Set when the organiser freezes the agenda: preliminary before, final after.</summary>
    public DateTime? FrozenAtUtc { get; set; }

    public List<MeetingSession> Sessions { get; set; } = [];

    public static MeetingProblem? CapProblem(int requests, int perSession) =>
        requests is < 1 or > MaxCap || perSession is < 1 or > MaxCap ? MeetingProblem.CapOutOfRange : null;
}

/// <summary>
/// A block of time cut into equal slots, held either on site at numbered tables (1…<see cref="Tables"/>) or online
/// through one meeting link (then any number of meetings share a slot, each partner still in one at a time).
/// </summary>
public class MeetingSession
{
    public const int MinSlotMinutes = 15;
    public const int MaxSlotMinutes = 60;
    public const int MaxTables = 1000;
    public const int MaxLinkLength = 500;

    /// <summary>Japan Standard Time has no daylight saving: a slot's instant is its local time less nine hours.</summary>
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public int SlotMinutes { get; set; }

    /// <summary>Tables on site; 0 for an online session.</summary>
    public int Tables { get; set; }

    public string? OnlineLink { get; set; }

    public bool IsOnline => Tables == 0;

    public int SlotCount => SlotMinutes <= 0 ? 0 : (int)((End - Start).TotalMinutes / SlotMinutes);

    /// <summary>Local (Japan) start of slot <paramref name="slot"/> (0-based).</summary>
    public DateTime SlotStartLocal(int slot) => Date.ToDateTime(Start).AddMinutes(slot * SlotMinutes);

    public DateTime SlotStartUtc(int slot) => DateTime.SpecifyKind(SlotStartLocal(slot) - JapanOffset, DateTimeKind.Utc);

    public DateTime SlotEndUtc(int slot) => SlotStartUtc(slot).AddMinutes(SlotMinutes);

    public bool HasSlot(int slot) => slot >= 0 && slot < SlotCount;

    /// <summary>A table of this session, or none for an online one.</summary>
    public MeetingProblem? PlaceProblem(int slot, int? table)
    {
        if (!HasSlot(slot))
        {
            return MeetingProblem.SlotOutsideSessions;
        }

        return IsOnline ? (table is null ? null : MeetingProblem.TableOutsideSession)
            : table is { } t && t >= 1 && t <= Tables ? null : MeetingProblem.TableOutsideSession;
    }

    /// <summary>What is wrong with a session as typed: times, slot length 15–60 minutes, tables or link.</summary>
    public static MeetingProblem? Problem(TimeOnly start, TimeOnly end, int slotMinutes, int tables, string? onlineLink)
    {
        if (slotMinutes is < MinSlotMinutes or > MaxSlotMinutes)
        {
            return MeetingProblem.SlotLengthOutOfRange;
        }

        if (end <= start || (end - start).TotalMinutes < slotMinutes)
        {
            return MeetingProblem.SessionTimesInvalid;
        }

        if (tables is < 0 or > MaxTables)
        {
            return MeetingProblem.TablesOutOfRange;
        }

        if (tables == 0 && (string.IsNullOrWhiteSpace(onlineLink) || onlineLink.Length > MaxLinkLength
            || !Uri.TryCreate(onlineLink.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            return MeetingProblem.OnlineLinkMissing;
        }

        return null;
    }
}
