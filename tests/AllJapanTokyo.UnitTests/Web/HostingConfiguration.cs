using AllJapanTokyo.Web.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AllJapanTokyo.UnitTests.Web;

/// <summary>A real installation does not start until the settings that keep it safe are there.</summary>
public sealed class HostingConfiguration
{
    private static readonly Dictionary<string, string?> Complete = new()
    {
        ["Portal:BaseUrl"] = "https://portal.example.jp",
        ["AllowedHosts"] = "portal.example.jp;localhost",
        ["DataProtection:CertificatePath"] = "/run/secrets/dataprotection.pfx",
    };

    [Fact]
    public void ACompleteProductionConfigurationStarts()
    {
        Assert.Empty(PortalHosting.Problems(Configuration(Complete), new Environment("Production")));
    }

    [Theory]
    [InlineData("Portal:BaseUrl", null, "Portal:BaseUrl is not set")]
    [InlineData("Portal:BaseUrl", "portal.example.jp", "not an absolute http(s) address")]
    [InlineData("Portal:BaseUrl", "https://portal.example.jp/app", "not an absolute http(s) address")]
    [InlineData("AllowedHosts", "*", "AllowedHosts is '*'")]
    [InlineData("DataProtection:CertificatePath", null, "DataProtection:CertificatePath is not set")]
    [InlineData("ReverseProxy:KnownProxies", "nginx", "not an IP address")]
    [InlineData("ReverseProxy:KnownNetworks", "10.0.0.0", "not a network")]
    public void AMissingOrWrongSettingStopsTheStartAndSaysWhich(string key, string? value, string expected)
    {
        var settings = new Dictionary<string, string?>(Complete) { [key] = value };

        var problems = PortalHosting.Problems(Configuration(settings), new Environment("Production"));

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
        var failure = Assert.Throws<InvalidOperationException>(() => PortalHosting.EnsureConfigured(Configuration(settings), new Environment("Production")));
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DevelopmentNeedsNoneOfThem()
    {
        Assert.Empty(PortalHosting.Problems(Configuration([]), new Environment("Development")));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "AllJapanTokyo.Web";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
