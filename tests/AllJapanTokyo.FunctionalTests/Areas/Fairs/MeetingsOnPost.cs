using System.Net;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Fairs.MeetingsTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

/// <summary>The business meetings' rules over HTTP, as organisers and participants post them: each refusal says why and stores nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class MeetingsOnPost(PortalFixture fixture)
{
    private static async Task<string> RefusedAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.Conflict)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {html[..Math.Min(html.Length, 400)]}");
        Assert.Contains("何も保存していません。", html);
        return html;
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OrganiserSetsUpTheProgrammeAndSessionsAndBadSessionsAreRefused(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var eventId = await NewEventAsync(portal);
        var grid = $"/fairs/events/{eventId}/meetings";
        var official = await PortalClient.SignedInAsync(portal, Official);

        var saved = await PostAsync(official, grid, grid + "/settings", ("AutoAccept", "true"), ("MaxRequestsPerParticipant", "５"), ("MaxMeetingsPerSession", "8"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var programme = await portal.WithDbAsync(db => db.MeetingProgrammes.AsNoTracking().SingleAsync(p => p.EventId == eventId));
        Assert.True(programme.AutoAccept);
        Assert.Equal(5, programme.MaxRequestsPerParticipant);
        Assert.Equal(8, programme.MaxMeetingsPerSession);
        await RefusedAsync(await PostAsync(official, grid, grid + "/settings", ("MaxRequestsPerParticipant", "0"), ("MaxMeetingsPerSession", "8")));

        var day = JapanToday.AddDays(10).ToString("yyyy-MM-dd");
        var added = await PostAsync(official, grid, grid + "/sessions", ("Date", day), ("Start", "10:00"), ("End", "12:00"), ("SlotMinutes", "20"), ("Tables", "40"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        Assert.Contains("1枠の長さは15分から60分の間で指定してください。",
            await RefusedAsync(await PostAsync(official, grid, grid + "/sessions", ("Date", day), ("Start", "13:00"), ("End", "14:00"), ("SlotMinutes", "10"), ("Tables", "4"))));
        Assert.Contains("ほかのセッションと時間が重なっています。",
            await RefusedAsync(await PostAsync(official, grid, grid + "/sessions", ("Date", day), ("Start", "11:00"), ("End", "13:00"), ("SlotMinutes", "30"), ("Tables", "4"))));
        Assert.Contains("https で始まる会議のリンク",
            await RefusedAsync(await PostAsync(official, grid, grid + "/sessions", ("Date", day), ("Start", "14:00"), ("End", "15:00"), ("SlotMinutes", "30"), ("Tables", "0"))));
        await RefusedAsync(await PostAsync(official, grid, grid + "/sessions", ("Date", day), ("Start", "14:00"), ("End", "15:00"), ("SlotMinutes", "三十"), ("Tables", "4")), HttpStatusCode.UnprocessableEntity);

        var sessions = await portal.WithDbAsync(db => db.MeetingSessions.AsNoTracking().Where(s => s.ProgrammeId == programme.Id).ToListAsync());
        var session = Assert.Single(sessions);
        Assert.Equal((20, 40, 6), (session.SlotMinutes, session.Tables, session.SlotCount));

        // Participants never reach the organiser's grid.
        var (_, email) = await Procurement.BiddingTestData.NewEnterpriseUserAsync(portal);
        var company = await PortalClient.SignedInAsync(portal, email);
        Assert.Equal(HttpStatusCode.Forbidden, (await company.GetAsync(grid)).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BuyerRegistersAndRequestsSupplierAcceptsAndEachStepIsNotified(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var setup = await ProgrammeAsync(portal);
        var (_, buyerEmail) = await Procurement.BiddingTestData.NewBuyerUserAsync(portal);
        var buyer = await PortalClient.SignedInAsync(portal, buyerEmail);
        var supplier = await ParticipantAsync(portal, setup, MeetingSide.Supplier);

        var registered = await PostAsync(buyer, setup.Market, setup.Market, ("Side", "Buyer"), ("Offers", "全国の販路"), ("Seeks", "伝統工芸品"), ("Sessions", setup.FutureSessionId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var me = await portal.WithDbAsync(db => db.MeetingParticipants.Include(p => p.Absences).AsNoTracking().SingleAsync(p => p.ProgrammeId == setup.ProgrammeId && p.Side == MeetingSide.Buyer));
        Assert.Equal("伝統工芸品", me.Seeks);
        Assert.Equal(new[] { setup.OnlineSessionId, setup.PastSessionId }.Order().ToList(), me.Absences.Select(a => a.SessionId).Order().ToList());
        Assert.Contains("すでにこの商談会に参加登録しています。", await RefusedAsync(await PostAsync(buyer, setup.Mine, setup.Market, ("Side", "Buyer"))));

        // The marketplace filters by side and keyword, and offers the supplier a request button.
        var (_, page) = await buyer.GetPageAsync($"{setup.Market}?side=Supplier&q=精密");
        Assert.NotNull(page.QuerySelector($"tr[data-participant='{supplier.Id}'] form"));
        Assert.Null(page.QuerySelector($"tr[data-participant='{me.Id}']"));

        var requests = setup.Market.Replace("participants", "requests");
        Assert.Contains("自分自身には商談を申し込めません。", await RefusedAsync(await PostAsync(buyer, setup.Market, requests, ("to", me.Id.ToString()))));
        var asked = await PostAsync(buyer, setup.Market, requests, ("to", supplier.Id.ToString()), ("message", "ぜひ"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("この相手との商談の申込みはすでにあります。", await RefusedAsync(await PostAsync(buyer, setup.Market, requests, ("to", supplier.Id.ToString()))));
        var request = await portal.WithDbAsync(db => db.MeetingRequests.AsNoTracking().SingleAsync(r => r.FromParticipantId == me.Id));
        Assert.Equal(MeetingRequestStatus.Pending, request.Status);
        var supplierUser = await portal.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == supplier.Email));
        Assert.Equal(1, await CountAsync(portal, db => db.Notifications.Where(n => n.UserId == supplierUser.Id && n.Kind == "meetings.requested")));

        // Only the addressee answers; the requester is told.
        var decide = $"/fairs/events/{setup.EventId}/meetings/requests/{request.Id}";
        Assert.Contains("この申込みに回答できるのは申込みを受けた参加者だけです。", await RefusedAsync(await PostAsync(buyer, setup.Market, decide, ("accept", "true"))));
        var supplierClient = await PortalClient.SignedInAsync(portal, supplier.Email);
        var (_, mine) = await supplierClient.GetPageAsync(setup.Mine);
        Assert.NotNull(mine.QuerySelector($"tr[data-request='{request.Id}'] form[action='{decide}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(supplierClient, setup.Mine, decide, ("accept", "true"))).StatusCode);
        Assert.Contains("この申込みにはすでに回答しています。", await RefusedAsync(await PostAsync(supplierClient, setup.Mine, decide, ("accept", "false"))));
        Assert.Equal(MeetingRequestStatus.Accepted, (await portal.WithDbAsync(db => db.MeetingRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id))).Status);
        var buyerUser = await portal.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == buyerEmail));
        Assert.Equal(1, await CountAsync(portal, db => db.Notifications.Where(n => n.UserId == buyerUser.Id && n.Kind == "meetings.decided")));
        Assert.Contains(portal.SentMail(), m => m.Contains(supplier.Email) && m.Contains("Subject:", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RequestsToTheSameSideOrBeyondTheCapAreRefusedAndAutoAcceptAcceptsAtOnce(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var setup = await ProgrammeAsync(portal, autoAccept: true, cap: 1);
        var buyer = await ParticipantAsync(portal, setup, MeetingSide.Buyer);
        var otherBuyer = await ParticipantAsync(portal, setup, MeetingSide.Buyer);
        var first = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        var second = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        var client = await PortalClient.SignedInAsync(portal, buyer.Email);
        var requests = setup.Market.Replace("participants", "requests");

        Assert.Contains("同じ側の参加者には申し込めません。", await RefusedAsync(await PostAsync(client, setup.Market, requests, ("to", otherBuyer.Id.ToString()))));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, setup.Market, requests, ("to", first.Id.ToString()))).StatusCode);
        Assert.Contains("申込みの上限に達しています。", await RefusedAsync(await PostAsync(client, setup.Market, requests, ("to", second.Id.ToString()))));

        var stored = await portal.WithDbAsync(db => db.MeetingRequests.AsNoTracking().Where(r => r.FromParticipantId == buyer.Id).ToListAsync());
        Assert.Equal(MeetingRequestStatus.Accepted, Assert.Single(stored).Status);
        Assert.Equal(2, await CountAsync(portal, db => db.Notifications.Where(n => n.Kind == "meetings.decided" && n.LinkPath == setup.Mine)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SchedulerPlacesAcceptedRequestsAndMovesOntoBusyPartnersTablesOrOutsideSessionsAreRefused(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var setup = await ProgrammeAsync(portal, tables: 2);
        var buyers = new List<Participant>();
        var suppliers = new List<Participant>();
        for (var i = 0; i < 3; i++)
        {
            buyers.Add(await ParticipantAsync(portal, setup, MeetingSide.Buyer));
            suppliers.Add(await ParticipantAsync(portal, setup, MeetingSide.Supplier));
        }

        foreach (var b in buyers)
        {
            foreach (var s in suppliers)
            {
                await AcceptedRequestAsync(portal, setup, b, s);
            }
        }

        var official = await PortalClient.SignedInAsync(portal, Official);
        var scheduled = await PostAsync(official, setup.Grid, setup.Grid + "/schedule");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var meetings = await portal.WithDbAsync(db => db.Meetings.Include(m => m.Seats).AsNoTracking().Where(m => m.ProgrammeId == setup.ProgrammeId).ToListAsync());
        Assert.Equal(9, meetings.Count);
        Assert.DoesNotContain(meetings, m => m.SessionId == setup.PastSessionId);
        var seats = meetings.SelectMany(m => m.Seats).ToList();
        Assert.Equal(seats.Count, seats.Select(s => (s.SessionId, s.Slot, s.ParticipantId)).Distinct().Count());
        Assert.Equal(9, meetings.Select(m => (m.SessionId, m.Slot, m.Table ?? -m.Id)).Distinct().Count());
        var (_, gridPage) = await official.GetPageAsync(setup.Grid);
        Assert.Equal(9, gridPage.QuerySelectorAll("[data-meeting]").Length);

        // Moves: onto a busy table, onto a time a partner is busy, off the slot grid, to a table the session lacks.
        var moved = meetings.First(m => m.SessionId == setup.FutureSessionId);
        var busyTable = meetings.First(m => m.SessionId == setup.FutureSessionId && m.Table != null
            && !m.Seats.Any(s => moved.Seats.Any(x => x.ParticipantId == s.ParticipantId)) && m.Slot != moved.Slot);
        var partnerMeeting = meetings.First(m => m.Id != moved.Id && m.SessionId == setup.FutureSessionId && m.Slot != moved.Slot
            && m.Seats.Any(s => moved.Seats.Any(x => x.ParticipantId == s.ParticipantId)));
        string Time(int slot) => new TimeOnly(10, 0).AddMinutes(30 * slot).ToString("HH:mm");
        var move = setup.Grid + "/move";
        (string, string)[] Fields(int session, string time, string table) => [("MeetingId", moved.Id.ToString()), ("SessionId", session.ToString()), ("Start", time), ("Table", table)];

        Assert.Contains("そのテーブルは、その時間にほかの商談が入っています。",
            await RefusedAsync(await PostAsync(official, setup.Grid, move, Fields(setup.FutureSessionId, Time(busyTable.Slot), busyTable.Table!.ToString()!))));
        var freeTable = busyTable.Table == 1 ? 2 : 1;
        var partnerFree = meetings.Any(m => m.SessionId == setup.FutureSessionId && m.Slot == partnerMeeting.Slot && m.Table == freeTable);
        Assert.Contains(partnerFree ? "そのテーブルは" : "商談相手のどちらかが、その時間にほかの商談に入っています。",
            await RefusedAsync(await PostAsync(official, setup.Grid, move, Fields(setup.FutureSessionId, Time(partnerMeeting.Slot), partnerFree ? partnerMeeting.Table!.ToString()! : freeTable.ToString()))));
        Assert.Contains("その時間は商談会のセッションの枠ではありません。", await RefusedAsync(await PostAsync(official, setup.Grid, move, Fields(setup.FutureSessionId, "12:00", "1"))));
        Assert.Contains("その時間は商談会のセッションの枠ではありません。", await RefusedAsync(await PostAsync(official, setup.Grid, move, Fields(setup.FutureSessionId, "10:15", "1"))));
        Assert.Contains("そのテーブルはこのセッションにありません", await RefusedAsync(await PostAsync(official, setup.Grid, move, Fields(setup.FutureSessionId, "10:00", "3"))));
        var unchanged = await portal.WithDbAsync(db => db.Meetings.Include(m => m.Seats).AsNoTracking().SingleAsync(m => m.Id == moved.Id));
        Assert.Equal((moved.SessionId, moved.Slot, moved.Table), (unchanged.SessionId, unchanged.Slot, unchanged.Table));

        // The past session is free for everyone: a move there is allowed (both seats follow).
        var done = await PostAsync(official, setup.Grid, move, Fields(setup.PastSessionId, "10:30", "2"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await portal.WithDbAsync(db => db.Meetings.Include(m => m.Seats).AsNoTracking().SingleAsync(m => m.Id == moved.Id));
        Assert.Equal((setup.PastSessionId, 1, (int?)2), (after.SessionId, after.Slot, after.Table));
        Assert.All(after.Seats, s => Assert.Equal((setup.PastSessionId, 1), (s.SessionId, s.Slot)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OutcomeIsRefusedBeforeTheMeetingAndRecordedByEachSideAfterIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var setup = await ProgrammeAsync(portal);
        var buyer = await ParticipantAsync(portal, setup, MeetingSide.Buyer, organisation: true);
        var supplier = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        var held = await MeetingAsync(portal, setup, buyer, supplier, setup.PastSessionId, 0, 1);
        var coming = await MeetingAsync(portal, setup, supplier, buyer, setup.FutureSessionId, 1, 1);
        var client = await PortalClient.SignedInAsync(portal, supplier.Email);

        Assert.Contains("商談の結果は、商談の時間が終わってから記録できます。",
            await RefusedAsync(await PostAsync(client, setup.Mine, $"/fairs/events/{setup.EventId}/meetings/{coming}/outcome", ("outcome", "Deal"))));
        Assert.Null(await portal.WithDbAsync(db => db.MeetingSeats.Where(s => s.MeetingId == coming).Select(s => s.Outcome).FirstAsync()));

        var (_, mine) = await client.GetPageAsync(setup.Mine);
        Assert.NotNull(mine.QuerySelector($"tr[data-meeting='{held}'] form"));
        Assert.Null(mine.QuerySelector($"tr[data-meeting='{coming}'] form"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, setup.Mine, $"/fairs/events/{setup.EventId}/meetings/{held}/outcome", ("outcome", "FollowUp"))).StatusCode);
        var buyerClient = await PortalClient.SignedInAsync(portal, buyer.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(buyerClient, setup.Mine, $"/fairs/events/{setup.EventId}/meetings/{held}/outcome", ("outcome", "Deal"))).StatusCode);
        var outcomes = await portal.WithDbAsync(db => db.MeetingSeats.AsNoTracking().Where(s => s.MeetingId == held).ToDictionaryAsync(s => s.ParticipantId, s => s.Outcome));
        Assert.Equal(MeetingOutcome.FollowUp, outcomes[supplier.Id]);
        Assert.Equal(MeetingOutcome.Deal, outcomes[buyer.Id]);

        // Someone outside the meeting records nothing.
        var stranger = await ParticipantAsync(portal, setup, MeetingSide.Buyer);
        var strangerClient = await PortalClient.SignedInAsync(portal, stranger.Email);
        Assert.Contains("自分が参加する商談ではありません。",
            await RefusedAsync(await PostAsync(strangerClient, setup.Market, $"/fairs/events/{setup.EventId}/meetings/{held}/outcome", ("outcome", "NoDeal"))));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BothPartnersDownloadTheSameMeetingInJapanTimePreliminaryThenFinal(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var setup = await ProgrammeAsync(portal);
        var buyer = await ParticipantAsync(portal, setup, MeetingSide.Buyer);
        var supplier = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        var onSite = await MeetingAsync(portal, setup, buyer, supplier, setup.FutureSessionId, 2, 3);
        var buyerClient = await PortalClient.SignedInAsync(portal, buyer.Email);
        var supplierClient = await PortalClient.SignedInAsync(portal, supplier.Email);
        var ics = setup.Mine + ".ics";

        var preliminary = await (await buyerClient.GetAsync(ics)).Content.ReadAsStringAsync();
        Assert.Contains("STATUS:TENTATIVE", preliminary);
        var (_, page) = await buyerClient.GetPageAsync(setup.Mine);
        Assert.Contains("仮の予定", page.QuerySelector("main")!.TextContent);

        var official = await PortalClient.SignedInAsync(portal, Official);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(official, setup.Grid, setup.Grid + "/freeze")).StatusCode);
        Assert.Contains("商談予定は確定済みです。", await RefusedAsync(await PostAsync(official, setup.Grid, setup.Grid + "/schedule")));

        var response = await buyerClient.GetAsync(ics);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var fromBuyer = await response.Content.ReadAsStringAsync();
        var fromSupplier = await (await supplierClient.GetAsync(ics)).Content.ReadAsStringAsync();
        string Line(string text, string name) => text.Split("\r\n").Single(l => l.StartsWith(name, StringComparison.Ordinal));
        Assert.Equal(1, fromBuyer.Split("BEGIN:VEVENT").Length - 1);
        Assert.Equal($"UID:meeting-{onSite}@localhost", Line(fromBuyer, "UID:"));
        Assert.Equal(Line(fromBuyer, "UID:"), Line(fromSupplier, "UID:"));
        var day = JapanToday.AddDays(3).ToString("yyyyMMdd");
        Assert.Equal($"DTSTART;TZID=Asia/Tokyo:{day}T110000", Line(fromBuyer, "DTSTART"));
        Assert.Equal($"DTEND;TZID=Asia/Tokyo:{day}T113000", Line(fromBuyer, "DTEND"));
        Assert.Equal(Line(fromBuyer, "DTSTART"), Line(fromSupplier, "DTSTART"));
        Assert.Contains("BEGIN:VTIMEZONE", fromBuyer);
        Assert.Contains("STATUS:CONFIRMED", fromBuyer);
        Assert.Equal(1, await CountAsync(portal, db => db.Notifications.Where(n => n.Kind == "meetings.final" && n.LinkPath == setup.Mine && db.Users.Any(u => u.Id == n.UserId && u.Email == supplier.Email))));

        var (_, print) = await supplierClient.GetPageAsync(setup.Mine + "/print");
        Assert.NotNull(print.QuerySelector($"tr[data-meeting='{onSite}']"));
        Assert.Contains("確定", print.QuerySelector("main")!.TextContent);
    }
}
