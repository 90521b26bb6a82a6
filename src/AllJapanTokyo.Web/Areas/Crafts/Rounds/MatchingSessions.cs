using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Fairs.Meetings;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Crafts.Rounds;

/// <summary>The matching session as Tokyo types it on the round page: a day, its hours (Japan time) and where.</summary>
public sealed class MatchingSessionInput
{
    public string? Date { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? VenueJa { get; set; }
}

/// <summary>
/// A round's matching session, held by the Fairs area's business-meeting scheduler: an event (商談会) whose programme
/// seats the round's selected makers, one table each, opposite its selected designers, by their own accounts; every
/// maker is to talk with every designer for 15 minutes, and the scheduler places the talks (no one twice in a slot, no
/// table twice). Makers and designers then find their agenda and .ics on the meetings pages fair participants use.
/// </summary>
public sealed class MatchingSessions(AppDbContext db, MeetingsService meetings, TimeProvider clock)
{
    public const int TalkMinutes = MeetingSession.MinSlotMinutes;

    /// <summary>The round's matching event, if Tokyo has set one.</summary>
    public Task<int?> EventOfAsync(int roundId, CancellationToken cancellationToken) =>
        db.CraftCallRounds.Where(r => r.Id == roundId).Select(r => r.MatchingEventId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Sets up the session (once, after the deadline) with the applications selected now, and runs the scheduler.
    /// Returns the problem, or null with the event's id.
    /// </summary>
    public async Task<(CraftProblem? Problem, int EventId)> SetUpAsync(int roundId, MatchingSessionInput input, CancellationToken cancellationToken)
    {
        var round = await db.CraftCallRounds.SingleAsync(r => r.Id == roundId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (round.IsOpenAt(now))
        {
            return (CraftProblem.RoundStillOpen, 0);
        }

        if (round.MatchingEventId is { } existing)
        {
            return (CraftProblem.MatchingAlreadySet, existing);
        }

        if (!DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (CraftProblem.NotADate, 0);
        }

        if (!TimeOnly.TryParseExact(input.Start?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(input.End?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return (CraftProblem.NotATime, 0);
        }

        var venue = input.VenueJa?.Trim() ?? "";
        if (venue.Length > Event.MaxVenueLength)
        {
            return (CraftProblem.TooLong, 0);
        }

        var selected = db.CraftRoundApplications.AsNoTracking().Where(a => a.RoundId == roundId && a.SelectedAtUtc != null);
        var makers = await selected.Join(db.CraftMakers, a => a.MakerId, m => (int?)m.Id, (a, m) => new { m.UserId, m.NameJa, PrefectureCode = (string?)m.PrefectureCode, m.ProfileJa })
            .OrderBy(m => m.NameJa).ToListAsync(cancellationToken);
        var designers = await selected.Join(db.Designers, a => a.DesignerId, d => (int?)d.Id, (a, d) => new { d.UserId, d.NameJa, a.RecentProductJa })
            .OrderBy(d => d.NameJa).ToListAsync(cancellationToken);
        if (makers.Count == 0 || designers.Count == 0)
        {
            return (CraftProblem.NothingToMatch, 0);
        }

        if (MeetingSession.Problem(start, end, TalkMinutes, makers.Count, null) is not null)
        {
            return (CraftProblem.SessionTimesInvalid, 0);
        }

        var talks = Math.Min(Math.Max(makers.Count, designers.Count), MeetingProgramme.MaxCap);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var ev = new Event
        {
            InitiativeCode = CraftsService.InitiativeCode, FiscalYear = round.FiscalYear, NameJa = $"{round.TitleJa} マッチング商談会",
            Start = PartialDate.OfDay(date), End = PartialDate.OfDay(date), VenueJa = venue.Length == 0 ? null : venue, HostPrefectureCode = "13",
            Type = FairEventType.BusinessMeeting, Status = ActivityStatus.Ongoing, IsSynthetic = round.IsSynthetic,
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync(cancellationToken);

        var programme = new MeetingProgramme { EventId = ev.Id, AutoAccept = true, MaxRequestsPerParticipant = talks, MaxMeetingsPerSession = talks };
        programme.Sessions.Add(new MeetingSession { Date = date, Start = start, End = end, SlotMinutes = TalkMinutes, Tables = makers.Count });
        db.MeetingProgrammes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);

        var makerSeats = makers.Select(m => new MeetingParticipant
        {
            ProgrammeId = programme.Id, Side = MeetingSide.Supplier, UserId = m.UserId, NameJa = m.NameJa, PrefectureCode = m.PrefectureCode,
            Offers = Shorten(m.ProfileJa), RegisteredAtUtc = now, IsSynthetic = round.IsSynthetic,
        }).ToList();
        var designerSeats = designers.Select(d => new MeetingParticipant
        {
            ProgrammeId = programme.Id, Side = MeetingSide.Buyer, UserId = d.UserId, NameJa = d.NameJa,
            Offers = Shorten(d.RecentProductJa), RegisteredAtUtc = now, IsSynthetic = round.IsSynthetic,
        }).ToList();
        db.MeetingParticipants.AddRange(makerSeats.Concat(designerSeats));
        db.MeetingRequests.AddRange(
            from d in designerSeats
            from m in makerSeats
            select new MeetingRequest { ProgrammeId = programme.Id, From = d, To = m, Status = MeetingRequestStatus.Accepted, RequestedAtUtc = now, DecidedAtUtc = now });
        round.MatchingEventId = ev.Id;
        await db.SaveChangesAsync(cancellationToken);

        await meetings.ScheduleAsync(ev.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (null, ev.Id);
    }

    private static string Shorten(string text) => text.Length <= MeetingParticipant.MaxTextLength ? text : text[..MeetingParticipant.MaxTextLength];
}
