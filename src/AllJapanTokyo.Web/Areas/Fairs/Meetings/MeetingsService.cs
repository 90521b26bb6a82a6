using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Fairs.Meetings;

/// <summary>
/// The business meetings of an event: the organiser's settings, sessions, grid, scheduler, moves and freeze; the
/// participants' registration, requests, decisions, agenda and outcomes. Each change is checked here and stored with
/// its notifications in one SaveChanges; the database's unique indexes have the last word on a seat or a table taken
/// meanwhile, and such a change is refused like any other. Null answers mean the event (or programme) is not there.
/// </summary>
public sealed class MeetingsService(AppDbContext db, Notifier notifier, ComputedFigureProposals figures, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<MeetingProgramme?> ProgrammeAsync(int eventId, CancellationToken cancellationToken) =>
        db.MeetingProgrammes.Include(p => p.Sessions).FirstOrDefaultAsync(p => p.EventId == eventId, cancellationToken);

    private Task<string?> EventNameAsync(int eventId, CancellationToken cancellationToken) =>
        db.Events.Where(e => e.Id == eventId).Select(e => e.NameJa).FirstOrDefaultAsync(cancellationToken);

    private static List<MeetingSession> Ordered(IEnumerable<MeetingSession> sessions) =>
        [.. sessions.OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Id)];

    private static SessionView View(MeetingSession s) => new(s.Id, s.Date, s.Start, s.End, s.SlotMinutes, s.Tables, s.OnlineLink);

    // ---- Organiser ----------------------------------------------------------------------------------------------

    /// <summary>The organiser's grid; null when the event does not exist.</summary>
    public async Task<MeetingGridViewModel?> GridAsync(int eventId, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.NameJa, e.IsSynthetic }).FirstOrDefaultAsync(cancellationToken);
        if (ev is null)
        {
            return null;
        }

        var programme = await db.MeetingProgrammes.AsNoTracking().Include(p => p.Sessions).FirstOrDefaultAsync(p => p.EventId == eventId, cancellationToken);
        if (programme is null)
        {
            return new MeetingGridViewModel(eventId, ev.NameJa, ev.IsSynthetic, false, false, 20, 12, null, [], [], 0, 0, [], 0, new Dictionary<MeetingOutcome, int>());
        }

        var names = await db.MeetingParticipants.AsNoTracking().Where(p => p.ProgrammeId == programme.Id)
            .Select(p => new { p.Id, p.NameJa, p.Side }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var seats = await db.MeetingSeats.AsNoTracking()
            .Where(s => db.Meetings.Any(m => m.Id == s.MeetingId && m.ProgrammeId == programme.Id))
            .Select(s => new { s.MeetingId, s.ParticipantId, s.Outcome })
            .ToListAsync(cancellationToken);
        var partners = seats.ToLookup(s => s.MeetingId);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.ProgrammeId == programme.Id)
            .Select(m => new { m.Id, m.SessionId, m.Slot, m.Table }).ToListAsync(cancellationToken);
        var grid = meetings.Select(m =>
        {
            var pair = partners[m.Id].Select(s => names[s.ParticipantId]).ToList();
            string NameOf(MeetingSide side) => pair.FirstOrDefault(p => p.Side == side)?.NameJa ?? "—";
            return new GridMeeting(m.Id, m.SessionId, m.Slot, m.Table, NameOf(MeetingSide.Buyer), NameOf(MeetingSide.Supplier));
        }).ToList();

        var waitingQuery = db.MeetingRequests.AsNoTracking()
            .Where(r => r.ProgrammeId == programme.Id && r.Status == MeetingRequestStatus.Accepted && !db.Meetings.Any(m => m.RequestId == r.Id));
        var waitingCount = await waitingQuery.CountAsync(cancellationToken);
        var waiting = (await waitingQuery.OrderBy(r => r.Id).Take(50).Select(r => new { r.Id, r.FromParticipantId, r.ToParticipantId }).ToListAsync(cancellationToken))
            .Select(r => new WaitingRequest(r.Id, names[r.FromParticipantId].NameJa, names[r.ToParticipantId].NameJa)).ToList();

        var sessions = programme.Sessions.ToDictionary(s => s.Id);
        var now = Now;
        var held = meetings.Count(m => sessions[m.SessionId].SlotEndUtc(m.Slot) <= now);
        var outcomes = seats.Where(s => s.Outcome is not null).GroupBy(s => s.Outcome!.Value).ToDictionary(g => g.Key, g => g.Count());
        return new MeetingGridViewModel(eventId, ev.NameJa, ev.IsSynthetic, true, programme.AutoAccept, programme.MaxRequestsPerParticipant, programme.MaxMeetingsPerSession,
            programme.FrozenAtUtc, [.. Ordered(programme.Sessions).Select(View)], grid, names.Count, waitingCount, waiting, held, outcomes,
            programme.Sessions.Count > 0 && programme.Sessions.All(s => s.SlotEndUtc(s.SlotCount - 1) <= now));
    }

    /// <summary>Creates the event's programme if it has none, and sets how requests are accepted and the caps.</summary>
    public async Task<MeetingChange?> SaveSettingsAsync(int eventId, ProgrammeSettingsInput input, CancellationToken cancellationToken)
    {
        if (await EventNameAsync(eventId, cancellationToken) is null)
        {
            return null;
        }

        if (TypedNumber.TryParseCount(input.MaxRequestsPerParticipant, MeetingProgramme.MaxCap, out var requests) is { } p1)
        {
            return MeetingChange.Unreadable(p1);
        }

        if (TypedNumber.TryParseCount(input.MaxMeetingsPerSession, MeetingProgramme.MaxCap, out var perSession) is { } p2)
        {
            return MeetingChange.Unreadable(p2);
        }

        if (MeetingProgramme.CapProblem((int)(requests ?? 0), (int)(perSession ?? 0)) is { } cap)
        {
            return MeetingChange.Refused(cap);
        }

        var programme = await ProgrammeAsync(eventId, cancellationToken) ?? db.MeetingProgrammes.Add(new MeetingProgramme { EventId = eventId }).Entity;
        programme.AutoAccept = input.AutoAccept;
        programme.MaxRequestsPerParticipant = (int)requests!.Value;
        programme.MaxMeetingsPerSession = (int)perSession!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return MeetingChange.Did(MeetingNotice.SettingsSaved);
    }

    public async Task<MeetingChange?> AddSessionAsync(int eventId, SessionInput input, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(eventId, cancellationToken);
        if (programme is null)
        {
            return await EventNameAsync(eventId, cancellationToken) is null ? null : MeetingChange.Refused(MeetingProblem.NoProgramme);
        }

        if (TypedNumber.TryParseCount(input.SlotMinutes, MeetingSession.MaxSlotMinutes * 100, out var minutes) is { } p1)
        {
            return MeetingChange.Unreadable(p1);
        }

        if (TypedNumber.TryParseCount(string.IsNullOrWhiteSpace(input.Tables) ? "0" : input.Tables, MeetingSession.MaxTables * 100, out var tables) is { } p2)
        {
            return MeetingChange.Unreadable(p2);
        }

        if (input.Date is not { } date || input.Start is not { } start || input.End is not { } end)
        {
            return MeetingChange.Refused(MeetingProblem.SessionTimesInvalid);
        }

        var link = string.IsNullOrWhiteSpace(input.OnlineLink) ? null : input.OnlineLink.Trim();
        if (MeetingSession.Problem(start, end, (int)(minutes ?? 0), (int)(tables ?? 0), link) is { } problem)
        {
            return MeetingChange.Refused(problem);
        }

        // Sessions never overlap: a seat is unique per session and slot, so two sessions at one time would let a
        // participant sit at two tables at once.
        if (programme.Sessions.Any(s => s.Date == date && s.Start < end && start < s.End))
        {
            return MeetingChange.Refused(MeetingProblem.SessionsOverlap);
        }

        programme.Sessions.Add(new MeetingSession
        {
            Date = date, Start = start, End = end, SlotMinutes = (int)minutes!.Value, Tables = (int)tables!.Value,
            OnlineLink = tables == 0 ? link : null,
        });
        await db.SaveChangesAsync(cancellationToken);
        return MeetingChange.Did(MeetingNotice.SessionAdded);
    }

    /// <summary>
    /// Places every accepted request not yet placed (<see cref="MeetingScheduler"/>), tells each participant whose agenda
    /// changed, and stores it all at once; a meeting placed meanwhile by another organiser makes it refuse and start over.
    /// </summary>
    public async Task<MeetingChange?> ScheduleAsync(int eventId, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(eventId, cancellationToken);
        if (programme is null)
        {
            return await EventNameAsync(eventId, cancellationToken) is null ? null : MeetingChange.Refused(MeetingProblem.NoProgramme);
        }

        if (programme.FrozenAtUtc is not null)
        {
            return MeetingChange.Refused(MeetingProblem.Frozen);
        }

        var sessions = Ordered(programme.Sessions);
        var placedRows = await db.Meetings.AsNoTracking().Where(m => m.ProgrammeId == programme.Id)
            .Join(db.MeetingRequests, m => m.RequestId, r => r.Id, (m, r) => new { m.RequestId, r.FromParticipantId, r.ToParticipantId, m.SessionId, m.Slot, m.Table })
            .ToListAsync(cancellationToken);
        var pending = await db.MeetingRequests.AsNoTracking()
            .Where(r => r.ProgrammeId == programme.Id && r.Status == MeetingRequestStatus.Accepted && !db.Meetings.Any(m => m.RequestId == r.Id))
            .Select(r => new SchedulePair(r.Id, r.FromParticipantId, r.ToParticipantId))
            .ToListAsync(cancellationToken);
        var absences = await db.MeetingAbsences.AsNoTracking()
            .Where(a => db.MeetingParticipants.Any(p => p.Id == a.ParticipantId && p.ProgrammeId == programme.Id))
            .Select(a => new { a.ParticipantId, a.SessionId }).ToListAsync(cancellationToken);

        var now = Now;
        var result = MeetingScheduler.Place(
            [.. sessions.Select(s => new ScheduleSession(s.Id, s.SlotCount, s.Tables, FirstOpenSlot(s, now)))],
            [.. absences.Select(a => (a.ParticipantId, a.SessionId))],
            [.. placedRows.Select(m => (new SchedulePair(m.RequestId, m.FromParticipantId, m.ToParticipantId), new SchedulePlace(m.SessionId, m.Slot, m.Table)))],
            pending,
            programme.MaxMeetingsPerSession);

        var pairs = pending.ToDictionary(p => p.RequestId);
        var changed = new Dictionary<int, int>();
        foreach (var placement in result.Placed)
        {
            var pair = pairs[placement.RequestId];
            var meeting = new Meeting { ProgrammeId = programme.Id, RequestId = pair.RequestId };
            meeting.Seats.Add(new MeetingSeat { ParticipantId = pair.A });
            meeting.Seats.Add(new MeetingSeat { ParticipantId = pair.B });
            meeting.PlaceAt(placement.Place.SessionId, placement.Place.Slot, placement.Place.Table);
            db.Meetings.Add(meeting);
            changed[pair.A] = changed.GetValueOrDefault(pair.A) + 1;
            changed[pair.B] = changed.GetValueOrDefault(pair.B) + 1;
        }

        var eventName = (await EventNameAsync(eventId, cancellationToken))!;
        foreach (var group in changed.GroupBy(c => c.Value))
        {
            await notifier.NotifyAsync(await UsersOfAsync(group.Select(c => c.Key), cancellationToken), new MeetingsScheduled(eventId, eventName, group.Key), cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return MeetingChange.Refused(MeetingProblem.AlreadyScheduled);
        }

        return new MeetingChange(null, MeetingNotice.Scheduled, result.Placed.Count, result.Unplaced.Count);
    }

    /// <summary>The first slot of the session that has not begun at <paramref name="nowUtc"/> (its slot count when all have).</summary>
    private static int FirstOpenSlot(MeetingSession session, DateTime nowUtc)
    {
        var slot = 0;
        while (slot < session.SlotCount && session.SlotStartUtc(slot) < nowUtc)
        {
            slot++;
        }

        return slot;
    }

    /// <summary>
    /// Moves a meeting to a session, a slot start (Japan time) and a table: refused outside the sessions, onto a table or
    /// a partner busy then, in a session a partner misses or beyond the per-session cap — and, if another move took the
    /// place meanwhile, by the database's unique indexes.
    /// </summary>
    public async Task<MeetingChange?> MoveAsync(int eventId, MoveInput input, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(eventId, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var meeting = await db.Meetings.Include(m => m.Seats).FirstOrDefaultAsync(m => m.Id == input.MeetingId && m.ProgrammeId == programme.Id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        int? table = null;
        if (!string.IsNullOrWhiteSpace(input.Table))
        {
            if (TypedNumber.TryParseCount(input.Table, int.MaxValue, out var typed) is { } numberProblem)
            {
                return MeetingChange.Unreadable(numberProblem);
            }

            table = (int)typed!.Value;
        }

        var session = programme.Sessions.FirstOrDefault(s => s.Id == input.SessionId);
        if (session is null || input.Start is not { } start || start < session.Start
            || (int)(start - session.Start).TotalMinutes % session.SlotMinutes != 0)
        {
            return MeetingChange.Refused(MeetingProblem.SlotOutsideSessions);
        }

        var slot = (int)(start - session.Start).TotalMinutes / session.SlotMinutes;
        if (session.PlaceProblem(slot, table) is { } place)
        {
            return MeetingChange.Refused(place);
        }

        if (await PlaceProblemAsync(programme, meeting, session, slot, table, cancellationToken) is { } problem)
        {
            return MeetingChange.Refused(problem);
        }

        meeting.PlaceAt(session.Id, slot, table);
        var eventName = (await EventNameAsync(eventId, cancellationToken))!;
        await notifier.NotifyAsync(await UsersOfAsync(meeting.Seats.Select(s => s.ParticipantId), cancellationToken), new MeetingsScheduled(eventId, eventName, 1), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another move took the table or a partner's time between the check and the write: say which.
            db.ChangeTracker.Clear();
            var partners = meeting.Seats.Select(s => s.ParticipantId).ToList();
            var partnerBusy = await db.MeetingSeats.AnyAsync(s => s.SessionId == session.Id && s.Slot == slot && partners.Contains(s.ParticipantId) && s.MeetingId != meeting.Id, cancellationToken);
            return MeetingChange.Refused(partnerBusy ? MeetingProblem.PartnerBusy : MeetingProblem.TableBusy);
        }

        return MeetingChange.Did(MeetingNotice.Moved);
    }

    private async Task<MeetingProblem?> PlaceProblemAsync(MeetingProgramme programme, Meeting meeting, MeetingSession session, int slot, int? table, CancellationToken cancellationToken)
    {
        if (table is not null && await db.Meetings.AnyAsync(m => m.SessionId == session.Id && m.Slot == slot && m.Table == table && m.Id != meeting.Id, cancellationToken))
        {
            return MeetingProblem.TableBusy;
        }

        var partners = meeting.Seats.Select(s => s.ParticipantId).ToList();
        if (await db.MeetingSeats.AnyAsync(s => s.SessionId == session.Id && s.Slot == slot && partners.Contains(s.ParticipantId) && s.MeetingId != meeting.Id, cancellationToken))
        {
            return MeetingProblem.PartnerBusy;
        }

        if (await db.MeetingAbsences.AnyAsync(a => a.SessionId == session.Id && partners.Contains(a.ParticipantId), cancellationToken))
        {
            return MeetingProblem.PartnerAbsent;
        }

        var inSession = await db.MeetingSeats
            .Where(s => s.SessionId == session.Id && partners.Contains(s.ParticipantId) && s.MeetingId != meeting.Id)
            .GroupBy(s => s.ParticipantId).Select(g => g.Count()).ToListAsync(cancellationToken);
        return inSession.Any(n => n >= programme.MaxMeetingsPerSession) ? MeetingProblem.SessionCapReached : null;
    }

    /// <summary>Freezes the agenda: from now on it is final, and every participant is told.</summary>
    public async Task<MeetingChange?> FreezeAsync(int eventId, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(eventId, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        if (programme.FrozenAtUtc is not null)
        {
            return MeetingChange.Refused(MeetingProblem.Frozen);
        }

        programme.FrozenAtUtc = Now;
        var participants = await db.MeetingParticipants.Where(p => p.ProgrammeId == programme.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        await notifier.NotifyAsync(await UsersOfAsync(participants, cancellationToken), new MeetingAgendaFinal(eventId, (await EventNameAsync(eventId, cancellationToken))!), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingChange.Did(MeetingNotice.Frozen);
    }

    /// <summary>The indicators a meeting programme can fill, in the order they are proposed.</summary>
    public static readonly IReadOnlyList<string> FigureIndicators = ["business_meetings", "participating_prefectures", "events_held"];

    /// <summary>
    /// Once the event's last session has ended, proposes the measure's FY figures of its host prefecture (programme-wide
    /// without one) to the reporting workflow: the meetings held at the meeting events of the measure, year and host
    /// (this one and any other), the prefectures of the participants who held them, and those events — each only where
    /// the measure's reporting form has the indicator. Officials review them at /reporting/computed; a synthetic (架空)
    /// event's figures stay reviewable and are never published.
    /// </summary>
    public async Task<MeetingChange?> ProposeFiguresAsync(int eventId, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        var programme = ev is null ? null : await ProgrammeAsync(eventId, cancellationToken);
        if (ev is null || programme is null)
        {
            return ev is null ? null : MeetingChange.Refused(MeetingProblem.NoProgramme);
        }

        var now = Now;
        if (programme.Sessions.Count == 0 || programme.Sessions.Any(s => s.SlotEndUtc(s.SlotCount - 1) > now))
        {
            return MeetingChange.Refused(MeetingProblem.NotEndedYet);
        }

        var onForm = await db.FormIndicators.AsNoTracking().Where(f => f.InitiativeCode == ev.InitiativeCode).Select(f => f.IndicatorCode).ToListAsync(cancellationToken);
        var indicators = FigureIndicators.Where(onForm.Contains).ToList();
        if (indicators.Count == 0)
        {
            return MeetingChange.Refused(MeetingProblem.NoIndicatorOnForm);
        }

        var siblings = await db.Events.AsNoTracking()
            .Where(e => e.InitiativeCode == ev.InitiativeCode && e.FiscalYear == ev.FiscalYear && e.HostPrefectureCode == ev.HostPrefectureCode && e.IsSynthetic == ev.IsSynthetic)
            .Join(db.MeetingProgrammes, e => e.Id, p => p.EventId, (e, p) => p.Id)
            .ToListAsync(cancellationToken);
        var sessions = await db.MeetingSessions.AsNoTracking().Where(s => siblings.Contains(s.ProgrammeId)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => siblings.Contains(m.ProgrammeId))
            .Select(m => new { m.Id, m.ProgrammeId, m.SessionId, m.Slot }).ToListAsync(cancellationToken);
        var held = meetings.Where(m => sessions[m.SessionId].SlotEndUtc(m.Slot) <= now).ToList();
        var heldIds = held.Select(m => m.Id).ToList();
        var prefectures = await db.MeetingSeats.AsNoTracking().Where(s => heldIds.Contains(s.MeetingId))
            .Select(s => s.Participant!.PrefectureCode).Where(p => p != null).Distinct().CountAsync(cancellationToken);
        decimal Value(string indicator) => indicator switch
        {
            "business_meetings" => held.Count,
            "participating_prefectures" => prefectures,
            _ => held.Select(m => m.ProgrammeId).Distinct().Count(),
        };

        await figures.ProposeAsync(
            new FigureSource("fairs.meetings", eventId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"「{ev.NameJa}」ほか同じ施策・年度・開催地の商談会の実施済み商談から算出", ev.IsSynthetic),
            [.. indicators.Select(i => new FigureProposal(ev.FiscalYear, ev.InitiativeCode, i, ev.HostPrefectureCode, Value(i), i == "business_meetings" ? ev.Format : null))],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingChange.Did(MeetingNotice.FiguresProposed);
    }

    // ---- Participants -------------------------------------------------------------------------------------------

    /// <summary>The caller's participant: by its company or organisation, or (a maker or designer at a crafts session) by its own account.</summary>
    private Task<MeetingParticipant?> SelfAsync(int programmeId, MeetingParty party, CancellationToken cancellationToken) =>
        party.EnterpriseId is { } enterpriseId
            ? db.MeetingParticipants.FirstOrDefaultAsync(p => p.ProgrammeId == programmeId && p.EnterpriseId == enterpriseId, cancellationToken)
            : party.OrganizationId is { } organizationId
                ? db.MeetingParticipants.FirstOrDefaultAsync(p => p.ProgrammeId == programmeId && p.OrganizationId == organizationId, cancellationToken)
                : db.MeetingParticipants.FirstOrDefaultAsync(p => p.ProgrammeId == programmeId && p.UserId != null && p.UserId == party.UserId, cancellationToken);

    /// <summary>The accounts that act for the participants: every user of the company or the organisation, or the person's own.</summary>
    private async Task<List<string>> UsersOfAsync(IEnumerable<int> participantIds, CancellationToken cancellationToken)
    {
        var ids = participantIds.Distinct().ToList();
        var parties = await db.MeetingParticipants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.EnterpriseId, p.OrganizationId, p.UserId }).ToListAsync(cancellationToken);
        var people = parties.Where(p => p.UserId != null).Select(p => p.UserId).ToList();
        var enterprises = parties.Where(p => p.EnterpriseId != null).Select(p => p.EnterpriseId).ToList();
        var organizations = parties.Where(p => p.OrganizationId != null).Select(p => p.OrganizationId).ToList();
        return await db.Users.AsNoTracking()
            .Where(u => (u.EnterpriseId != null && enterprises.Contains(u.EnterpriseId)) || (u.OrganizationId != null && organizations.Contains(u.OrganizationId)) || people.Contains(u.Id))
            .Select(u => u.Id).ToListAsync(cancellationToken);
    }

    public async Task<MarketplaceViewModel?> MarketplaceAsync(int eventId, MeetingParty party, MarketplaceFilter filter, CancellationToken cancellationToken)
    {
        var name = await EventNameAsync(eventId, cancellationToken);
        if (name is null)
        {
            return null;
        }

        var programme = await db.MeetingProgrammes.AsNoTracking().Include(p => p.Sessions).FirstOrDefaultAsync(p => p.EventId == eventId, cancellationToken);
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var prefectureNames = prefectures.ToDictionary(p => p.Code, p => p.Name.Local());
        if (programme is null)
        {
            return new MarketplaceViewModel(eventId, name, false, null, null, [], filter, [], []);
        }

        var self = await SelfAsync(programme.Id, party, cancellationToken);
        var query = db.MeetingParticipants.AsNoTracking().Where(p => p.ProgrammeId == programme.Id);
        if (filter.Side is { } side)
        {
            query = query.Where(p => p.Side == side);
        }

        if (!string.IsNullOrEmpty(filter.Prefecture))
        {
            query = query.Where(p => p.PrefectureCode == filter.Prefecture);
        }

        if (filter.Q?.Trim() is { Length: > 0 } q)
        {
            query = query.Where(p => p.NameJa.Contains(q) || p.Offers.Contains(q) || p.Seeks.Contains(q));
        }

        var rows = await query.OrderBy(p => p.Side).ThenBy(p => p.NameJa).Take(500).ToListAsync(cancellationToken);
        var requested = self is null ? [] : await db.MeetingRequests.AsNoTracking()
            .Where(r => r.FromParticipantId == self.Id || r.ToParticipantId == self.Id)
            .Select(r => new { Partner = r.FromParticipantId == self.Id ? r.ToParticipantId : r.FromParticipantId, r.Status })
            .ToListAsync(cancellationToken);
        var status = requested.GroupBy(r => r.Partner).ToDictionary(g => g.Key, g => g.First().Status);
        var entries = rows.Select(p => new MarketplaceEntry(p.Id, p.Side, p.NameJa, p.PrefectureCode,
            p.PrefectureCode is { } code ? prefectureNames.GetValueOrDefault(code) : null, p.Offers, p.Seeks, p.Id == self?.Id,
            status.TryGetValue(p.Id, out var s) ? s : null)).ToList();
        return new MarketplaceViewModel(eventId, name, true, self?.Id, self?.Side, [.. Ordered(programme.Sessions).Select(View)], filter,
            [.. prefectures.Select(p => (p.Code, p.Name.Local()))], entries);
    }

    /// <summary>Registers the caller's approved company (or buyer organisation) once, on one side, with the sessions it attends.</summary>
    public async Task<MeetingChange?> RegisterAsync(int eventId, MeetingParty party, RegistrationInput input, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(eventId, cancellationToken);
        if (programme is null)
        {
            return await EventNameAsync(eventId, cancellationToken) is null ? null : MeetingChange.Refused(MeetingProblem.NoProgramme);
        }

        if (await SelfAsync(programme.Id, party, cancellationToken) is not null)
        {
            return MeetingChange.Refused(MeetingProblem.AlreadyRegistered);
        }

        if (MeetingParticipant.TextProblem(input.Offers, input.Seeks) is { } text)
        {
            return MeetingChange.Refused(text);
        }

        string? name = null;
        string? prefecture = null;
        if (party.EnterpriseId is { } enterpriseId)
        {
            var enterprise = await db.Enterprises.AsNoTracking().Where(Enterprise.MayBid).Where(e => e.Id == enterpriseId)
                .Select(e => new { e.NameJa, e.PrefectureCode }).FirstOrDefaultAsync(cancellationToken);
            (name, prefecture) = (enterprise?.NameJa, enterprise?.PrefectureCode);
        }
        else if (party.OrganizationId is { } organizationId)
        {
            var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
                .Select(o => new { o.NameJa, o.PrefectureCode }).FirstOrDefaultAsync(cancellationToken);
            (name, prefecture) = (organization?.NameJa, organization?.PrefectureCode);
        }

        if (name is null)
        {
            return MeetingChange.Refused(MeetingProblem.NotParticipant);
        }

        var participant = new MeetingParticipant
        {
            ProgrammeId = programme.Id, Side = input.Side, EnterpriseId = party.EnterpriseId, OrganizationId = party.EnterpriseId is null ? party.OrganizationId : null,
            NameJa = name, PrefectureCode = prefecture, Offers = input.Offers?.Trim() ?? "", Seeks = input.Seeks?.Trim() ?? "", RegisteredAtUtc = Now,
        };
        participant.Absences.AddRange(programme.Sessions.Where(s => !input.Sessions.Contains(s.Id)).Select(s => new MeetingAbsence { SessionId = s.Id }));
        db.MeetingParticipants.Add(participant);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return MeetingChange.Refused(MeetingProblem.AlreadyRegistered);
        }

        return MeetingChange.Did(MeetingNotice.Registered);
    }

    /// <summary>
    /// Asks another participant for a meeting: refused to oneself, to the same side, twice for one pair, or beyond the
    /// programme's cap of requests per participant. Accepted at once when the programme says so; either way notified.
    /// </summary>
    public async Task<MeetingChange?> RequestAsync(int eventId, MeetingParty party, int toParticipantId, string? message, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(eventId, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var from = await SelfAsync(programme.Id, party, cancellationToken);
        if (from is null)
        {
            return MeetingChange.Refused(MeetingProblem.NotParticipant);
        }

        var to = await db.MeetingParticipants.FirstOrDefaultAsync(p => p.Id == toParticipantId && p.ProgrammeId == programme.Id, cancellationToken);
        if (to is null)
        {
            return null;
        }

        if (await db.MeetingRequests.AnyAsync(r => (r.FromParticipantId == from.Id && r.ToParticipantId == to.Id) || (r.FromParticipantId == to.Id && r.ToParticipantId == from.Id), cancellationToken))
        {
            return MeetingChange.Refused(MeetingProblem.RequestExists);
        }

        var made = await db.MeetingRequests.CountAsync(r => r.FromParticipantId == from.Id && r.Status != MeetingRequestStatus.Declined, cancellationToken);
        if (MeetingRequest.Problem(from, to, made, programme.MaxRequestsPerParticipant, message) is { } problem)
        {
            return MeetingChange.Refused(problem);
        }

        var now = Now;
        var request = new MeetingRequest
        {
            ProgrammeId = programme.Id, FromParticipantId = from.Id, ToParticipantId = to.Id, Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
            RequestedAtUtc = now, Status = programme.AutoAccept ? MeetingRequestStatus.Accepted : MeetingRequestStatus.Pending,
            DecidedAtUtc = programme.AutoAccept ? now : null,
        };
        db.MeetingRequests.Add(request);
        var eventName = (await EventNameAsync(eventId, cancellationToken))!;
        if (programme.AutoAccept)
        {
            await notifier.NotifyAsync(await UsersOfAsync([to.Id], cancellationToken), new MeetingRequestDecided(eventId, eventName, from.NameJa, true, true), cancellationToken);
            await notifier.NotifyAsync(await UsersOfAsync([from.Id], cancellationToken), new MeetingRequestDecided(eventId, eventName, to.NameJa, true, true), cancellationToken);
        }
        else
        {
            await notifier.NotifyAsync(await UsersOfAsync([to.Id], cancellationToken), new MeetingRequested(eventId, eventName, from.NameJa), cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return MeetingChange.Refused(MeetingProblem.RequestExists);
        }

        return MeetingChange.Did(programme.AutoAccept ? MeetingNotice.Accepted : MeetingNotice.Requested);
    }

    /// <summary>The addressee accepts or declines a pending request; the requester is told.</summary>
    public async Task<MeetingChange?> DecideAsync(int eventId, MeetingParty party, int requestId, bool accept, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(eventId, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var request = await db.MeetingRequests.Include(r => r.From).Include(r => r.To)
            .FirstOrDefaultAsync(r => r.Id == requestId && r.ProgrammeId == programme.Id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var self = await SelfAsync(programme.Id, party, cancellationToken);
        if (self is null || self.Id != request.ToParticipantId)
        {
            return MeetingChange.Refused(MeetingProblem.NotAddressee);
        }

        if (request.Status != MeetingRequestStatus.Pending)
        {
            return MeetingChange.Refused(MeetingProblem.AlreadyDecided);
        }

        (request.Status, request.DecidedAtUtc) = (accept ? MeetingRequestStatus.Accepted : MeetingRequestStatus.Declined, Now);
        await notifier.NotifyAsync(await UsersOfAsync([request.FromParticipantId], cancellationToken),
            new MeetingRequestDecided(eventId, (await EventNameAsync(eventId, cancellationToken))!, request.To!.NameJa, accept, false), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingChange.Did(accept ? MeetingNotice.Accepted : MeetingNotice.Declined);
    }

    /// <summary>The participant's agenda and requests; null when the caller takes no part (or the event has no programme).</summary>
    public async Task<AgendaViewModel?> AgendaAsync(int eventId, MeetingParty party, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.NameJa, e.VenueJa }).FirstOrDefaultAsync(cancellationToken);
        var programme = ev is null ? null : await db.MeetingProgrammes.AsNoTracking().Include(p => p.Sessions).FirstOrDefaultAsync(p => p.EventId == eventId, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var self = await SelfAsync(programme.Id, party, cancellationToken);
        if (self is null)
        {
            return null;
        }

        var sessions = programme.Sessions.ToDictionary(s => s.Id);
        var mine = await db.MeetingSeats.AsNoTracking().Where(s => s.ParticipantId == self.Id)
            .Select(s => new
            {
                s.MeetingId, s.SessionId, s.Slot, s.Outcome,
                db.Meetings.First(m => m.Id == s.MeetingId).Table,
                Partner = db.MeetingSeats.Where(o => o.MeetingId == s.MeetingId && o.ParticipantId != self.Id).Select(o => new { o.Participant!.NameJa, o.Participant.Side }).First(),
            })
            .ToListAsync(cancellationToken);
        var now = Now;
        var items = mine.Select(m =>
        {
            var session = sessions[m.SessionId];
            return new AgendaItem(m.MeetingId, View(session), m.Slot, m.Table, m.Partner.NameJa, m.Partner.Side, session.SlotStartUtc(m.Slot), session.SlotEndUtc(m.Slot), m.Outcome, session.SlotEndUtc(m.Slot) <= now);
        }).OrderBy(i => i.StartUtc).ToList();

        var requests = await db.MeetingRequests.AsNoTracking()
            .Where(r => r.FromParticipantId == self.Id || r.ToParticipantId == self.Id)
            .OrderByDescending(r => r.RequestedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new RequestItem(r.Id, r.FromParticipantId == self.Id ? r.To!.NameJa : r.From!.NameJa, r.Status, r.Message, r.ToParticipantId == self.Id, db.Meetings.Any(m => m.RequestId == r.Id)))
            .ToListAsync(cancellationToken);
        return new AgendaViewModel(eventId, ev!.NameJa, ev.VenueJa, self.Id, self.NameJa, programme.FrozenAtUtc is not null, items, requests);
    }

    /// <summary>Records what came of a meeting for the caller's side: refused before the meeting's slot has ended.</summary>
    public async Task<MeetingChange?> RecordOutcomeAsync(int eventId, MeetingParty party, int meetingId, MeetingOutcome outcome, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(eventId, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var self = await SelfAsync(programme.Id, party, cancellationToken);
        var seat = self is null ? null : await db.MeetingSeats.FirstOrDefaultAsync(s => s.MeetingId == meetingId && s.ParticipantId == self.Id, cancellationToken);
        if (seat is null)
        {
            return MeetingChange.Refused(MeetingProblem.NotInMeeting);
        }

        var session = programme.Sessions.First(s => s.Id == seat.SessionId);
        if (seat.Record(outcome, session.SlotEndUtc(seat.Slot), Now) is { } problem)
        {
            return MeetingChange.Refused(problem);
        }

        await db.SaveChangesAsync(cancellationToken);
        return MeetingChange.Did(MeetingNotice.OutcomeRecorded);
    }
}
