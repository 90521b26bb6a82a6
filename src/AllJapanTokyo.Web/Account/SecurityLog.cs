using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Account;

/// <summary>
/// Writes the security log (<see cref="SecurityEvent"/>): who, what, when, from which address — never a password,
/// token or code. Events are added to the caller's unit of work, so they are stored with the change they record;
/// <see cref="RecordNowAsync"/> stores one on its own (a sign-in, a failure).
/// </summary>
public sealed class SecurityLog(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Adds the event to the unit of work; the caller's SaveChanges stores it.</summary>
    public SecurityEvent Record(SecurityEventKind kind, AppUser? user, string? email = null, string? detail = null, string? actorEmail = null)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var entry = new SecurityEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            Kind = kind,
            UserId = user?.Id,
            Email = Clip(user?.Email ?? email, AppUser.MaxEmailLength),
            ActorEmail = Clip(actorEmail, AppUser.MaxEmailLength),
            IpAddress = Clip(address, SecurityEvent.MaxAddressLength),
            Detail = Clip(detail, SecurityEvent.MaxDetailLength),
        };
        db.SecurityEvents.Add(entry);
        return entry;
    }

    public async Task RecordNowAsync(SecurityEventKind kind, AppUser? user, string? email = null, string? detail = null, string? actorEmail = null)
    {
        Record(kind, user, email, detail, actorEmail);
        await db.SaveChangesAsync();
    }

    /// <summary>Deletes the events older than <see cref="SecurityEvent.KeptFor"/>; returns how many went.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var limit = clock.GetUtcNow().UtcDateTime - SecurityEvent.KeptFor;
        return db.SecurityEvents.Where(e => e.OccurredAtUtc < limit).ExecuteDeleteAsync(cancellationToken);
    }

    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}

/// <summary>Deletes expired security events once a day in every instance (deleting twice is harmless).</summary>
public sealed class SecurityLogCleanupWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SecurityLogCleanupWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<SecurityLog>().PurgeExpiredAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Deleted {Count} security events older than a year", purged);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database may be down, or not migrated yet at start; tomorrow's round tries again.
                logger.LogWarning(failure, "The security log clean-up failed");
            }

            try
            {
                await Task.Delay(Every, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
