using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Bench;

/// <summary>
/// The portal as it ships, served for a benchmark: the Release build published into <c>{folder}/app</c> and started on
/// SQLite (<c>{folder}/bench.db</c>) with the large demonstration volume, in the Benchmark environment (no developer
/// pages, the shipped logging), over plain http (in production TLS ends at the proxy and cookies stay Secure). Its
/// console goes to <c>{folder}/portal-console.log</c>. Every benchmark that drives the portal over HTTP starts it here,
/// bench/wrk/measure.sh through the <c>serve</c> command, so all figures in bench/README.md come from one configuration.
/// </summary>
internal sealed partial class BenchPortal : IDisposable
{
    private readonly Process _process;
    private readonly TextWriter _console;

    private BenchPortal(string folder, Uri baseAddress, Process process, TextWriter console)
    {
        Folder = folder;
        BaseAddress = baseAddress;
        _process = process;
        _console = console;
    }

    public string Folder { get; }

    public Uri BaseAddress { get; }

    public string DatabaseFile => Path.Combine(Folder, "bench.db");

    /// <summary>
    /// Publishes and starts the portal, and returns once /health/ready answers. <paramref name="keepData"/> reuses the
    /// folder's database (the volume is not loaded twice); <paramref name="settings"/> are extra configuration values
    /// (environment variable names, e.g. <c>DemoAccounts__Enabled</c>).
    /// </summary>
    private const string KeyCertificatePassword = "bench";

    /// <summary>A self-signed certificate for the Data Protection keys of the benchmark's own database.</summary>
    public static string KeyCertificate(string folder)
    {
        var path = Path.Combine(folder, "dataprotection.pfx");
        AllJapanTokyo.Infrastructure.Data.KeyCertificates.CreateIfMissing(path, KeyCertificatePassword, "benchmark");

        return path;
    }

