using System.Diagnostics;
using System.Net;
using AllJapanTokyo.Web.Areas.Dashboard.Reports;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllJapanTokyo.Web.Startup;

/// <summary>
/// The warm-up before /health/ready turns healthy: once the portal has started, it requests its own main public pages
/// once in each language through its own request pipeline (in process, no network), so that the JIT has compiled the
/// pages' code and the caches below the pages are filled before the load balancer sends the first visitor
/// (bench/README.md, "The first 30 seconds after a start"). Outside Development the published-page store keeps a page
/// at its URL's second request, so one warm-up request stores nothing: the first visitor of each URL renders it once more,
/// with the code compiled. Bounded in time: a page that fails or hangs is logged and
/// readiness turns healthy anyway once every page has answered or <see cref="WarmUpOptions.TimeoutSeconds"/> has passed.
/// <c>WarmUp:Enabled=false</c> turns it off (the functional tests' portals, which would otherwise all warm up).
/// </summary>
public static class StartupWarmUp
{
    public static IServiceCollection AddStartupWarmUp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WarmUpOptions>(configuration.GetSection("WarmUp"));
        services.AddSingleton<WarmUpState>();
        services.AddTransient<IStartupFilter, WarmUpPipelineCapture>();
        services.AddHostedService<WarmUpWorker>();
        services.AddHealthChecks().AddCheck<WarmUpHealthCheck>("warm-up", tags: ["ready"]);
        return services;
    }
}

public sealed class WarmUpOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The longest readiness waits for the warm-up, from the moment the portal listens.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}

/// <summary>The portal's own request pipeline (captured when the host builds it) and whether the warm-up has finished.</summary>
public sealed class WarmUpState
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal RequestDelegate? Pipeline { get; set; }

    public bool Finished => _finished.Task.IsCompleted;

    /// <summary>Completes when the warm-up has finished (or was off); for the tests.</summary>
    public Task WhenFinished => _finished.Task;

    internal void Finish() => _finished.TrySetResult();
}

/// <summary>Keeps the whole middleware pipeline as a request delegate, outermost first, for the warm-up's requests.</summary>
internal sealed class WarmUpPipelineCapture(WarmUpState state) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(rest =>
        {
            state.Pipeline = rest;
            return rest;
        });
        next(app);
    };
}

public sealed class WarmUpHealthCheck(WarmUpState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Finished ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("warming up"));
}

