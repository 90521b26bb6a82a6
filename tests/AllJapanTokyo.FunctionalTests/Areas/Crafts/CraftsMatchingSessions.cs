using System.Globalization;
using System.Net;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Crafts;

/// <summary>
/// A round's matching session, held by the Fairs area's business-meeting scheduler: Tokyo sets it up from the round
/// page, the selected makers and designers are seated by their own accounts and meet each other in 15-minute talks
/// (nobody twice in a slot, no table twice), each sees the talks on the meetings agenda (and .ics), and a maker Tokyo
/// did not select takes no part.
/// </summary>
public sealed class CraftsMatchingSessions
{
    // A portal of its own: a session is a real event of this fiscal year, which adds the year to the reports that the
    // shared portal's tests list.
    private static async Task<PortalFactory> OwnPortalAsync(string provider)
    {
        if (provider != "Sqlite")
        {
            TestDatabases.RequirePostgres();
        }

        return (provider == "Sqlite" ? PortalFactory.OnSqlite() : await PortalFactory.OnPostgresAsync()).Started();
    }

    private static string InAMonth => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SelectedMakersAndDesignersMeetByTheirAccountsAndSeeTheirAgenda(string provider)
    {
        await using var portal = await OwnPortalAsync(provider);
        var roundId = await CraftsTestData.RoundAsync(portal, open: false);
        var (makerA, makerAEmail) = await CraftsTestData.MakerAsync(portal, "東京くみひも", "13");
        var (makerB, _) = await CraftsTestData.MakerAsync(portal, "房州うちわ", "12");
        var (unselected, unselectedEmail) = await CraftsTestData.MakerAsync(portal, "江戸漆器", "13");
        var (designerA, designerAEmail) = await CraftsTestData.DesignerAsync(portal);
        var (designerB, _) = await CraftsTestData.DesignerAsync(portal);
        await CraftsTestData.ApplicationAsync(portal, roundId, makerA, null, selected: true);
        await CraftsTestData.ApplicationAsync(portal, roundId, makerB, null, selected: true);
        await CraftsTestData.ApplicationAsync(portal, roundId, unselected, null, selected: false);
        await CraftsTestData.ApplicationAsync(portal, roundId, null, designerA, selected: true);
        await CraftsTestData.ApplicationAsync(portal, roundId, null, designerB, selected: true);
        var names = await portal.WithDbAsync(async db => (
            Makers: await db.CraftMakers.Where(m => m.Id == makerA || m.Id == makerB).Select(m => m.NameJa).ToListAsync(),
            Designers: await db.Designers.Where(d => d.Id == designerA || d.Id == designerB).Select(d => d.NameJa).ToListAsync()));
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var roundUrl = $"/crafts/rounds/{roundId}";

        var (badTime, badTimePage) = await CraftsTestData.PostAsync(official, roundUrl, $"{roundUrl}/matching", ("Date", InAMonth), ("Start", "15:00"), ("End", "13:00"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badTime.StatusCode);
        Assert.Equal([nameof(CraftProblem.SessionTimesInvalid)], CraftsTestData.Problems(badTimePage));

        var (set, _) = await CraftsTestData.PostAsync(official, roundUrl, $"{roundUrl}/matching", ("Date", InAMonth), ("Start", "13:00"), ("End", "14:00"), ("VenueJa", "（試験）東京都庁"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var eventId = (await portal.WithDbAsync(db => db.CraftCallRounds.Where(r => r.Id == roundId).Select(r => r.MatchingEventId).SingleAsync()))!.Value;
        Assert.EndsWith($"/fairs/events/{eventId}/meetings", set.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Four people by their accounts (the unselected maker is not among them), every maker with every designer once.
        var unselectedUser = await CraftsTestData.UserIdAsync(portal, unselectedEmail);
        var (participants, seats, meetings) = await portal.WithDbAsync(async db =>
        {
            var programme = await db.MeetingProgrammes.SingleAsync(p => p.EventId == eventId);
            return (
                await db.MeetingParticipants.AsNoTracking().Where(p => p.ProgrammeId == programme.Id).ToListAsync(),
                await db.MeetingSeats.AsNoTracking().Where(s => db.Meetings.Any(m => m.Id == s.MeetingId && m.ProgrammeId == programme.Id)).ToListAsync(),
                await db.Meetings.AsNoTracking().Where(m => m.ProgrammeId == programme.Id).ToListAsync());
        });
        Assert.Equal(4, participants.Count);
        Assert.All(participants, p => Assert.True(p.UserId is not null && p.EnterpriseId is null && p.OrganizationId is null));
        Assert.DoesNotContain(participants, p => p.UserId == unselectedUser);
        Assert.Equal(4, meetings.Count);
        Assert.Equal(seats.Count, seats.Select(s => (s.Slot, s.ParticipantId)).Distinct().Count());
        Assert.Equal(meetings.Count, meetings.Select(m => (m.Slot, m.Table)).Distinct().Count());
        Assert.Equal(4, seats.GroupBy(s => s.MeetingId).Select(g => string.Join(",", g.Select(s => s.ParticipantId).Order())).Distinct().Count());

        // The maker and the designer see each other's talks on the meetings agenda, with its calendar; both were told.
        var maker = await PortalClient.SignedInAsync(portal, makerAEmail, CraftsTestData.Password);
        var (agendaResponse, agenda) = await maker.GetPageAsync($"/fairs/events/{eventId}/meetings/mine");
        Assert.Equal(HttpStatusCode.OK, agendaResponse.StatusCode);
        var partners = agenda.QuerySelectorAll("tr[data-meeting]").Select(r => r.TextContent).ToList();
        Assert.Equal(2, partners.Count);
        Assert.All(names.Designers, n => Assert.Contains(partners, p => p.Contains(n, StringComparison.Ordinal)));
        var calendar = await maker.GetAsync($"/fairs/events/{eventId}/meetings/mine.ics");
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        var (_, roundPage) = await maker.GetPageAsync(roundUrl);
        Assert.Equal($"/fairs/events/{eventId}/meetings/mine", roundPage.QuerySelector("#matching-agenda")!.GetAttribute("href"));

        var designer = await PortalClient.SignedInAsync(portal, designerAEmail, CraftsTestData.Password);
        var (_, designerAgenda) = await designer.GetPageAsync($"/fairs/events/{eventId}/meetings/mine");
        var designerPartners = designerAgenda.QuerySelectorAll("tr[data-meeting]").Select(r => r.TextContent).ToList();
        Assert.All(names.Makers, n => Assert.Contains(designerPartners, p => p.Contains(n, StringComparison.Ordinal)));
        var makerUser = await CraftsTestData.UserIdAsync(portal, makerAEmail);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == makerUser && n.Kind == "meetings.scheduled")));

        // The maker Tokyo did not select has no agenda, and cannot seat itself.
        var outsider = await PortalClient.SignedInAsync(portal, unselectedEmail, CraftsTestData.Password);
        var mine = await outsider.GetAsync($"/fairs/events/{eventId}/meetings/mine");
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        var marketplace = $"/fairs/events/{eventId}/meetings/participants";
        var register = await outsider.PostFormAsync(marketplace, marketplace, [new("Side", "Supplier"), new("Offers", "漆器")]);
        Assert.Equal(HttpStatusCode.Conflict, register.StatusCode);
        Assert.Equal(4, await portal.WithDbAsync(db => db.MeetingParticipants.CountAsync(p => db.MeetingProgrammes.Any(m => m.Id == p.ProgrammeId && m.EventId == eventId))));

        // The session is set up once.
        var (again, againPage) = await CraftsTestData.PostAsync(official, roundUrl, $"{roundUrl}/matching", ("Date", InAMonth), ("Start", "13:00"), ("End", "14:00"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal([nameof(CraftProblem.MatchingAlreadySet)], CraftsTestData.Problems(againPage));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ASessionTooShortForEveryTalkLeavesTheRestUnplacedAndNobodyDoubleBooked(string provider)
    {
        await using var portal = await OwnPortalAsync(provider);
        var roundId = await CraftsTestData.RoundAsync(portal, open: false);
        for (var i = 0; i < 3; i++)
        {
            var (makerId, _) = await CraftsTestData.MakerAsync(portal);
            await CraftsTestData.ApplicationAsync(portal, roundId, makerId, null, selected: true);
            var (designerId, _) = await CraftsTestData.DesignerAsync(portal);
            await CraftsTestData.ApplicationAsync(portal, roundId, null, designerId, selected: true);
        }

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var roundUrl = $"/crafts/rounds/{roundId}";

        // Two 15-minute slots for nine talks: three tables hold at most six, each person in at most one talk a slot.
        var (set, _) = await CraftsTestData.PostAsync(official, roundUrl, $"{roundUrl}/matching", ("Date", InAMonth), ("Start", "10:00"), ("End", "10:30"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var eventId = (await portal.WithDbAsync(db => db.CraftCallRounds.Where(r => r.Id == roundId).Select(r => r.MatchingEventId).SingleAsync()))!.Value;
        var (requests, seats, meetings) = await portal.WithDbAsync(async db =>
        {
            var programme = await db.MeetingProgrammes.SingleAsync(p => p.EventId == eventId);
            return (
                await db.MeetingRequests.CountAsync(r => r.ProgrammeId == programme.Id),
                await db.MeetingSeats.AsNoTracking().Where(s => db.Meetings.Any(m => m.Id == s.MeetingId && m.ProgrammeId == programme.Id)).ToListAsync(),
                await db.Meetings.AsNoTracking().Where(m => m.ProgrammeId == programme.Id).ToListAsync());
        });
        Assert.Equal(9, requests);
        Assert.InRange(meetings.Count, 4, 6);
        Assert.All(meetings, m => Assert.InRange(m.Table!.Value, 1, 3));
        Assert.Equal(seats.Count, seats.Select(s => (s.Slot, s.ParticipantId)).Distinct().Count());
        Assert.Equal(meetings.Count, meetings.Select(m => (m.Slot, m.Table)).Distinct().Count());
    }
}
