using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Areas.Admin.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Admin;

/// <summary>What an administrator's resend did.</summary>
public enum ResendOutcome
{
    /// <summary>Due again now, with a fresh count of attempts.</summary>
    Queued,

    NotFound,

    /// <summary>Still on its way (waiting or being sent): only a sent or failed message is resent.</summary>
    StillPending,
}

/// <summary>
/// The outbox as the administrator sees it (/admin/outbox): every mail the portal queued, its state, attempts and the
/// mail server's last answer, and a resend for a message that failed or must go again. Bodies are never shown: they may
/// carry sign-in and reset links.
/// </summary>
public sealed class OutboxAdminService(AppDbContext db, OutboxDispatcher dispatcher, ILogger<OutboxAdminService> logger)
{
    public const int PageSize = 50;

    public async Task<OutboxListViewModel> ListAsync(OutboxState? state, string? kind, int page, CancellationToken cancellationToken)
    {
        var ofKind = db.OutboxMessages.AsNoTracking().Where(m => kind == null || m.Kind == kind);
        var counts = new Dictionary<OutboxState, int>();
        foreach (var each in Enum.GetValues<OutboxState>())
        {
            counts[each] = await ofKind.CountAsync(OutboxMessage.InState(each), cancellationToken);
        }

        var query = state is { } chosen ? ofKind.Where(OutboxMessage.InState(chosen)) : ofKind;
        var total = state is { } counted ? counts[counted] : counts.Values.Sum();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        // The body is left out: the list never shows it.
        var items = (await query
                .OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(m => new OutboxMessage
                {
                    Id = m.Id, Kind = m.Kind, To = m.To, Subject = m.Subject, TextBody = "", Attempts = m.Attempts,
                    CreatedAtUtc = m.CreatedAtUtc, NextAttemptAtUtc = m.NextAttemptAtUtc, SentAtUtc = m.SentAtUtc, LastError = m.LastError,
                })
                .ToListAsync(cancellationToken))
            .Select(m => new OutboxListItem(m.Id, m.Kind, m.To, m.Subject, m.State, m.Attempts, m.CreatedAtUtc, m.NextAttemptAtUtc, m.SentAtUtc, m.LastError, m.MayResend))
            .ToList();
        var kinds = await db.OutboxMessages.AsNoTracking().Select(m => m.Kind).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);
        return new OutboxListViewModel(state, kind, counts, kinds, items, page, pageCount);
    }

    public async Task<ResendOutcome> ResendAsync(long id, string administrator, CancellationToken cancellationToken)
    {
        if (await dispatcher.ResendAsync(id, cancellationToken))
        {
            logger.LogInformation("Mail {OutboxId} resent by {Administrator}", id, administrator);
            return ResendOutcome.Queued;
        }

        return await db.OutboxMessages.AnyAsync(m => m.Id == id, cancellationToken) ? ResendOutcome.StillPending : ResendOutcome.NotFound;
    }
}
