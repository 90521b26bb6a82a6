namespace AllJapanTokyo.Domain.Meetings;

/// <summary>
/// A company (<see cref="EnterpriseId"/>), an organisation (<see cref="OrganizationId"/>) or one person's account
/// (<see cref="UserId"/>: a maker or a designer at a crafts matching session) taking part in a programme on one side,
/// with what it offers and seeks; exactly one of the three is set, and each takes part once.
/// </summary>
public class MeetingParticipant
{
    public const int MaxTextLength = 1000;

    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public MeetingSide Side { get; set; }

    public int? EnterpriseId { get; set; }

    public int? OrganizationId { get; set; }

    /// <summary>A person taking part by account, set by the area that holds the talks (never by registration).</summary>
    public string? UserId { get; set; }

    /// <summary>The name as registered (shown to partners and in agendas).</summary>
    public required string NameJa { get; set; }

    public string? PrefectureCode { get; set; }

    public string Offers { get; set; } = "";

    public string Seeks { get; set; } = "";

    public DateTime RegisteredAtUtc { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Sessions the participant cannot attend: the scheduler and moves leave them out.</summary>
    public List<MeetingAbsence> Absences { get; set; } = [];

    public static MeetingProblem? TextProblem(string? offers, string? seeks) =>
        (offers?.Length ?? 0) > MaxTextLength || (seeks?.Length ?? 0) > MaxTextLength ? MeetingProblem.TextTooLong : null;
}

/// <summary>A session a participant will not attend.</summary>
public class MeetingAbsence
{
    public int ParticipantId { get; set; }

    public int SessionId { get; set; }
}

/// <summary>One side asks the other for a meeting; the other (or the programme, when it accepts automatically) decides.</summary>
public class MeetingRequest
{
    public const int MaxMessageLength = 500;

    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public int FromParticipantId { get; set; }

    public MeetingParticipant? From { get; set; }

    public int ToParticipantId { get; set; }

    public MeetingParticipant? To { get; set; }

    public MeetingRequestStatus Status { get; set; }

    public string? Message { get; set; }

    public DateTime RequestedAtUtc { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>Who may ask whom: two registered participants of opposite sides, never oneself.</summary>
    public static MeetingProblem? Problem(MeetingParticipant from, MeetingParticipant to, int requestsMadeSoFar, int cap, string? message)
    {
        if (from.Id == to.Id)
        {
            return MeetingProblem.RequestToSelf;
        }

        if (from.Side == to.Side)
        {
            return MeetingProblem.SameSide;
        }

        if (requestsMadeSoFar >= cap)
        {
            return MeetingProblem.RequestCapReached;
        }

        return (message?.Length ?? 0) > MaxMessageLength ? MeetingProblem.TextTooLong : null;
    }
}

/// <summary>
/// An accepted request placed in a slot of a session, at a table (none online). Its two <see cref="Seats"/> repeat the
/// session and slot per partner, so that the database itself refuses a participant in two meetings at once (unique
/// session, slot, participant) as it refuses two meetings at one table (unique session, slot, table).
/// </summary>
public class Meeting
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public int RequestId { get; set; }

    public int SessionId { get; set; }

    public MeetingSession? Session { get; set; }

    public int Slot { get; set; }

    public int? Table { get; set; }

    public List<MeetingSeat> Seats { get; set; } = [];

    /// <summary>Puts the meeting (and both seats) in a place; the caller has checked it and the database has the last word.</summary>
    public void PlaceAt(int sessionId, int slot, int? table)
    {
        (SessionId, Slot, Table) = (sessionId, slot, table);
        foreach (var seat in Seats)
        {
            (seat.SessionId, seat.Slot) = (sessionId, slot);
        }
    }
}

/// <summary>A participant's place in a meeting, and what it says came of it.</summary>
public class MeetingSeat
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int ParticipantId { get; set; }

    public MeetingParticipant? Participant { get; set; }

    public int SessionId { get; set; }

    public int Slot { get; set; }

    public MeetingOutcome? Outcome { get; set; }

    public DateTime? OutcomeAtUtc { get; set; }

    /// <summary>An outcome is recorded once the meeting's slot has ended.</summary>
    public MeetingProblem? Record(MeetingOutcome outcome, DateTime slotEndUtc, DateTime nowUtc)
    {
        if (nowUtc < slotEndUtc)
        {
            return MeetingProblem.MeetingNotHeldYet;
        }

        (Outcome, OutcomeAtUtc) = (outcome, nowUtc);
        return null;
    }
}
