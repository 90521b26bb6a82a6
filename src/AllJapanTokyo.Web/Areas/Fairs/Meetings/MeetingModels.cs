using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Meetings;

namespace AllJapanTokyo.Web.Areas.Fairs.Meetings;

/// <summary>Who is asking: the company or the buyer organisation the signed-in person acts for.</summary>
public sealed record MeetingParty(int? EnterpriseId, int? OrganizationId, string UserId);

/// <summary>What a change did, for the notice after it.</summary>
public enum MeetingNotice
{
    SettingsSaved,
    SessionAdded,
    Registered,
    Requested,
    Accepted,
    Declined,
    Scheduled,
    Moved,
    Frozen,
    OutcomeRecorded,
    FiguresProposed,
}

/// <summary>A change done (with its notice and, for the scheduler, how many were placed and left) or refused.</summary>
public sealed record MeetingChange(MeetingProblem? Problem, MeetingNotice? Notice = null, int Placed = 0, int Left = 0, NumberProblem? Number = null)
{
    public bool Done => Problem is null && Number is null;

    /// <summary>A number typed that could not be read (<see cref="TypedNumber"/>).</summary>
    public static MeetingChange Unreadable(NumberProblem problem) => new(null, Number: problem);

    public static MeetingChange Refused(MeetingProblem problem) => new(problem);

    public static MeetingChange Did(MeetingNotice notice) => new(null, notice);
}

public sealed class ProgrammeSettingsInput
{
    public bool AutoAccept { get; set; }

    public string? MaxRequestsPerParticipant { get; set; }

    public string? MaxMeetingsPerSession { get; set; }
}

public sealed class SessionInput
{
    public DateOnly? Date { get; set; }

    public TimeOnly? Start { get; set; }

    public TimeOnly? End { get; set; }

    public string? SlotMinutes { get; set; }

    public string? Tables { get; set; }

    public string? OnlineLink { get; set; }
}

public sealed class RegistrationInput
{
    public MeetingSide Side { get; set; }

    public string? Offers { get; set; }

    public string? Seeks { get; set; }

    /// <summary>The sessions the participant attends; the others are its absences.</summary>
    public List<int> Sessions { get; set; } = [];
}

public sealed class MoveInput
{
    public int MeetingId { get; set; }

    public int SessionId { get; set; }

    /// <summary>The slot's start in Japan time, "10:30".</summary>
    public TimeOnly? Start { get; set; }

    public string? Table { get; set; }
}

public sealed record SessionView(int Id, DateOnly Date, TimeOnly Start, TimeOnly End, int SlotMinutes, int Tables, string? OnlineLink)
{
    public bool IsOnline => Tables == 0;

    public int SlotCount => (int)((End - Start).TotalMinutes / SlotMinutes);

    public TimeOnly SlotStart(int slot) => Start.AddMinutes(slot * SlotMinutes);
}

public sealed record GridMeeting(int Id, int SessionId, int Slot, int? Table, string BuyerName, string SupplierName);

public sealed record WaitingRequest(int RequestId, string FromName, string ToName);

public sealed record MeetingGridViewModel(
    int EventId,
    string EventName,
    bool IsSynthetic,
    bool HasProgramme,
    bool AutoAccept,
    int MaxRequestsPerParticipant,
    int MaxMeetingsPerSession,
    DateTime? FrozenAtUtc,
    IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<GridMeeting> Meetings,
    int Participants,
    int WaitingCount,
    IReadOnlyList<WaitingRequest> Waiting,
    int HeldMeetings,
    IReadOnlyDictionary<MeetingOutcome, int> Outcomes,
    bool HasEnded = false);

public sealed record MarketplaceEntry(int Id, MeetingSide Side, string Name, string? PrefectureCode, string? PrefectureName, string Offers, string Seeks, bool IsSelf, MeetingRequestStatus? Requested);

public sealed record MarketplaceFilter(MeetingSide? Side, string? Prefecture, string? Q);

public sealed record MarketplaceViewModel(
    int EventId,
    string EventName,
    bool HasProgramme,
    int? SelfId,
    MeetingSide? SelfSide,
    IReadOnlyList<SessionView> Sessions,
    MarketplaceFilter Filter,
    IReadOnlyList<(string Code, string Name)> Prefectures,
    IReadOnlyList<MarketplaceEntry> Entries);

public sealed record AgendaItem(int MeetingId, SessionView Session, int Slot, int? Table, string PartnerName, MeetingSide PartnerSide, DateTime StartUtc, DateTime EndUtc, MeetingOutcome? Outcome, bool HasEnded);

public sealed record RequestItem(int Id, string PartnerName, MeetingRequestStatus Status, string? Message, bool Incoming, bool Scheduled);

public sealed record AgendaViewModel(
    int EventId,
    string EventName,
    string? Venue,
    int ParticipantId,
    string ParticipantName,
    bool IsFinal,
    IReadOnlyList<AgendaItem> Items,
    IReadOnlyList<RequestItem> Requests);

/// <summary>A refused change: the reason, and the page to go back to.</summary>
public sealed record MeetingRefusal(int EventId, string Reason, string BackAction);
