using Microsoft.Playwright;

namespace AllJapanTokyo.BrowserTests.Infrastructure;

/// <summary>
/// One portal on Kestrel and one headless Debian chromium, shared by every browser test (start-up is paid once);
/// each test opens its own browser context, so cookies and storage never leak from one test to another.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string MissingBrowser =
        "BROWSER NOT TESTED: /usr/bin/chromium not found; apt-get install -y chromium fonts-noto-cjk";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private KestrelPortalFactory? _portal;

    /// <summary>The shared portal, to prepare data (an account) the way an administrator would.</summary>
    public KestrelPortalFactory Portal => _portal ?? throw new InvalidOperationException("The portal has not started.");

    /// <summary>Where the portal listens, e.g. https://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => _portal?.BaseAddress ?? throw new InvalidOperationException("The portal has not started.");

    public static bool BrowserInstalled => File.Exists(ChromiumPath);

    /// <summary>In CI (CI=true) a missing browser fails the run; elsewhere the browser tests skip, loudly.</summary>
    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        if (!BrowserInstalled)
        {
            return;
        }

        _portal = new KestrelPortalFactory().Started();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies), Japanese locale, Tokyo time, desktop width. Dispose it at the end of the test.</summary>
    /// <param name="baseAddress">Another portal to open (e.g. one started with its own fake clock); by default the shared one.</param>
    public async Task<IBrowserContext> NewContextAsync(Uri? baseAddress = null)
    {
        if (_browser is null)
        {
            if (RunningInCi)
            {
                throw new InvalidOperationException(MissingBrowser + " (CI=true: a missing browser is a failure, not a skip)");
            }

            Skip.If(true, MissingBrowser);
        }

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            IgnoreHTTPSErrors = true,
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
