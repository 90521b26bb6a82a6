using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AllJapanTokyo.BrowserTests.Infrastructure;

/// <summary>
/// The whole portal on a real Kestrel socket (https://127.0.0.1, a free port chosen by the OS) so that a real browser
/// can reach it: a fresh SQLite file, Development environment, demo accounts on with the demo password.
/// </summary>
/// <remarks>
/// HTTPS, as in production: the antiforgery cookie is configured with <c>SecurePolicy = Always</c>, and ASP.NET Core
/// then refuses to render any form (the layout's language switch included) on a plain-http request
/// ("the current request is not an SSL request"). The certificate is a throwaway self-signed one made in memory;
/// the browser contexts are opened with IgnoreHTTPSErrors.
/// </remarks>
public sealed class KestrelPortalFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "alljapan-demo-2020";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "alljapan-browser-tests", Guid.NewGuid().ToString("N"));

    /// <param name="clock">
    /// Optional: a fake clock that replaces the singleton <see cref="TimeProvider"/> (a journey moves it on with
    /// <c>Advance</c>); without one the portal keeps the system clock, as every other test needs.
    /// </param>
    public KestrelPortalFactory(FakeTimeProvider? clock = null)
    {
        Clock = clock;
        Directory.CreateDirectory(_root);
        var certificate = CreateLoopbackCertificate();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
    }

    /// <summary>The fake clock the portal runs on, or null for the system clock.</summary>
    public FakeTimeProvider? Clock { get; }

    /// <summary>The e-mails written to the pickup folder (Email:PickupDirectory), oldest first.</summary>
    public IReadOnlyList<string> MailFiles =>
        Directory.Exists(MailFolder) ? [.. Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal)] : [];

    private string MailFolder => Path.Combine(_root, "mail");

    /// <summary>Sends the outbox's due mails to the pickup folder now, as an instance's worker would by the time a person reads their mail.</summary>
    public async Task DeliverMailAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var dispatcher = scope.ServiceProvider.GetRequiredService<AllJapanTokyo.Infrastructure.Email.OutboxDispatcher>();
        while (await dispatcher.SendDueAsync("browser-tests", CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>The address the browser opens, e.g. https://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts Kestrel (migrations, seeding and demo accounts run here) and reads the port it bound.</summary>
    public KestrelPortalFactory Started()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single(a => a.StartsWith("https://127.0.0.1:", StringComparison.Ordinal)));
        return this;
    }

    private static X509Certificate2 CreateLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        // Re-imported so that the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var database = Path.Combine(_root, "portal.db");
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={database}",
            ["DemoAccounts:Enabled"] = "true",
            ["DemoAccounts:Password"] = DemoPassword,
            ["Email:PickupDirectory"] = MailFolder,
            ["Email:Smtp:Host"] = "",
            ["RateLimits:AccountPostsPerMinute"] = "10000",
            ["Security:HttpsOnlyCookies"] = "true",
            ["Serilog:WriteTo:File:Args:path"] = Path.Combine(_root, "logs", "portal-.log"),
            ["WarmUp:Enabled"] = "false",
            ["DataProtection:CertificatePath"] = Path.Combine(_root, "dataprotection.pfx"),
        }));
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
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
