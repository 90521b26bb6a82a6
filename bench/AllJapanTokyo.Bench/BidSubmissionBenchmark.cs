using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Bench;

/// <summary>
/// The bidding target: bid submission p95 under 200 ms with 8 concurrent bidders, on SQLite with the large volume
/// (50,000 tenders, 36,000 enterprises). Drives the real portal over HTTP, as a browser would: each of 8 bidders (8
/// approved synthetic enterprises given a bench account in the served database) signs in, then in a loop opens a
/// tender page open for bids (antiforgery token and submission key) and posts its bid. Only the POST is timed:
/// it runs the whole submission (authentication, antiforgery, the clock and eligibility checks, the bid write).
/// </summary>
internal static partial class BidSubmissionBenchmark
{
    private const string Password = "bench-bidder-password-2020";

    private const int Port = 5391;
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "alljapan-bid-bench");

    public static async Task RunAsync(int bidders, TimeSpan duration)
    {
        using var portal = await BenchPortal.StartAsync(Root, Port);
        var baseUrl = portal.BaseAddress.ToString();
        var databaseFile = portal.DatabaseFile;
        var (emails, tenderIds) = await PrepareAsync(databaseFile, bidders);
        Console.WriteLine($"{bidders} bidders, {tenderIds.Count:N0} tenders open for bids, {duration.TotalSeconds:0} s against {baseUrl}");

        var latencies = new List<double>[bidders];
        var errors = new int[bidders];
        var stop = DateTime.UtcNow + duration;
        var tasks = Enumerable.Range(0, bidders).Select(async b =>
        {
            latencies[b] = [];
            using var http = await portal.SignedInClientAsync(emails[b], Password);
            // Each bidder walks its own stride of the open tenders: first bids (inserts), then revisions once it wraps.
            for (var i = b; DateTime.UtcNow < stop; i += bidders)
            {
                var tenderId = tenderIds[i % tenderIds.Count];
                var page = await http.GetStringAsync($"/procurement/tenders/{tenderId}");
                var action = $"/procurement/tenders/{tenderId}/bid";
                var token = BenchPortal.AntiforgeryToken(page, action);
                var key = KeyPattern().Match(page).Groups[1].Value;
                using var form = new MultipartFormDataContent
                {
                    { new StringContent(token), "__RequestVerificationToken" },
                    { new StringContent(key), "BidForm.SubmissionKey" },
                    { new StringContent((1_000_000 + (i * 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture)), "BidForm.AmountYen" },
                    { new StringContent("ベンチマーク入札"), "BidForm.Note" },
                };
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(action, form);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    latencies[b].Add(elapsed);
                }
                else
                {
                    errors[b]++;
                }
            }
        }).ToList();
        await Task.WhenAll(tasks);

        var all = latencies.SelectMany(l => l).Order().ToList();
        double P(double q) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)Math.Ceiling(q * all.Count) - 1)];
        Console.WriteLine($"bid submissions: {all.Count:N0} accepted, {errors.Sum()} refused or failed, {all.Count / duration.TotalSeconds:0.0}/s");
        Console.WriteLine($"POST latency: p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {all.LastOrDefault():0.0} ms (target p95 < 200 ms)");
        var stored = await CountBidsAsync(databaseFile, emails);
        Console.WriteLine($"bids stored for the bench bidders: {stored:N0}");
    }

    /// <summary>Gives 8 approved synthetic enterprises a bench account (idempotent) and lists nationwide tenders open for bids now.</summary>
    private static async Task<(IReadOnlyList<string> Emails, IReadOnlyList<int> TenderIds)> PrepareAsync(string databaseFile, int bidders)
    {
        await using var db = BenchPortal.OpenDatabase(databaseFile);
        var now = DateTime.UtcNow;
        var tenderIds = await db.Tenders.AsNoTracking()
            .Where(t => t.Status == TenderStatus.Published && t.Nationwide && t.TenderStartUtc <= now && t.TenderEndUtc > now.AddMinutes(10))
            .OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => e.IsSynthetic && e.ScreeningStatus == ScreeningStatus.Approved)
            .OrderBy(e => e.Id).Select(e => e.Id).Take(bidders).ToListAsync();
        var roleId = await db.Roles.Where(r => r.Name == Roles.Enterprise).Select(r => r.Id).SingleAsync();
        var emails = new List<string>();
        for (var i = 0; i < bidders; i++)
        {
            var email = $"bench-bidder-{i + 1}@example.jp";
            emails.Add(email);
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant()))
            {
                continue;
            }

            var user = SignedInSessions.NewUser(email, $"ベンチマーク入札者{i + 1}", Password, now);
            user.EnterpriseId = enterprises[i];
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        }

        await db.SaveChangesAsync();
        return (emails, tenderIds);
    }

    private static async Task<int> CountBidsAsync(string databaseFile, IReadOnlyList<string> emails)
    {
        await using var db = BenchPortal.OpenDatabase(databaseFile);
        var normalized = emails.Select(e => e.ToUpperInvariant()).ToList();
        var enterpriseIds = await db.Users.Where(u => normalized.Contains(u.NormalizedEmail!)).Select(u => u.EnterpriseId).ToListAsync();
        return await db.Bids.CountAsync(b => enterpriseIds.Contains(b.EnterpriseId));
    }

    [GeneratedRegex("name=\"BidForm.SubmissionKey\" value=\"([^\"]+)\"")]
    private static partial Regex KeyPattern();
}
