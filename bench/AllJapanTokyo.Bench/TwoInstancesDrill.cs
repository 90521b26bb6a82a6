using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Npgsql;

namespace AllJapanTokyo.Bench;

/// <summary>
/// Two portal instances (the Release build) on one PostgreSQL database behind nginx with round robin, and the faults a
/// real installation meets: a session or a form that crosses instances, an approval seen by the other instance, an
/// instance killed under load, the database stopped for 15 seconds during load, and the alert workers of both instances
/// running at once. Each check prints PASS or FAIL with its figures; the run fails if any check fails.
/// Needs: PostgreSQL (DRILL_POSTGRES, default the CI server) whose cluster this process may stop and start
/// (pg_ctlcluster, as root), nginx and wrk. Usage: AllJapanTokyo.Bench two-instances [kill-run-seconds=60]
/// </summary>
internal static partial class TwoInstancesDrill
{
    private const string Password = "alljapan-demo-2020";
    private const int PortA = 5101;
    private const int PortB = 5102;
    private const int ProxyPort = 8088;
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "alljapan-two-instances");
    private static readonly List<string> Failures = [];

    public static async Task RunAsync(string[] args)
    {
        var killRunSeconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
        var server = Environment.GetEnvironmentVariable("DRILL_POSTGRES") ?? "Host=127.0.0.1;Username=postgres;Password=postgres";
        var cluster = Environment.GetEnvironmentVariable("DRILL_PG_CLUSTER") ?? DefaultCluster();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        Directory.CreateDirectory(Root);
        var database = $"alljapan_drill_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        Console.WriteLine($"publishing the Release build; database {database}");
        var app = BenchPortal.Publish(Path.Combine(Root, "app"));

        var a = await StartAsync("a", PortA, connection, app, migrate: true);
        var b = await StartAsync("b", PortB, connection, app, migrate: false);
        using var proxy = Nginx.Start(Root, ProxyPort, PortA, PortB);
        try
        {
            await CrossInstanceChecksAsync();
            a = await KillUnderLoadAsync(a, connection, app, killRunSeconds);
            await DatabaseOutageAsync(cluster, connection);
            await AlertsExactlyOnceAsync();
        }
        finally
        {
            a.Dispose();
            b.Dispose();
        }

        Console.WriteLine(Failures.Count == 0 ? "two-instance drill: every check passed" : $"two-instance drill: {Failures.Count} check(s) FAILED:\n  " + string.Join("\n  ", Failures));
        Environment.ExitCode = Failures.Count == 0 ? 0 : 1;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }

    private static Task<BenchPortal> StartAsync(string name, int port, string connection, string app, bool migrate) =>
        BenchPortal.StartAsync(Path.Combine(Root, name), port, keepData: true, publishedApp: app, settings: new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__PostgreSql"] = connection,
            ["Database__MigrateOnStartup"] = migrate ? "true" : "false",
            ["DemoData__Volume"] = "none",
            ["DemoAccounts__Enabled"] = "true",
            ["DemoAccounts__Password"] = Password,
            ["RateLimits__AccountPostsPerMinute"] = "10000",
            // Links in mails name the proxy, the address people use; the proxy's forwarded headers are believed.
            ["Portal__BaseUrl"] = $"http://127.0.0.1:{ProxyPort}",
            ["ReverseProxy__KnownProxies"] = "127.0.0.1",
            ["Alerts__IntervalSeconds"] = "2",
            ["Email__Outbox__PollSeconds"] = "1",
            // Both instances share one key certificate (BenchPortal makes one per folder: give both the first).
            ["DataProtection__CertificatePath"] = BenchPortal.KeyCertificate(Root),
        });

    /// <summary>Sign-in on A accepted by B; a form rendered by A posted to B; an approval on A seen on B's public page.</summary>
    private static async Task CrossInstanceChecksAsync()
    {
        using var official = new Visitor();
        await official.SignInAsync(PortA, "official@example.jp");
        var reporting = await official.GetAsync(PortB, "/reporting");
        Check("a session made on A is accepted by B", reporting.Status == HttpStatusCode.OK, $"GET B /reporting answered {(int)reporting.Status}");

        const string Report = "/reporting/2020/2-3/15";
        var form = await official.GetAsync(PortA, Report);
        var opened = await official.PostAsync(PortB, Report + "/exception", form.Body, Report + "/exception", new() { ["days"] = "14" });
        Check("a form rendered by A is accepted when posted to B", opened.Status == HttpStatusCode.Redirect, $"POST B answered {(int)opened.Status}");

        using var niigata = new Visitor();
        await niigata.SignInAsync(PortB, "niigata@example.jp");
        var entry = await niigata.GetAsync(PortB, Report);
        var submitted = await niigata.PostAsync(PortA, Report, entry.Body, Report, ReportFields(entry.Body, exhibitors: 47, comment: "drill", command: "submit"));
        Check("prefecture staff submit through the other instance", submitted.Status == HttpStatusCode.Redirect, $"POST A answered {(int)submitted.Status} {Problems(submitted.Body)}");

        var review = await official.GetAsync(PortA, Report);
        var approved = await official.PostAsync(PortA, Report + "/review", review.Body, Report + "/review", new() { ["decision"] = "approve", ["version"] = VersionOf(review.Body) });
        Check("the official approves on A", approved.Status == HttpStatusCode.Redirect, $"POST A answered {(int)approved.Status}");

        using var visitor = new Visitor();
        var profile = await visitor.GetAsync(PortB, "/dashboard?fy=2020&indicator=2-3:exhibitors&view=bars");
        var shown = profile.Body.Contains("新潟県：令和2年度の出展企業・団体数", StringComparison.Ordinal) && profile.Body.Contains("47企業・団体", StringComparison.Ordinal);
        Check("the approval on A shows on B's public dashboard at the next request", profile.Status == HttpStatusCode.OK && shown,
            $"B answered {(int)profile.Status}; Niigata's 47 exhibitors {(shown ? "are" : "are not")} on the page");
    }

    /// <summary>wrk through nginx for the whole run; A is killed a quarter in. Errors and their window come from nginx's log.</summary>
    private static async Task<BenchPortal> KillUnderLoadAsync(BenchPortal a, string connection, string app, int seconds)
    {
        Nginx.ClearLog(Root);
        var load = Wrk.StartAsync($"http://127.0.0.1:{ProxyPort}/reports/2020", seconds);
        await Task.Delay(TimeSpan.FromSeconds(seconds / 4.0));
        var killedAt = DateTimeOffset.UtcNow;
        a.Kill();
        Console.WriteLine($"instance A killed at {killedAt:HH:mm:ss.fff}");
        var result = await load;
        var log = Nginx.ReadLog(Root);
        Console.WriteLine($"nginx logged {log.Count:N0} requests, from {log.FirstOrDefault()?.At:HH:mm:ss.fff} to {log.LastOrDefault()?.At:HH:mm:ss.fff}");
        var errors = log.Where(l => l.Status >= 500 || l.Status == 0).ToList();
        var window = errors.Count == 0 ? TimeSpan.Zero : errors[^1].At - errors[0].At;
        var afterKill = log.Where(l => l.At > killedAt.AddSeconds(1)).ToList();
        Console.WriteLine($"kill run: {result.Requests:N0} requests in {seconds} s ({result.RequestsPerSecond:N0} req/s), wrk errors {result.Errors}, " +
            $"5xx in nginx's log {errors.Count}, window {window.TotalMilliseconds:N0} ms; after the kill {afterKill.Count(l => l.Upstream.EndsWith($":{PortB}", StringComparison.Ordinal)):N0} of {afterKill.Count:N0} went to B");
        // 499 is wrk closing its connections at the end of the run, not an answer of the portal.
        var lateErrors = afterKill.Count(l => (l.Status >= 500 || l.Status == 0) && l.At - killedAt >= TimeSpan.FromSeconds(2));
        Check("every request succeeds once nginx has noticed A is gone", lateErrors == 0, $"{lateErrors} errors more than 2 s after the kill");
        return await StartAsync("a", PortA, connection, app, migrate: false);
    }

    /// <summary>
    /// PostgreSQL stopped for 15 seconds while pages are read and a report is saved in a loop, each save writing its own
    /// attempt number into every value's comment: afterwards the stored report holds one attempt's comments throughout.
    /// </summary>
    private static async Task DatabaseOutageAsync(string cluster, string connection)
    {
        // Osaka's report of the business meetings held in Osaka: Niigata's was approved above and is locked.
        const string Report = "/reporting/2020/2-4/27";
        using var official = new Visitor();
        await official.SignInAsync(PortA, "official@example.jp");
        var form = await official.GetAsync(PortA, Report);
        await official.PostAsync(PortA, Report + "/exception", form.Body, Report + "/exception", new() { ["days"] = "14" });
        using var osaka = new Visitor();
        await osaka.SignInAsync(PortA, "osaka@example.jp");

        using var stop = new CancellationTokenSource();
        var saves = SaveLoopAsync(osaka, Report, stop.Token);
        var load = Wrk.StartAsync($"http://127.0.0.1:{ProxyPort}/procurement", 40);
        await Task.Delay(TimeSpan.FromSeconds(8));

        Console.WriteLine("stopping PostgreSQL");
        BenchPortal.Run("pg_ctlcluster", $"{cluster} stop -m fast");
        var stoppedAt = Stopwatch.StartNew();
        var ready = new List<int>();
        var pages = new List<(int Status, bool Friendly)>();
        using var probe = new Visitor();
        while (stoppedAt.Elapsed < TimeSpan.FromSeconds(15))
        {
            ready.Add((int)(await probe.GetAsync(PortA, "/health/ready")).Status);
            ready.Add((int)(await probe.GetAsync(PortB, "/health/ready")).Status);
            var page = await osaka.GetAsync(PortB, "/reporting");
            pages.Add(((int)page.Status, page.Body.Contains("ただいまご利用いただけません", StringComparison.Ordinal) || page.Body.Contains("エラーが発生しました", StringComparison.Ordinal)));
            await Task.Delay(500);
        }

        Console.WriteLine("starting PostgreSQL");
        BenchPortal.Run("pg_ctlcluster", $"{cluster} start");
        var back = Stopwatch.StartNew();
        while (back.Elapsed < TimeSpan.FromSeconds(60)
            && !((await probe.GetAsync(PortA, "/health/ready")).Status == HttpStatusCode.OK && (await probe.GetAsync(PortB, "/health/ready")).Status == HttpStatusCode.OK))
        {
            await Task.Delay(250);
        }

        var recovered = back.Elapsed;
        await Task.Delay(3000);
        await stop.CancelAsync();
        var attempts = await saves;
        var wrk = await load;

        var downReady = ready.Count(s => s == 503);
        Check("/health/ready answers 503 while PostgreSQL is down", downReady >= ready.Count - 2, $"{downReady} of {ready.Count} answers were 503 ({string.Join(",", ready.Distinct())})");
        var unfriendly = pages.Where(p => p.Status < 500 || !p.Friendly).ToList();
        Check("pages answer the friendly error page while PostgreSQL is down", unfriendly.Count <= 1, $"{pages.Count - unfriendly.Count} of {pages.Count} were the error page; others: {string.Join(",", unfriendly.Select(p => p.Status))}");
        Check("both instances serve again without a restart", recovered < TimeSpan.FromSeconds(60), $"both ready {recovered.TotalSeconds:N1} s after PostgreSQL started");

        var stored = await StoredCommentsAsync(connection);
        var succeeded = attempts.Where(a => a.Stored).Select(a => a.Number).ToList();
        Check("a report save in flight is stored whole or not at all", stored.Distinct().Count() == 1 && stored.Count > 0,
            $"stored comments: {string.Join(", ", stored.Distinct())}; saves answered: {succeeded.Count} stored, {attempts.Count(a => !a.Stored)} refused or failed");
        Check("the stored report is the last save that said it was stored", succeeded.Count > 0 && stored.FirstOrDefault() == $"attempt {succeeded.Max()}",
            $"last stored save: attempt {(succeeded.Count > 0 ? succeeded.Max() : 0)}, in the database: {stored.FirstOrDefault()}");
        Console.WriteLine($"outage run: {wrk.Requests:N0} requests through nginx, {wrk.Errors:N0} answered with an error (expected during the outage); recovery {recovered.TotalSeconds:N1} s");
    }

    private static async Task<List<(int Number, bool Stored)>> SaveLoopAsync(Visitor staff, string report, CancellationToken stop)
    {
        var attempts = new List<(int Number, bool Stored)>();
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var port = n % 2 == 0 ? PortA : PortB;
            try
            {
                var form = await staff.GetAsync(port, report);
                if (form.Status != HttpStatusCode.OK)
                {
                    attempts.Add((n, false));
                    await Task.Delay(200, CancellationToken.None);
                    continue;
                }

                var saved = await staff.PostAsync(port, report, form.Body, report, ReportFields(form.Body, exhibitors: 40, comment: $"attempt {n}", command: "save"));
                attempts.Add((n, saved.Status == HttpStatusCode.Redirect));
                if (saved.Status == HttpStatusCode.OK && n == 1)
                {
                    Console.WriteLine($"the first save was refused: {Problems(saved.Body)}");
                }
            }
            catch (HttpRequestException)
            {
                attempts.Add((n, false));
            }
        }

        return attempts;
    }

    /// <summary>Instant alerts of one saved search; three matching tenders published through the other instance.</summary>
    private static async Task AlertsExactlyOnceAsync()
    {
        var word = $"ドリル{Random.Shared.Next(100000, 999999)}";
        using var sme = new Visitor();
        await sme.SignInAsync(PortB, "sme@example.jp");
        var search = await sme.GetAsync(PortB, $"/procurement/searches/new?q={Uri.EscapeDataString(word)}");
        var saved = await sme.PostAsync(PortB, "/procurement/searches", search.Body, "/procurement/searches",
            new() { ["Q"] = word, ["Name"] = word, ["Frequency"] = "instant", ["Prefecture"] = "", ["Category"] = "" });
        Check("the company saves an instant alert", saved.Status == HttpStatusCode.Redirect, $"answered {(int)saved.Status}");

        using var buyer = new Visitor();
        await buyer.SignInAsync(PortA, "buyer@example.jp");
        var japan = DateTime.UtcNow.AddHours(9);
        for (var i = 1; i <= 3; i++)
        {
            var page = await buyer.GetAsync(PortA, "/procurement/mine/tenders/new");
            var created = await buyer.SendAsync(PortA, "/procurement/mine/tenders/new", page.Body, "/procurement/mine/tenders/new", new()
            {
                ["Input.Title"] = $"{word} 清掃業務 {i}",
                ["Input.Description"] = $"{word} の二台構成の確認 {i}",
                ["Input.Category"] = "services",
                ["Input.Method"] = "open",
                ["Input.DeliveryPrefectureCode"] = "13",
                ["Input.Nationwide"] = "true",
                ["Input.EnquiryEnd"] = japan.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                ["Input.TenderStart"] = japan.AddDays(4).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                ["Input.TenderEnd"] = japan.AddDays(10).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                ["Input.ContactJa"] = "調達課 03-0000-0000",
                ["Input.Submit"] = "publish",
            });
            // Saving with "publish" leads to the notice as suppliers will read it; publishing is the button there.
            var review = created.Location is { } reviewPath ? await buyer.GetAsync(PortA, reviewPath) : (0, "");
            var published = created.Location is { } action && review.Status == HttpStatusCode.OK
                ? await buyer.SendAsync(PortA, action, review.Body, action, new() { ["version"] = VersionOf(review.Body) })
                : (review.Status, review.Body, null);
            Check($"the buyer publishes tender {i}", published.Status == HttpStatusCode.Redirect,
                $"saved: {(int)created.Status} {Problems(created.Body)}; review: {(int)review.Status}; published: {(int)published.Status} {Problems(published.Body)}");
        }

        var deadline = Stopwatch.StartNew();
        List<string> mails;
        do
        {
            await Task.Delay(1000);
            mails = Mails().Where(m => m.Contains(word, StringComparison.Ordinal)).ToList();
        }
        while (deadline.Elapsed < TimeSpan.FromSeconds(40) && mails.Count < 3);

        await Task.Delay(TimeSpan.FromSeconds(10));
        mails = Mails().Where(m => m.Contains(word, StringComparison.Ordinal)).ToList();
        var perTender = Enumerable.Range(1, 3).Select(i => mails.Count(m => m.Contains($"{word} 清掃業務 {i}", StringComparison.Ordinal))).ToList();
        Check("each matching tender is mailed exactly once with both instances' workers running", perTender.All(c => c == 1),
            $"mails per tender: {string.Join(", ", perTender)} (instance A wrote {Mails("a").Count(m => m.Contains(word, StringComparison.Ordinal))}, B {Mails("b").Count(m => m.Contains(word, StringComparison.Ordinal))})");
    }

    /// <summary>The messages of a refused form, for the log of a failed check.</summary>
    private static string Problems(string page)
    {
        var start = page.IndexOf("id=\"error-summary\"", StringComparison.Ordinal) is >= 0 and var summary ? summary : page.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var end = page.IndexOf("</div>", start, StringComparison.Ordinal);
        var part = page[start..(end < 0 ? page.Length : end)];
        return string.Join(" / ", ProblemItem().Matches(part).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", "")).Trim()).Where(t => t.Length > 0).Take(5));
    }

    private static IEnumerable<string> Mails(string? instance = null) =>
        (instance is null ? ["a", "b"] : new[] { instance })
            .Select(i => Path.Combine(Root, i, "mail"))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.eml"))
            .Select(f => MimeKit.MimeMessage.Load(f))
            .Select(m => m.Subject + "\n" + m.TextBody);

    private static Dictionary<string, string> ReportFields(string form, int exhibitors, string comment, string command)
    {
        var fields = new Dictionary<string, string> { ["Version"] = VersionOf(form), ["ActivityStatus"] = "held", ["Command"] = command };
        var keys = EntryKey().Matches(form).Select(m => (Index: m.Groups[1].Value, Key: m.Groups[2].Value)).ToList();
        foreach (var (index, key) in keys)
        {
            fields[$"Entries[{index}].Key"] = key;
            // The total and its "of which online" part: the part never above the total; every other count small.
            fields[$"Entries[{index}].Text"] = key.EndsWith(":online", StringComparison.Ordinal) ? "0" : key.StartsWith("exhibitors", StringComparison.Ordinal) ? exhibitors.ToString(CultureInfo.InvariantCulture) : "3";
            fields[$"Entries[{index}].Qualifier"] = "exact";
            fields[$"Entries[{index}].Comment"] = comment;
        }

        return fields;
    }

    private static string VersionOf(string page) =>
        VersionField().Match(page) is { Success: true } m ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : throw new InvalidOperationException("no version field on the page");

    private static async Task<List<string>> StoredCommentsAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "NoteJa" FROM "IndicatorValues" WHERE "FiscalYear" = 2020 AND "InitiativeCode" = '2-4' AND "PrefectureCode" = '27'""", db);
        var comments = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            comments.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        }

        return comments;
    }

    private static void Check(string what, bool passed, string figures)
    {
        Console.WriteLine($"{(passed ? "PASS" : "FAIL")} {what}: {figures}");
        if (!passed)
        {
            Failures.Add($"{what}: {figures}");
        }
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static string DefaultCluster()
    {
        var version = Directory.GetDirectories("/usr/lib/postgresql").Select(Path.GetFileName).OrderByDescending(v => int.Parse(v!, CultureInfo.InvariantCulture)).First();
        return $"{version} main";
    }

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"|name=\"version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("id=\"mfa-key\"[^>]*>([^<]+)<")]
    private static partial Regex MfaKey();

    [GeneratedRegex("<li[^>]*>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ProblemItem();

    [GeneratedRegex("name=\"Entries\\[(\\d+)\\]\\.Key\" value=\"([^\"]+)\"")]
    private static partial Regex EntryKey();

    /// <summary>A browser: its own cookies, no redirects followed, any of the instances addressed by port.</summary>
    private sealed class Visitor : IDisposable
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> AuthenticatorKeys = new(StringComparer.Ordinal);
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> UsedCodes = new(StringComparer.Ordinal);
        private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

        /// <summary>
        /// Signs in as a person would: the password, then a code from the authenticator app where the account has one;
        /// an official or administrator without one (MFA is forced outside Development) enrols first, from the key shown.
        /// </summary>
        public async Task SignInAsync(int port, string email)
        {
            var page = await GetAsync(port, "/account/login");
            var answer = await SendAsync(port, "/account/login", page.Body, "/account/login", new() { ["Email"] = email, ["Password"] = Password });
            if (answer.Location?.StartsWith("/account/login/code", StringComparison.Ordinal) == true)
            {
                var prompt = await GetAsync(port, "/account/login/code");
                answer = await SendAsync(port, "/account/login/code", prompt.Body, "/account/login/code", new() { ["Code"] = FreshCode(email) });
            }

            if (answer.Status != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"sign-in of {email} on {port} answered {(int)answer.Status}");
            }

            var enrolment = await GetAsync(port, "/account/mfa");
            if (MfaKey().Match(enrolment.Body) is { Success: true } key)
            {
                AuthenticatorKeys[email] = key.Groups[1].Value;
                var enrolled = await PostAsync(port, "/account/mfa", enrolment.Body, "/account/mfa", new() { ["code"] = FreshCode(email) });
                if (enrolled.Status != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"MFA enrolment of {email} on {port} answered {(int)enrolled.Status}");
                }
            }
        }

        /// <summary>A code of the app that the portal has not taken yet (each code signs in once; the portal takes the steps around now).</summary>
        private static string FreshCode(string email)
        {
            var used = UsedCodes.GetOrAdd(email, _ => []);
            lock (used)
            {
                foreach (var step in new[] { 0, 1, 2, -1 })
                {
                    var code = Totp.Code(AuthenticatorKeys[email], DateTimeOffset.UtcNow.AddSeconds(30 * step));
                    if (used.Add(code))
                    {
                        return code;
                    }
                }
            }

            throw new InvalidOperationException($"no unused authenticator code for {email} in the portal's window");
        }

        public async Task<(HttpStatusCode Status, string Body, string? Location)> SendAsync(int port, string path, string formPage, string action, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = BenchPortal.AntiforgeryToken(formPage, action);
            using var response = await _http.PostAsync($"http://127.0.0.1:{port}{path}", new FormUrlEncodedContent(fields));
            return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
        }

        public async Task<(HttpStatusCode Status, string Body)> GetAsync(int port, string path)
        {
            try
            {
                using var response = await _http.GetAsync($"http://127.0.0.1:{port}{path}");
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException)
            {
                return (0, "");
            }
        }

        public async Task<(HttpStatusCode Status, string Body)> PostAsync(int port, string path, string formPage, string action, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = BenchPortal.AntiforgeryToken(formPage, action);
            using var response = await _http.PostAsync($"http://127.0.0.1:{port}{path}", new FormUrlEncodedContent(fields));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        public void Dispose() => _http.Dispose();
    }
}
