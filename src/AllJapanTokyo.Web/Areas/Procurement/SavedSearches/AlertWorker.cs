using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Procurement.SavedSearches;

/// <summary>
/// Runs <see cref="AlertDispatcher.RunOnceAsync"/> every <see cref="AlertOptions.IntervalSeconds"/> on the injected clock.
/// Every app instance runs one; the database lease makes one of them do each round.
/// </summary>
public sealed class AlertWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AlertOptions> options, ILogger<AlertWorker> logger) : BackgroundService
{
    /// <summary>This instance's name in the lease and the delivery records.</summary>
    public string WorkerId { get; } = NewWorkerId();

    public static string NewWorkerId()
    {
        var id = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
        return id.Length <= 100 ? id : id[^100..];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().RunOnceAsync(WorkerId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or IOException or System.Data.Common.DbException)
            {
                // The database or the mail server is away for a moment: log, and try again next round.
                logger.LogError(exception, "Alert round failed on {WorkerId}", WorkerId);
            }
        }
    }
}
