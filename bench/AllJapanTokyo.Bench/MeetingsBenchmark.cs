using System.Diagnostics;
using System.Globalization;
using System.Net;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Bench;

/// <summary>
/// The business-meeting scheduler at the size of the issue: a synthetic meeting event of 500 participants (250 buyers,
/// 250 suppliers, companies of the large volume; sme@example.jp's company is one supplier) with 2,500 accepted requests,
/// over 2 days of 16 thirty-minute slots at 120 tables. Measures the organiser's automatic scheduling through HTTP (read,
/// place, write, notify; target under 10 s) and the placement alone in process, then the organiser's grid page and the
/// supplier's agenda (and its .ics) sequentially after a warm-up (target p95 under 300 ms). Prints the load average, as
/// other work may share the cores.
/// Usage: AllJapanTokyo.Bench meetings [requests-per-page=100]
/// </summary>
internal static class MeetingsBenchmark
{
    private const int Port = 5093;
    private const string Password = "alljapan-demo-2020";
    private const int Buyers = 250;
    private const int Suppliers = 250;
    private const int Requests = 2500;
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "alljapan-meetings-bench");

    public static async Task RunAsync(string[] args)
    {
        var perPage = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
        Console.WriteLine($"load average before start: {LoadAverage()}");
        using var portal = await BenchPortal.StartAsync(Root, Port, settings: new Dictionary<string, string>
        {
            ["DemoAccounts__Enabled"] = "true",
            ["DemoAccounts__Password"] = Password,
            ["RateLimits__AccountPostsPerMinute"] = "10000",
        });
        var (eventId, sessions, absences, pairs, perSession) = await PrepareAsync(portal.DatabaseFile);

        var inProcess = Stopwatch.StartNew();
        var dry = MeetingScheduler.Place(sessions, absences, [], pairs, perSession);
        inProcess.Stop();
        Console.WriteLine($"placement in process: {dry.Placed.Count} placed, {dry.Unplaced.Count} left, {inProcess.Elapsed.TotalMilliseconds:0} ms");

        // The organiser: an EventOrganizer account delegated this event (officials must give a TOTP code outside Development).
        using var official = await portal.SignedInClientAsync(await OrganizerAsync(portal.DatabaseFile, eventId), Password);
        using var supplier = await portal.SignedInClientAsync("sme@example.jp", Password);
        var grid = $"/fairs/events/{eventId}/meetings";
        var page = await official.GetStringAsync(grid);
        var stopwatch = Stopwatch.StartNew();
        using var scheduled = await official.PostAsync(grid + "/schedule", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BenchPortal.AntiforgeryToken(page, grid + "/schedule"),
        }));
        stopwatch.Stop();
        await using (var db = BenchPortal.OpenDatabase(portal.DatabaseFile))
        {
            var placed = await db.Meetings.CountAsync(m => db.MeetingProgrammes.Any(p => p.Id == m.ProgrammeId && p.EventId == eventId));
            Console.WriteLine($"scheduling through HTTP: {(int)scheduled.StatusCode}, {placed} meetings stored of {Requests}, {stopwatch.Elapsed.TotalSeconds:0.00} s (target < 10 s); load average {LoadAverage()}");
        }

        await MeasureAsync("organiser's grid", official, grid, perPage);
        await MeasureAsync("supplier's agenda", supplier, grid + "/mine", perPage);
        await MeasureAsync("supplier's .ics", supplier, grid + "/mine.ics", perPage);
        Console.WriteLine($"load average after: {LoadAverage()}");
    }

    private static async Task MeasureAsync(string name, HttpClient client, string path, int count)
    {
        for (var i = 0; i < 10; i++)
        {
            using var warm = await client.GetAsync(path);
            if (warm.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{path} answered {(int)warm.StatusCode}");
            }
        }

        var timings = new List<double>();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var body = await client.GetByteArrayAsync(path);
            timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            bytes = body.Length;
        }

        timings.Sort();
        double P(double q) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(q * timings.Count) - 1)];
        Console.WriteLine($"{name} ({path}, {bytes / 1024} KiB): {count} requests, p50 {P(0.50):0} ms, p95 {P(0.95):0} ms, max {timings[^1]:0} ms (target p95 < 300 ms)");
    }

    private static async Task<string> OrganizerAsync(string database, int eventId)
    {
        const string email = "bench-organizer@example.jp";
        await using var db = BenchPortal.OpenDatabase(database);
        var user = new AppUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
            DisplayName = "負荷試験主催者", SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAtUtc = DateTime.UtcNow,
        };
        user.PasswordHash = new PasswordHasher<AppUser>().HashPassword(user, Password);
        db.Users.Add(user);
        var role = await db.Roles.SingleAsync(r => r.Name == Roles.EventOrganizer);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        db.EventOrganizerAssignments.Add(new EventOrganizerAssignment { EventId = eventId, UserId = user.Id });
        await db.SaveChangesAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return email;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>The event, its programme and sessions, 500 participants and 2,500 accepted requests, written directly; the same data as the scheduler's input.</summary>
    private static async Task<(int EventId, List<ScheduleSession> Sessions, List<(int, int)> Absences, List<SchedulePair> Pairs, int PerSession)> PrepareAsync(string database)
    {
        await using var db = BenchPortal.OpenDatabase(database);
        var demo = await db.Users.Where(u => u.Email == "sme@example.jp").Select(u => u.EnterpriseId).SingleAsync();
        var companies = await db.Enterprises.Where(e => e.Id != demo).OrderBy(e => e.Id).Select(e => new { e.Id, e.NameJa, e.PrefectureCode }).Take(Buyers + Suppliers - 1).ToListAsync();
        var ev = new Event { InitiativeCode = "2-4", FiscalYear = 2026, NameJa = "負荷試験商談会（架空）", HostPrefectureCode = "47", Format = Domain.Common.EventFormat.InPerson, IsSynthetic = true };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));
        var programme = new MeetingProgramme { EventId = ev.Id, MaxRequestsPerParticipant = 100, MaxMeetingsPerSession = 16 };
        programme.Sessions.Add(new MeetingSession { Date = day, Start = new TimeOnly(9, 0), End = new TimeOnly(17, 0), SlotMinutes = 30, Tables = 120 });
        programme.Sessions.Add(new MeetingSession { Date = day.AddDays(1), Start = new TimeOnly(9, 0), End = new TimeOnly(17, 0), SlotMinutes = 30, Tables = 120 });
        db.MeetingProgrammes.Add(programme);
        await db.SaveChangesAsync();
        var participants = new List<MeetingParticipant>();
        var demoName = await db.Enterprises.Where(e => e.Id == demo).Select(e => new { e.NameJa, e.PrefectureCode }).SingleAsync();
        participants.Add(new MeetingParticipant { ProgrammeId = programme.Id, Side = MeetingSide.Supplier, EnterpriseId = demo, NameJa = demoName.NameJa, PrefectureCode = demoName.PrefectureCode, Offers = "精密部品", Seeks = "販路", IsSynthetic = true });
        for (var i = 0; i < companies.Count; i++)
        {
            var side = i < Buyers ? MeetingSide.Buyer : MeetingSide.Supplier;
            participants.Add(new MeetingParticipant { ProgrammeId = programme.Id, Side = side, EnterpriseId = companies[i].Id, NameJa = companies[i].NameJa, PrefectureCode = companies[i].PrefectureCode, Offers = "製品", Seeks = "販路", IsSynthetic = true });
        }

        db.MeetingParticipants.AddRange(participants);
        await db.SaveChangesAsync();
        var buyers = participants.Where(p => p.Side == MeetingSide.Buyer).ToList();
        var suppliers = participants.Where(p => p.Side == MeetingSide.Supplier).ToList();
        var random = new Random(2026);
        var chosen = new HashSet<(int, int)>();
        var requests = new List<MeetingRequest>();
        var now = DateTime.UtcNow;
        for (var i = 0; requests.Count < Requests; i++)
        {
            // Each buyer asks ten suppliers, half of whom answer; a tenth of the requests come from suppliers.
            var buyer = buyers[i % buyers.Count];
            var supplier = suppliers[random.Next(suppliers.Count)];
            if (!chosen.Add((buyer.Id, supplier.Id)))
            {
                continue;
            }

            var fromBuyer = random.Next(10) != 0;
            requests.Add(new MeetingRequest
            {
                ProgrammeId = programme.Id, FromParticipantId = fromBuyer ? buyer.Id : supplier.Id, ToParticipantId = fromBuyer ? supplier.Id : buyer.Id,
                Status = MeetingRequestStatus.Accepted, RequestedAtUtc = now, DecidedAtUtc = now,
            });
        }

        // A tenth of the participants miss the second day (among those with at most 12 meetings, who fit in one day).
        var degree = requests.SelectMany(r => new[] { r.FromParticipantId, r.ToParticipantId }).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var absent = participants.Where((p, i) => i % 10 == 3 && degree.GetValueOrDefault(p.Id) <= 12)
            .Select(p => new MeetingAbsence { ParticipantId = p.Id, SessionId = programme.Sessions[1].Id }).ToList();
        db.MeetingRequests.AddRange(requests);
        db.MeetingAbsences.AddRange(absent);
        await db.SaveChangesAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Console.WriteLine($"prepared: event {ev.Id}, {participants.Count} participants, {requests.Count} accepted requests, busiest participant {requests.SelectMany(r => new[] { r.FromParticipantId, r.ToParticipantId }).GroupBy(p => p).Max(g => g.Count())} requests, {absent.Count} absent on day 2");
        return (ev.Id,
            [.. programme.Sessions.Select(s => new ScheduleSession(s.Id, s.SlotCount, s.Tables))],
            [.. absent.Select(a => (a.ParticipantId, a.SessionId))],
            [.. requests.Select(r => new SchedulePair(r.Id, r.FromParticipantId, r.ToParticipantId))],
            programme.MaxMeetingsPerSession);
    }
}
