using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AllJapanTokyo.FunctionalTests.Infrastructure;

/// <summary>
/// The whole portal in memory over a real database: a fresh SQLite file, or a fresh PostgreSQL database.
/// Runs in Development so that the demo accounts exist; mail goes to a temporary pickup folder the tests read.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "alljapan-tests", Guid.NewGuid().ToString("N"));

    private PortalFactory(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Directory.CreateDirectory(_root);
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public const string DemoPassword = "alljapan-demo-2020";

    private bool _migrateOnStartup = true;

    /// <summary>Development shows ASP.NET's developer exception page; other environments show the portal's own error pages.</summary>
    private string _environment = "Development";

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string MailFolder => Path.Combine(_root, "mail");

    public string LogFolder => Path.Combine(_root, "logs");

    /// <summary>Everything the portal has written to its rolling log file so far.</summary>
    public string LogText()
    {
        if (!Directory.Exists(LogFolder))
        {
            return "";
        }

        return string.Concat(Directory.GetFiles(LogFolder).Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    public static PortalFactory OnSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), "alljapan-tests", $"portal-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new PortalFactory(DatabaseProvider.Sqlite, $"Data Source={file}");
    }

    /// <summary>A portal on the provider whose singleton <see cref="TimeProvider"/> is a fake clock the test moves on.</summary>
    public static async Task<PortalFactory> OnClock(string provider, FakeTimeProvider clock)
    {
        var portal = provider == "Sqlite" ? OnSqlite() : await OnPostgresAsync();
        return portal.WithClock(clock);
    }

    /// <summary>
    /// A portal whose database server does not answer (nothing listens on the port): start-up migration is off, so the
    /// tests see what a visitor sees during a database outage, outside Development (as in production).
    /// </summary>
    public static PortalFactory WithUnreachableDatabase() =>
        new(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Port=9;Database=none;Username=none;Password=none;Timeout=2") { _migrateOnStartup = false, _environment = "Staging" };

    public static async Task<PortalFactory> OnPostgresAsync() =>
        new(DatabaseProvider.PostgreSql, await TestDatabases.CreatePostgresDatabaseAsync());

    /// <summary>Starts the host (migrations and seeding run here) before the first test uses it.</summary>
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    /// <summary>A setting of this portal only, over the test defaults (set before it starts).</summary>
    public PortalFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>The fake clock the portal runs on (set before it starts), or null for the system clock.</summary>
    public FakeTimeProvider? Clock { get; private set; }

    /// <summary>Runs the portal on <paramref name="clock"/>: the outbox's back-off, the workers and every timestamp follow it.</summary>
    public PortalFactory WithClock(FakeTimeProvider clock)
    {
        Clock = clock;
        return this;
    }

    public PortalFactory Started()
    {
        _ = Server;
        return this;
    }

    /// <summary>A scope for reading the database directly, to prove what was (or was not) stored.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>
    /// The mails sent so far, oldest first; the outbox's due mails are delivered first (<see cref="DeliverMailAsync"/>),
    /// as an instance's worker would have done by the time a person reads their mail.
    /// </summary>
    public IReadOnlyList<string> SentMail()
    {
        Task.Run(DeliverMailAsync).GetAwaiter().GetResult();
        return Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList() : [];
    }

    /// <summary>
    /// Sends the outbox's due mails now (<see cref="OutboxDispatcher.SendDueAsync"/>, as the worker of an instance
    /// does), and waits for any mail the portal's own worker is sending at that moment; returns how many this call sent.
    /// </summary>
    public async Task<int> DeliverMailAsync()
    {
        var sent = 0;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var scope = CreateScope();
            var round = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendDueAsync("tests", CancellationToken.None);
            sent += round;
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var inFlight = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages
                .AnyAsync(m => m.SentAtUtc == null && m.ClaimedUntilUtc != null && m.ClaimedUntilUtc >= now);
            if (round == 0 && !inFlight)
            {
                return sent;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The outbox still had mail on its way after 30 s.");
            }

            if (round == 0)
            {
                await Task.Delay(50);
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Outside Development the portal makes no key certificate of its own: give it one, as an operator would.
        KeyCertificates.CreateIfMissing(Path.Combine(_root, "dataprotection.pfx"), "development", "tests");
        // Settings the portal reads while it registers its services must be host settings: app configuration added
        // here reaches it only when the host is built.
        builder.UseSetting("DataProtection:CertificatePath", Path.Combine(_root, "dataprotection.pfx"));
        builder.UseSetting("DataProtection:CertificatePassword", "development");
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            [$"ConnectionStrings:{Provider}"] = ConnectionString,
            ["Database:MigrateOnStartup"] = _migrateOnStartup ? "true" : "false",
            ["DemoAccounts:Enabled"] = "true",
            ["DemoAccounts:Password"] = DemoPassword,
            ["Email:PickupDirectory"] = MailFolder,
            ["Email:Smtp:Host"] = "",
            ["RateLimits:AccountPostsPerMinute"] = "10000",
            // The shared portals serve every API test from one address; ApiRateLimit sets its own small limit.
            ["RateLimits:ApiPerMinute"] = "100000",
            ["Email:Outbox:PollSeconds"] = "3600",
            // Readiness waits for no warm-up of the pages (StartupWarmingUp turns it on for its own portals).
            ["WarmUp:Enabled"] = "false",
            // Tests speak https, so they check the production cookie rules (Secure, __Host- prefix).
            ["Security:HttpsOnlyCookies"] = "true",
            ["Serilog:WriteTo:File:Args:path"] = Path.Combine(LogFolder, "portal-.log"),
            ["Portal:BaseUrl"] = "https://localhost",
            ["AllowedHosts"] = "localhost",
            // Development makes its own key certificate; each portal of the tests gets one of its own.
            ["DataProtection:CertificatePath"] = Path.Combine(_root, "dataprotection.pfx"),
            ["DataProtection:CertificatePassword"] = "development",
        }).AddInMemoryCollection(_settings));
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.PostgreSql && _migrateOnStartup)
        {
            await TestDatabases.DropPostgresDatabaseAsync(ConnectionString);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open; the temp folder is cleaned by the OS.
        }
    }
}