    public static async Task<BenchPortal> StartAsync(string folder, int port, bool keepData = false, IReadOnlyDictionary<string, string>? settings = null, string? publishedApp = null)
    {
        if (!keepData && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        // BENCH_REUSE_APP=1 with kept data serves the build published by the previous run (a run on the other database).
        var published = Path.Combine(folder, "app");
        var reuse = keepData && Environment.GetEnvironmentVariable("BENCH_REUSE_APP") == "1" && File.Exists(Path.Combine(published, "AllJapanTokyo.Web.dll"));
        // BENCH_APP=<folder> serves a build published beforehand (bench/wrk/coldstart.sh compares several).
        var given = Environment.GetEnvironmentVariable("BENCH_APP") is { Length: > 0 } folderOfApp ? Path.GetFullPath(folderOfApp) : null;
        var app = publishedApp ?? given ?? (reuse ? published : Publish(published));

        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        // The content root is the working directory: run from the published folder so appsettings.json is found.
        var start = new ProcessStartInfo("dotnet", "AllJapanTokyo.Web.dll") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(folder, "bench.db")}";
        if (PostgreSqlConnection() is { } postgres)
        {
            // BENCH_DATABASE=postgresql: the same portal on a database of its own on the PostgreSQL server of
            // BENCH_POSTGRES (default: the local server of the README), named by BENCH_POSTGRES_DATABASE (alljapantokyo_bench), dropped first unless the data are kept.
            if (!keepData)
            {
                await DropPostgreSqlDatabaseAsync(postgres);
            }

            start.Environment["Database__Provider"] = "PostgreSql";
            start.Environment["ConnectionStrings__PostgreSql"] = postgres;
        }

        start.Environment["DemoData__Volume"] = "large";
        start.Environment["Security__HttpsOnlyCookies"] = "false";
        start.Environment["Email__PickupDirectory"] = Path.Combine(folder, "mail");
        // What a real installation must set (PortalHosting): the links' address, the host names, the key certificate.
        start.Environment["Portal__BaseUrl"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["AllowedHosts"] = "127.0.0.1;localhost";
        start.Environment["DataProtection__CertificatePath"] = KeyCertificate(folder);
        start.Environment["DataProtection__CertificatePassword"] = KeyCertificatePassword;
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var console = TextWriter.Synchronized(new StreamWriter(Path.Combine(folder, "portal-console.log"), append: true) { AutoFlush = true });
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => console.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => console.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new BenchPortal(folder, baseAddress, process, console);
        try
        {
            await portal.WaitUntilReadyAsync();
            return portal;
        }
        catch
        {
            portal.Dispose();
            throw;
        }
    }

    /// <summary>The bench database on PostgreSQL when <c>BENCH_DATABASE=postgresql</c>; null for SQLite (the default).</summary>
    public static string? PostgreSqlConnection()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("BENCH_DATABASE"), "postgresql", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var server = Environment.GetEnvironmentVariable("BENCH_POSTGRES") is { Length: > 0 } given ? given : "Host=127.0.0.1;Username=postgres;Password=postgres";
        return new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = Environment.GetEnvironmentVariable("BENCH_POSTGRES_DATABASE") is { Length: > 0 } name ? name : "alljapantokyo_bench" }.ConnectionString;
    }

    private static async Task DropPostgreSqlDatabaseAsync(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database!;
        builder.Database = "postgres";
        await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Serves until this process is asked to stop (SIGTERM or Ctrl+C); bench/wrk/measure.sh measures it with wrk.</summary>
    public static async Task ServeAsync(string folder, int port, bool keepData)
    {
        // The signed-in pages' bench (bench/wrk/signed-in.sh) signs 48 people in from this one address at once.
        using var portal = await StartAsync(folder, port, keepData, new Dictionary<string, string> { ["RateLimits__AccountPostsPerMinute"] = "10000" });
        Console.WriteLine($"serving {portal.BaseAddress} (database {portal.DatabaseFile}, console {Path.Combine(folder, "portal-console.log")})");
        var stop = new TaskCompletionSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        await stop.Task;
    }

    /// <summary>A client signed in as <paramref name="email"/> through the login form (cookies kept, redirects not followed).</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        var page = await client.GetStringAsync("/account/login");
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(page, "/account/login"),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"sign-in as {email} answered {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>The antiforgery token of the page's form that posts to <paramref name="action"/>.</summary>
    public static string AntiforgeryToken(string page, string action)
    {
        var form = page.IndexOf($"action=\"{action}\"", StringComparison.Ordinal);
        var match = TokenField().Match(page, Math.Max(0, form));
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"no antiforgery token for {action}");
    }

    /// <summary>The served database, for preparing a benchmark's data and counting what it wrote.</summary>
    public SqliteAppDbContext OpenDatabase() => OpenDatabase(DatabaseFile);

    public static SqliteAppDbContext OpenDatabase(string databaseFile)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseSetup.ConfigureSqlite(options, $"Data Source={databaseFile}");
        return new SqliteAppDbContext(options.Options);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        _console.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        // Publishing is done; migrating and loading the large volume takes 10–25 s on an idle machine, but a first start
        // on PostgreSQL on a loaded one took more than the 5 minutes this waited before: wait while the portal lives.
        var until = DateTime.UtcNow.AddMinutes(30);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                break;
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(1000);
        }

        throw new InvalidOperationException($"The portal did not start; see {Path.Combine(Folder, "portal-console.log")}.");
    }

    /// <summary>
    /// The Release build of the portal in <paramref name="app"/>, as the container image holds it. BENCH_PUBLISH_OPTIONS
    /// adds publish options for a comparison (e.g. <c>-p:PublishReadyToRun=true -r linux-x64 --self-contained false</c>).
    /// </summary>
    public static string Publish(string app)
    {
        Run("dotnet", $"publish src/AllJapanTokyo.Web -c Release -o \"{app}\" -v q -nologo {Environment.GetEnvironmentVariable("BENCH_PUBLISH_OPTIONS")}");
        return app;
    }

    /// <summary>Stops the portal at once, as a crash or a killed container would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments))!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode})");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
