using System.Collections.Concurrent;
using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Foundation;

/// <summary>
/// The warm-up before readiness (bench/README.md, "The first 30 seconds after a start"): the portal requests its main
/// public pages once in each language through its own pipeline, and /health/ready answers 503 until that is done — but
/// a page that fails or never answers does not keep the instance out of the load balancer.
/// </summary>
public sealed class StartupWarmingUp
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReadinessWaitsForTheWarmUpAndAFailingPageDoesNotStopIt(string provider)
    {
        var gate = new WarmUpGate(hold: "/", fail: "/en/");
        await using var portal = await PortalAsync(provider, timeoutSeconds: 120);
        await using var served = Served(portal, gate);
        using var client = served.CreateClient();

        await gate.Held.Task.WaitAsync(Patience);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);

        gate.Release.SetResult();
        await served.Services.GetRequiredService<WarmUpState>().WhenFinished.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        // Six pages (home, dashboard, the reports' list and latest year, the search with and without a word) in four languages.
        Assert.Equal(24, gate.Seen.Count);
        Assert.Contains("/ko/procurement?q=%E6%B8%85%E6%8E%83", gate.Seen);
        Assert.Contains("/zh-hans/dashboard", gate.Seen);
        // What the warm-up left in the page store is what a visitor gets, security headers included.
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True(home.Headers.Contains("Content-Security-Policy"));
        Assert.Contains("日本各地と連携した外国人旅行者誘致", await home.Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APageThatNeverAnswersKeepsTheInstanceUnreadyOnlyUntilTheTimeout(string provider)
    {
        // The held page ignores its cancellation and is never released.
        var gate = new WarmUpGate(hold: "/", fail: null);
        await using var portal = await PortalAsync(provider, timeoutSeconds: 3);
        await using var served = Served(portal, gate);
        using var client = served.CreateClient();

        await gate.Held.Task.WaitAsync(Patience);
        await served.Services.GetRequiredService<WarmUpState>().WhenFinished.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        gate.Release.SetResult();
    }

    private static async Task<PortalFactory> PortalAsync(string provider, int timeoutSeconds)
    {
        if (provider != "Sqlite")
        {
            TestDatabases.RequirePostgres();
        }

        var portal = provider == "Sqlite" ? PortalFactory.OnSqlite() : await PortalFactory.OnPostgresAsync();
        return portal.With("WarmUp:Enabled", "true").With("WarmUp:TimeoutSeconds", timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static WebApplicationFactory<Program> Served(PortalFactory portal, WarmUpGate gate) =>
        portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter>(_ => gate)));

    /// <summary>Sees the warm-up's requests (registered after the portal's capture, so inside its pipeline), holds one, fails one.</summary>
    private sealed class WarmUpGate(string hold, string? fail) : IStartupFilter
    {
        public ConcurrentQueue<string> Seen { get; } = new();

        public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, rest) =>
            {
                if (context.Connection.Id != "warm-up")
                {
                    await rest(context);
                    return;
                }

                var target = context.Request.Path.Value + context.Request.QueryString.Value;
                Seen.Enqueue(target);
                if (target == hold)
                {
                    Held.TrySetResult();
                    await Release.Task;
                }

                if (target == fail)
                {
                    throw new InvalidOperationException("a warm-up page that fails");
                }

                await rest(context);
            });
            next(app);
        };
    }
}
