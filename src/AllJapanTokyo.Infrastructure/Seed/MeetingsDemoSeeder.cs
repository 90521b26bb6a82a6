using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// A demonstration 商談会 (Development only), all 架空: an upcoming event of the business-meeting measure a month from
/// today, two days of sessions, 120 participants — sme@example.jp's company as a supplier and buyer@example.jp's
/// organisation as a buyer among 118 invented ones that have no account — with requests accepted, declined and waiting,
/// and the accepted ones placed by the scheduler into a preliminary grid. Idempotent: nothing is added once it exists.
/// </summary>
public sealed class MeetingsDemoSeeder(AppDbContext db, TimeProvider clock)
{
    public const string EventName = "全国商談会 東京（架空）";

    private static readonly string[] Prefectures = ["01", "04", "13", "15", "17", "22", "23", "26", "27", "28", "34", "40", "43", "47"];

    private static readonly string[] Offers = ["精密部品の加工", "地域の食品・加工品", "伝統工芸品", "木製家具", "繊維・テキスタイル", "観光商品", "包装資材", "IoT機器"];

    public async Task SeedAsync(string smeEmail, string buyerEmail, CancellationToken cancellationToken = default)
    {
        if (await db.Events.AnyAsync(e => e.NameJa == EventName && e.IsSynthetic, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var day = JapanTime.DayOf(now).AddDays(30);
        var ev = new Event
        {
            InitiativeCode = "2-4", FiscalYear = FiscalYear.Containing(day).StartYear, NameJa = EventName, VenueJa = "東京都立産業貿易センター（架空）",
            HostPrefectureCode = "13", Format = EventFormat.InPerson, Status = ActivityStatus.Ongoing, IsSynthetic = true,
            Start = PartialDate.OfDay(day), End = PartialDate.OfDay(day.AddDays(1)), Type = FairEventType.BusinessMeeting,
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync(cancellationToken);

        // Run by the demonstration organiser too, so that organizer@ can try the grid and the scheduler.
        if (await db.Users.Where(u => u.NormalizedEmail == FairsDemoSeeder.OrganizerEmail.ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken) is { } organizer)
        {
            db.EventOrganizerAssignments.Add(new EventOrganizerAssignment { EventId = ev.Id, UserId = organizer });
        }

        var programme = new MeetingProgramme { EventId = ev.Id, MaxRequestsPerParticipant = 20, MaxMeetingsPerSession = 10 };
        programme.Sessions.Add(new MeetingSession { Date = day, Start = new TimeOnly(10, 0), End = new TimeOnly(17, 0), SlotMinutes = 30, Tables = 30 });
        programme.Sessions.Add(new MeetingSession { Date = day.AddDays(1), Start = new TimeOnly(10, 0), End = new TimeOnly(16, 0), SlotMinutes = 30, Tables = 30 });
        db.MeetingProgrammes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);

        var sme = await db.Users.Where(u => u.Email == smeEmail).Select(u => u.EnterpriseId).FirstOrDefaultAsync(cancellationToken);
        var buyer = await db.Users.Where(u => u.Email == buyerEmail).Select(u => u.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        var participants = new List<MeetingParticipant>();
        if (sme is { } enterpriseId && await db.Enterprises.FirstOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken) is { } company)
        {
            participants.Add(new MeetingParticipant { ProgrammeId = programme.Id, Side = MeetingSide.Supplier, EnterpriseId = enterpriseId, NameJa = company.NameJa, PrefectureCode = company.PrefectureCode, Offers = "精密部品の加工（試作・小ロット）", Seeks = "展示会・施設の設備更新の案件", RegisteredAtUtc = now, IsSynthetic = true });
        }

        if (buyer is { } organizationId && await db.Organizations.FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken) is { } organisation)
        {
            participants.Add(new MeetingParticipant { ProgrammeId = programme.Id, Side = MeetingSide.Buyer, OrganizationId = organizationId, NameJa = organisation.NameJa, PrefectureCode = organisation.PrefectureCode ?? "13", Offers = "展示会場の運営・調達", Seeks = "地域の特産品・設営資材", RegisteredAtUtc = now, IsSynthetic = true });
        }

        for (var i = participants.Count; i < 120; i++)
        {
            var side = i % 2 == 0 ? MeetingSide.Buyer : MeetingSide.Supplier;
            participants.Add(new MeetingParticipant
            {
                ProgrammeId = programme.Id, Side = side, NameJa = side == MeetingSide.Buyer ? $"架空バイヤー商事{i:D3}" : $"架空サプライヤー工業{i:D3}",
                PrefectureCode = Prefectures[i % Prefectures.Length], Offers = Offers[i % Offers.Length], Seeks = Offers[(i + 3) % Offers.Length],
                RegisteredAtUtc = now, IsSynthetic = true,
            });
        }

        db.MeetingParticipants.AddRange(participants);
        await db.SaveChangesAsync(cancellationToken);

        // Each buyer asks about eight suppliers: most accepted, some declined, the last ones still waiting.
        var buyers = participants.Where(p => p.Side == MeetingSide.Buyer).ToList();
        var suppliers = participants.Where(p => p.Side == MeetingSide.Supplier).ToList();
        var random = new Random(2027);
        var requests = new List<MeetingRequest>();
        var pairs = new HashSet<(int, int)>();
        foreach (var b in buyers)
        {
            for (var k = 0; k < 8; k++)
            {
                var s = suppliers[random.Next(suppliers.Count)];
                if (!pairs.Add((b.Id, s.Id)))
                {
                    continue;
                }

                var status = k < 6 ? MeetingRequestStatus.Accepted : k == 6 ? MeetingRequestStatus.Declined : MeetingRequestStatus.Pending;
                requests.Add(new MeetingRequest
                {
                    ProgrammeId = programme.Id, FromParticipantId = b.Id, ToParticipantId = s.Id, Status = status, Message = "貴社の製品について伺いたく、商談をお願いします。",
                    RequestedAtUtc = now.AddDays(-3), DecidedAtUtc = status == MeetingRequestStatus.Pending ? null : now.AddDays(-2),
                });
            }
        }

        db.MeetingRequests.AddRange(requests);
        await db.SaveChangesAsync(cancellationToken);

        var accepted = requests.Where(r => r.Status == MeetingRequestStatus.Accepted).Select(r => new SchedulePair(r.Id, r.FromParticipantId, r.ToParticipantId)).ToList();
        var result = MeetingScheduler.Place([.. programme.Sessions.Select(s => new ScheduleSession(s.Id, s.SlotCount, s.Tables))], [], [], accepted, programme.MaxMeetingsPerSession);
        var byId = accepted.ToDictionary(p => p.RequestId);
        foreach (var placement in result.Placed)
        {
            var pair = byId[placement.RequestId];
            var meeting = new Meeting { ProgrammeId = programme.Id, RequestId = pair.RequestId };
            meeting.Seats.AddRange([new MeetingSeat { ParticipantId = pair.A }, new MeetingSeat { ParticipantId = pair.B }]);
            meeting.PlaceAt(placement.Place.SessionId, placement.Place.Slot, placement.Place.Table);
            db.Meetings.Add(meeting);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
