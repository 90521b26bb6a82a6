using System.Net;
using System.Security.Cryptography.X509Certificates;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace AllJapanTokyo.Web.Startup;

/// <summary>
/// What a real installation must configure before it starts: the address links in e-mails point to, the host names it
/// answers for, the certificate that encrypts its Data Protection keys, and which reverse proxies it trusts. Outside
/// Development a missing setting stops the start with a message saying which one and how to set it.
/// </summary>
public static class PortalHosting
{
    /// <summary>The problems of the configuration, one sentence each; empty when the portal may start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = new List<string>();
        var baseUrl = configuration["Portal:BaseUrl"];
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            if (!environment.IsDevelopment())
            {
                problems.Add("Portal:BaseUrl is not set. Set it to the address people use (e.g. Portal__BaseUrl=https://portal.example.jp): every link in an e-mail is built from it, never from the request's Host header.");
            }
        }
        else if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.PathAndQuery.Length > 1 && uri.AbsolutePath != "/")
        {
            problems.Add($"Portal:BaseUrl '{baseUrl}' is not an absolute http(s) address without a path.");
        }

        if (!environment.IsDevelopment() && (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is var hosts && (hosts.Length == 0 || hosts.Contains("*")))
        {
            problems.Add("AllowedHosts is '*'. Set it to the host names the portal answers for, separated by ';' (e.g. AllowedHosts=portal.example.jp;localhost).");
        }

        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration["DataProtection:CertificatePath"]))
        {
            problems.Add("DataProtection:CertificatePath is not set. The Data Protection keys (which sign sessions and tokens) are stored in the database and must be encrypted with a certificate: point DataProtection:CertificatePath to a .pfx file and DataProtection:CertificatePassword to its password (docs/operations.md).");
        }

        foreach (var proxy in (configuration["ReverseProxy:KnownProxies"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                problems.Add($"ReverseProxy:KnownProxies holds '{proxy}', which is not an IP address.");
            }
        }

        foreach (var network in (configuration["ReverseProxy:KnownNetworks"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                problems.Add($"ReverseProxy:KnownNetworks holds '{network}', which is not a network such as 172.20.0.0/16.");
            }
        }

        return problems;
    }

    /// <summary>Stops the start when <see cref="Problems"/> finds any.</summary>
    public static void EnsureConfigured(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = Problems(configuration, environment);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The portal cannot start until its configuration is complete:\n- " + string.Join("\n- ", problems));
        }
    }

    /// <summary>
    /// Keys in the database, encrypted with the configured certificate (older certificates still decrypt the keys they
    /// encrypted). Development makes a certificate of its own on first start, beside its database.
    /// </summary>
    public static void AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("AllJapanTokyo")
            .PersistKeysToDbContext<AppDbContext>();
        var certificates = new KeyEncryptionCertificates(configuration, environment);
        if (certificates.Current is { } current)
        {
            builder.ProtectKeysWithCertificate(current);
        }

        if (certificates.All.Count > 0)
        {
            builder.UnprotectKeysWithAnyCertificate([.. certificates.All]);
        }
    }

    /// <summary>Whether any reverse proxy is configured; without one, forwarded headers are not read at all.</summary>
    public static bool TrustsAProxy(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["ReverseProxy:KnownProxies"]) || !string.IsNullOrWhiteSpace(configuration["ReverseProxy:KnownNetworks"]);

    /// <summary>
    /// Forwarded headers (client address, https) are believed only from the configured proxies; with none configured
    /// they are ignored, so nobody can choose their own address for the rate limits. (Empty lists in
    /// ForwardedHeadersOptions would mean "any proxy", which is why the middleware is then left out altogether.)
    /// </summary>
    public static void AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in (configuration["ReverseProxy:KnownProxies"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in (configuration["ReverseProxy:KnownNetworks"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // The proxy's Host header must still be one of AllowedHosts.
            o.AllowedHosts = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(h => h != "*").ToList();
        });

    /// <summary>The certificate that encrypts new keys and the earlier ones that still decrypt older keys.</summary>
    private sealed class KeyEncryptionCertificates
    {
        public KeyEncryptionCertificates(IConfiguration configuration, IWebHostEnvironment environment)
        {
            var path = configuration["DataProtection:CertificatePath"];
            var password = configuration["DataProtection:CertificatePassword"];
            if (environment.IsDevelopment())
            {
                path = string.IsNullOrWhiteSpace(path) ? Path.Combine(environment.ContentRootPath, "App_Data", "dataprotection-development.pfx") : path;
                password ??= "development";
                KeyCertificates.CreateIfMissing(path, password, "development");
            }

            Current = string.IsNullOrWhiteSpace(path) ? null : Load(path, password);
            var previous = (configuration["DataProtection:PreviousCertificatePaths"] ?? "")
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => Load(p, configuration["DataProtection:PreviousCertificatePassword"] ?? password));
            All = (Current is null ? previous : previous.Prepend(Current)).ToList();
        }

        public X509Certificate2? Current { get; }

        public List<X509Certificate2> All { get; }

        private static X509Certificate2 Load(string path, string? password) =>
            X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }

}
