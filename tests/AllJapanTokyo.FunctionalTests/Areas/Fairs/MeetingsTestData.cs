using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

/// <summary>A meeting event of each test's own: a future on-site session, a past one and an online one; participants with accounts.</summary>
internal static class MeetingsTestData
{
    public const string Official = "official@example.jp";

    /// <summary>Today in Japan, the day the sessions are dated from.</summary>
    public static DateOnly JapanToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    public sealed record Setup(int EventId, int ProgrammeId, int FutureSessionId, int PastSessionId, int OnlineSessionId)
    {
        public string Grid => $"/fairs/events/{EventId}/meetings";

        public string Market => $"/fairs/events/{EventId}/meetings/participants";

        public string Mine => $"/fairs/events/{EventId}/meetings/mine";
    }

    public sealed record Participant(int Id, string Email);

    public static async Task<int> NewEventAsync(PortalFactory portal, string initiative = "2-4", string? host = null)
    {
        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ev = new Event { InitiativeCode = initiative, HostPrefectureCode = host, FiscalYear = 2026, NameJa = $"試験商談会{Guid.NewGuid():N}"[..16], Format = EventFormat.InPerson, IsSynthetic = true };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return ev.Id;
    }

    /// <summary>
    /// A programme with a future session (in three days, 10:00–12:00, 30-minute slots, <paramref name="tables"/> tables),
    /// a past one (three days ago, 10:00–11:00) and an online one (in four days, 14:00–15:00).
    /// </summary>
    public static async Task<Setup> ProgrammeAsync(PortalFactory portal, bool autoAccept = false, int cap = 20, int perSession = 12, int tables = 3, string initiative = "2-4", string? host = null)
    {
        var eventId = await NewEventAsync(portal, initiative, host);
        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var programme = new MeetingProgramme { EventId = eventId, AutoAccept = autoAccept, MaxRequestsPerParticipant = cap, MaxMeetingsPerSession = perSession };
        var future = new MeetingSession { Date = JapanToday.AddDays(3), Start = new TimeOnly(10, 0), End = new TimeOnly(12, 0), SlotMinutes = 30, Tables = tables };
        var past = new MeetingSession { Date = JapanToday.AddDays(-3), Start = new TimeOnly(10, 0), End = new TimeOnly(11, 0), SlotMinutes = 30, Tables = tables };
        var online = new MeetingSession { Date = JapanToday.AddDays(4), Start = new TimeOnly(14, 0), End = new TimeOnly(15, 0), SlotMinutes = 30, Tables = 0, OnlineLink = "https://meet.example.jp/shodan" };
        programme.Sessions.AddRange([future, past, online]);
        db.MeetingProgrammes.Add(programme);
        await db.SaveChangesAsync();
        return new Setup(eventId, programme.Id, future.Id, past.Id, online.Id);
    }

    /// <summary>A registered participant: a new approved company (supplier or buyer side) or, with <paramref name="organisation"/>, a buyer organisation.</summary>
    public static async Task<Participant> ParticipantAsync(PortalFactory portal, Setup setup, MeetingSide side, bool organisation = false)
    {
        int? enterpriseId = null, organizationId = null;
        string email;
        if (organisation)
        {
            (var id, email) = await BiddingTestData.NewBuyerUserAsync(portal);
            organizationId = id;
        }
        else
        {
            (var id, email) = await BiddingTestData.NewEnterpriseUserAsync(portal);
            enterpriseId = id;
        }

        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var participant = new MeetingParticipant
        {
            ProgrammeId = setup.ProgrammeId, Side = side, EnterpriseId = enterpriseId, OrganizationId = organizationId,
            NameJa = $"試験参加者{Guid.NewGuid():N}"[..14], PrefectureCode = organisation ? null : "15", Offers = "精密部品", Seeks = "販路", RegisteredAtUtc = DateTime.UtcNow, IsSynthetic = true,
        };
        db.MeetingParticipants.Add(participant);
        await db.SaveChangesAsync();
        return new Participant(participant.Id, email);
    }

    public static async Task<int> AcceptedRequestAsync(PortalFactory portal, Setup setup, Participant from, Participant to)
    {
        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var request = new MeetingRequest { ProgrammeId = setup.ProgrammeId, FromParticipantId = from.Id, ToParticipantId = to.Id, Status = MeetingRequestStatus.Accepted, RequestedAtUtc = DateTime.UtcNow, DecidedAtUtc = DateTime.UtcNow };
        db.MeetingRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    /// <summary>An accepted request between the two, placed at once in the session, slot and table given.</summary>
    public static async Task<int> MeetingAsync(PortalFactory portal, Setup setup, Participant a, Participant b, int sessionId, int slot, int? table)
    {
        var requestId = await AcceptedRequestAsync(portal, setup, a, b);
        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var meeting = new Meeting { ProgrammeId = setup.ProgrammeId, RequestId = requestId };
        meeting.Seats.AddRange([new MeetingSeat { ParticipantId = a.Id }, new MeetingSeat { ParticipantId = b.Id }]);
        meeting.PlaceAt(sessionId, slot, table);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>An EventOrganizer account, delegated the event <paramref name="eventId"/>.</summary>
    public static async Task<string> OrganizerAsync(PortalFactory portal, int eventId)
    {
        var email = $"organizer-{Guid.NewGuid():N}"[..18] + "@example.jp";
        await using var scope = portal.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, Roles.EventOrganizer);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.EventOrganizerAssignments.Add(new EventOrganizerAssignment { EventId = eventId, UserId = user.Id });
        await db.SaveChangesAsync();
        return email;
    }

    /// <summary>Moves every session of the programme into the past, as the clock would after the event.</summary>
    public static Task EndAsync(PortalFactory portal, Setup setup) =>
        portal.WithDbAsync(db => db.MeetingSessions.Where(s => s.ProgrammeId == setup.ProgrammeId && s.Id != setup.PastSessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Date, x => x.Date.AddDays(-20))));

    public static Task<int> CountAsync<T>(PortalFactory portal, Func<AppDbContext, IQueryable<T>> query) =>
        portal.WithDbAsync(db => query(db).CountAsync());

    public static Task<HttpResponseMessage> PostAsync(PortalClient client, string page, string action, params (string Name, string Value)[] fields) =>
        client.PostFormAsync(page, action, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
