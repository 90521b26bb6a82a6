using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Infrastructure.Email;

/// <summary>Settings under <c>Email:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often each instance looks for mail to send.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>How long a claim on a message holds: long enough for one slow SMTP exchange.</summary>
    public int ClaimSeconds { get; set; } = 120;

    public int BatchSize { get; set; } = 20;
}

/// <summary>
/// Sends the outbox's due messages. Every instance runs one; each message is claimed with a conditional UPDATE before
/// it is sent, so of two instances only one sends it. A refusal or an unreachable server leaves the message for a later
/// attempt (<see cref="OutboxMessage.BackOff"/>); after <see cref="OutboxMessage.MaxAttempts"/> it waits for an
/// administrator's resend.
/// </summary>
public sealed class OutboxDispatcher(AppDbContext db, IEmailSender sender, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
{
    /// <summary>Sends what is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(string instanceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(OutboxMessage.DueAt(now))
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in due)
        {
            if (await SendOneAsync(id, instanceId, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(long id, string instanceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddSeconds(options.Value.ClaimSeconds);
        // Still due when claimed: another instance may have sent it, or tried and failed (its back-off then holds),
        // since this one read the list.
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id)
            .Where(OutboxMessage.DueAt(now))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimedBy, instanceId).SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken);
        if (claimed != 1)
        {
            return false;
        }

        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await sender.SendAsync(new EmailMessage(message.To, message.Subject, message.TextBody, message.HtmlBody), cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var next = clock.GetUtcNow().UtcDateTime + OutboxMessage.BackOff(attempts);
            var error = failure.Message.Length > 1000 ? failure.Message[..1000] : failure.Message;
            await db.OutboxMessages.Where(m => m.Id == id && m.ClaimedBy == instanceId)
                .ExecuteUpdateAsync(
                    u => u.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAtUtc, next).SetProperty(m => m.LastError, error)
                        .SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                    CancellationToken.None);
            logger.LogWarning("Mail {OutboxId} ({Kind}) not sent, attempt {Attempts}: {Error}", id, message.Kind, attempts, error);
            return false;
        }

        await db.OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(
                u => u.SetProperty(m => m.SentAtUtc, clock.GetUtcNow().UtcDateTime).SetProperty(m => m.Attempts, message.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null).SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                CancellationToken.None);
        logger.LogInformation("Mail {OutboxId} ({Kind}) sent", id, message.Kind);
        return true;
    }

    /// <summary>
    /// An administrator's resend of a sent or failed message: it is due again now, with a fresh count of attempts. A
    /// pending message is left alone (it is on its way, or waiting for its next attempt); false then, or for no such id.
    /// </summary>
    public async Task<bool> ResendAsync(long id, CancellationToken cancellationToken) =>
        await db.OutboxMessages.Where(m => m.Id == id).Where(OutboxMessage.Resendable)
            .ExecuteUpdateAsync(
                u => u.SetProperty(m => m.SentAtUtc, (DateTime?)null).SetProperty(m => m.Attempts, 0)
                    .SetProperty(m => m.NextAttemptAtUtc, clock.GetUtcNow().UtcDateTime)
                    .SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                cancellationToken) == 1;
}

/// <summary>Runs <see cref="OutboxDispatcher"/> in every instance, every <see cref="OutboxOptions.PollSeconds"/>.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly string _instanceId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendDueAsync(_instanceId, stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database may be down; the next round tries again.
                logger.LogWarning(failure, "The outbox round failed");
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