internal sealed partial class WarmUpWorker(
    WarmUpState state,
    Microsoft.Extensions.Options.IOptions<WarmUpOptions> options,
    IHostApplicationLifetime lifetime,
    IHttpContextFactory contexts,
    LinkGenerator links,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ILogger<WarmUpWorker> logger) : BackgroundService
{
    /// <summary>A word of the tender search's benchmark mix: the keyword search's own code path.</summary>
    private const string SearchWord = "清掃";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            state.Finish();
            return;
        }

        try
        {
            // The pipeline is built and the database initialised once the host has started.
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            // The requests are cancelled at the deadline, and readiness does not wait for a page that ignores that.
            var timeout = TimeSpan.FromSeconds(Math.Max(1, options.Value.TimeoutSeconds));
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            deadline.CancelAfter(timeout);
            await WarmUpAsync(deadline.Token).WaitAsync(timeout, stoppingToken);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            LogTimedOut(options.Value.TimeoutSeconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Readiness never waits on a warm-up that broke: the pages themselves still answer as they would have.
            LogFailed(exception);
        }
        finally
        {
            state.Finish();
        }
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (state.Pipeline is not { } pipeline)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var paths = await PathsAsync(cancellationToken);
        var address = Address();
        var failed = 0;
        foreach (var language in PortalLanguage.All)
        {
            foreach (var path in paths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var status = await RequestAsync(pipeline, address, language.PathBase + path, cancellationToken);
                if (status != StatusCodes.Status200OK)
                {
                    failed++;
                    LogPageFailed(language.PathBase + path, status);
                }
            }
        }

        LogFinished(paths.Count * PortalLanguage.All.Count, failed, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>The main public pages: home, dashboard, progress reports (the list and the latest year), tender search.</summary>
    private async Task<IReadOnlyList<string>> PathsAsync(CancellationToken cancellationToken)
    {
        var paths = new List<string?>
        {
            links.GetPathByAction("Index", "Home", new { area = "" }),
            links.GetPathByAction("Index", "Dashboard", new { area = "Dashboard" }),
            links.GetPathByAction("Index", "Reports", new { area = "Dashboard" }),
            links.GetPathByAction("Index", "Tenders", new { area = "Procurement" }),
            links.GetPathByAction("Index", "Tenders", new { area = "Procurement", q = SearchWord }),
        };
        await using (var scope = scopes.CreateAsyncScope())
        {
            var years = await scope.ServiceProvider.GetRequiredService<ProgressReportService>().YearsAsync(cancellationToken);
            if (years.Count > 0)
            {
                paths.Add(links.GetPathByAction("Report", "Reports", new { area = "Dashboard", fy = years[^1].FiscalYear }));
            }
        }

        return paths.OfType<string>().ToList();
    }

    /// <summary>The scheme and host visitors use (Portal:BaseUrl), so that host filtering and the pages see a real request.</summary>
    private Uri Address() =>
        Uri.TryCreate(configuration["Portal:BaseUrl"], UriKind.Absolute, out var configured) ? configured : new Uri("http://localhost");

    private async Task<int> RequestAsync(RequestDelegate pipeline, Uri address, string pathAndQuery, CancellationToken cancellationToken)
    {
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var features = new FeatureCollection();
        var request = new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = address.Scheme,
            Protocol = "HTTP/1.1",
            Path = Uri.UnescapeDataString(query < 0 ? pathAndQuery : pathAndQuery[..query]),
            QueryString = query < 0 ? "" : pathAndQuery[query..],
            RawTarget = pathAndQuery,
        };
        request.Headers.Host = address.IsDefaultPort ? address.Host : $"{address.Host}:{address.Port}";
        // As browsers ask: the compressed answer is what visitors get, and its encoder is warmed up too.
        request.Headers.AcceptEncoding = "br, gzip";
        request.Headers.Accept = "text/html";
        using var response = new WarmUpResponse();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = "warm-up",
            LocalIpAddress = IPAddress.Loopback,
            RemoteIpAddress = IPAddress.Loopback,
        });
        var context = contexts.Create(features);
        try
        {
            await pipeline(context);
            await response.CompleteAsync();
            return context.Response.StatusCode;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPageThrew(pathAndQuery, exception);
            return StatusCodes.Status500InternalServerError;
        }
        finally
        {
            await response.FireOnCompletedAsync();
            contexts.Dispose(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up: {Requests} page requests in {ElapsedMs:0} ms, {Failed} not answered with 200")]
    private partial void LogFinished(int requests, int failed, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up: {Path} answered {Status}")]
    private partial void LogPageFailed(string path, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up: {Path} failed")]
    private partial void LogPageThrew(string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up stopped after {TimeoutSeconds} s; the portal reports ready without it")]
    private partial void LogTimedOut(int timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Warm-up failed; the portal reports ready without it")]
    private partial void LogFailed(Exception exception);
}

/// <summary>
/// The answer to a warm-up request, read by nobody: the headers' OnStarting callbacks run when the body starts (as a
/// server runs them, so the security headers and the page store see what a visitor's request sees), the body is dropped.
/// </summary>
internal sealed class WarmUpResponse : HttpResponseFeature, IHttpResponseBodyFeature, IDisposable
{
    private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
    private readonly List<(Func<object, Task> Callback, object State)> _completed = [];
    private readonly Stream _body;
    private System.IO.Pipelines.PipeWriter? _writer;
    private bool _started;

    public WarmUpResponse() => _body = new WarmUpBody(this);

    public Stream Stream => _body;

    public System.IO.Pipelines.PipeWriter Writer => _writer ??= System.IO.Pipelines.PipeWriter.Create(_body);

    public override bool HasStarted => _started;

    public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

    public override void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

    public void DisableBuffering()
    {
    }

    public void Dispose() => _body.Dispose();

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        // Last registered runs first, as in Kestrel.
        for (var i = _starting.Count - 1; i >= 0; i--)
        {
            await _starting[i].Callback(_starting[i].State);
        }
    }

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => StartAsync(cancellationToken);

    public Task CompleteAsync() => StartAsync();

    public async Task FireOnCompletedAsync()
    {
        for (var i = _completed.Count - 1; i >= 0; i--)
        {
            await _completed[i].Callback(_completed[i].State);
        }
    }

    private sealed class WarmUpBody(WarmUpResponse response) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => response.StartAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => response.StartAsync().GetAwaiter().GetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            await response.StartAsync(cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            response.StartAsync(cancellationToken);
    }
}
