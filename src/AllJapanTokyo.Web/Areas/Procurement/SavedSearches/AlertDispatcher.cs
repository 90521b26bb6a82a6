using System.Globalization;
using System.Text;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Procurement.SavedSearches;

/// <summary>Settings under <c>Alerts</c>.</summary>
public sealed class AlertOptions
{
    /// <summary>Whether this instance runs the alert worker at all.</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalSeconds { get; set; } = 60;

    /// <summary>How long a claimed lease lasts; renewed after each saved search.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Saved searches handled per round; the rest wait for the next round.</summary>
    public int SearchesPerRound { get; set; } = 500;

    public int TendersPerEmail { get; set; } = 50;
}

/// <summary>
/// One round of alert e-mails. Safe with any number of app instances on one database:
/// (1) a round runs only while this instance holds the database lease (a conditional UPDATE that changes the one
/// lease row only when it has expired or is already ours); (2) each (saved search, tender) pair is recorded with a
/// unique index, in the same transaction that moves the search's watermark and writes the e-mail to the outbox, so
/// even a worker whose lease ran out cannot queue the same tender twice, and a mail server that refuses only delays
/// the e-mail (the outbox retries it, and claims it so that one instance sends it).
/// </summary>
public sealed class AlertDispatcher(
    AppDbContext db,
    SavedSearchService savedSearches,
    IStringLocalizer L,
    LinkGenerator links,
    PortalAddress address,
    TimeProvider clock,
    IOptions<AlertOptions> options,
    ILogger<AlertDispatcher> logger)
{
    /// <summary>What the outbox and its administration call these mails.</summary>
    public const string OutboxKind = "procurement.saved-search-alert";

    /// <summary>Claims (or renews) the lease for <paramref name="workerId"/>: true when this instance holds it now.</summary>
    public async Task<bool> TryClaimLeaseAsync(string workerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        var changed = await db.WorkerLeases
            .Where(l => l.Name == WorkerLease.AlertsName && (l.ExpiresAtUtc < now || l.HolderId == workerId))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.HolderId, workerId).SetProperty(l => l.ExpiresAtUtc, until), cancellationToken);
        return changed == 1;
    }

    public async Task ReleaseLeaseAsync(string workerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.WorkerLeases
            .Where(l => l.Name == WorkerLease.AlertsName && l.HolderId == workerId)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.HolderId, (string?)null).SetProperty(l => l.ExpiresAtUtc, now), cancellationToken);
    }

    /// <summary>One round: the number of e-mails written to the outbox (0 when another instance holds the lease).</summary>
    public async Task<int> RunOnceAsync(string workerId, CancellationToken cancellationToken)
    {
        if (!await TryClaimLeaseAsync(workerId, cancellationToken))
        {
            return 0;
        }

        var sent = 0;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.SavedSearches.AsNoTracking()
                .Where(s => s.Frequency != AlertFrequency.None && s.NextAlertDueUtc <= now)
                .OrderBy(s => s.NextAlertDueUtc)
                .ThenBy(s => s.Id)
                .Take(options.Value.SearchesPerRound)
                .Select(s => s.Id)
                .ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                if (await AlertAsync(id, workerId, cancellationToken))
                {
                    sent++;
                }

                // Keep the lease while working; if it was lost, stop and leave the rest to its new holder.
                if (!await TryClaimLeaseAsync(workerId, cancellationToken))
                {
                    logger.LogWarning("Alert worker {WorkerId} lost its lease; stopping the round", workerId);
                    return sent;
                }
            }
        }
        finally
        {
            await ReleaseLeaseAsync(workerId, CancellationToken.None);
        }

        return sent;
    }

    /// <summary>Claims the news of one saved search and queues its e-mail; true when an e-mail was queued.</summary>
    private async Task<bool> AlertAsync(int savedSearchId, string workerId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        var search = await db.SavedSearches.FirstOrDefaultAsync(s => s.Id == savedSearchId, cancellationToken);
        if (search is null || search.Frequency == AlertFrequency.None || search.NextAlertDueUtc > now)
        {
            return false;
        }

        var recipient = await db.Users.AsNoTracking()
            .Where(u => u.Id == search.UserId && u.EmailConfirmed && u.Email != null)
            .Select(u => new { Email = u.Email!, u.DisplayName })
            .FirstOrDefaultAsync(cancellationToken);
        var news = recipient is null ? [] : await Matching(search, now)
            .OrderBy(t => t.PublishedAtUtc)
            .ThenBy(t => t.Id)
            .Take(options.Value.TendersPerEmail)
            .Select(t => new AlertTender(t.Id, t.Reference, t.Title, t.TenderEndUtc))
            .ToListAsync(cancellationToken);

        // Claim the pairs, move the watermark and queue the e-mail together; a unique-index violation means another
        // worker claimed them, and then none of the three is stored.
        var deliveries = news.Select(t => new AlertDelivery { SavedSearchId = search.Id, TenderId = t.Id, WorkerId = workerId, ClaimedAtUtc = now }).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                db.AlertDeliveries.AddRange(deliveries);
                if (news.Count > 0 && recipient is not null)
                {
                    db.OutboxMessages.Add(OutboxMessage.Queue(Compose(search, recipient.Email, recipient.DisplayName, news), OutboxKind, now));
                }

                // With more news than one e-mail holds, the rest is sent next round (the watermark stays at the last one sent).
                search.AlertedUpToUtc = news.Count == options.Value.TendersPerEmail ? search.AlertedUpToUtc : now;
                search.NextAlertDueUtc = news.Count == options.Value.TendersPerEmail ? now : SavedSearch.NextDue(search.Frequency, now);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException exception)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                logger.LogInformation(exception, "Alert of saved search {SavedSearchId} was claimed by another worker", savedSearchId);
                return false;
            }
        }

        if (news.Count == 0 || recipient is null)
        {
            return false;
        }

        logger.LogInformation("Alert of saved search {SavedSearchId} queued by {WorkerId}: {Count} tenders", search.Id, workerId, news.Count);
        return true;
    }

    /// <summary>Public tenders published since the watermark that match the search and were not announced yet.</summary>
    private IQueryable<Tender> Matching(SavedSearch search, DateTime nowUtc)
    {
        var from = search.AlertedUpToUtc;
        var announceable = db.Tenders.AsNoTracking().Where(t =>
            t.PublishedAtUtc != null && t.PublishedAtUtc > from && t.PublishedAtUtc <= nowUtc
            && !db.AlertDeliveries.Any(d => d.SavedSearchId == search.Id && d.TenderId == t.Id));
        // The saved keyword is stored as the search page normalised it, so the page's own filter finds the same tenders.
        return new TenderFilter(search.Keyword, search.PrefectureCode, search.Category, null, TenderSort.Newest, 1).Apply(announceable, db.TenderSearchGrams, nowUtc);
    }

    /// <summary>
    /// The alert e-mail: Japanese, then English, both from the translations, since the portal does not know the reader's
    /// language; the tenders once, with their deadline in Japan time and their page at the root (Japanese) address.
    /// </summary>
    private EmailMessage Compose(SavedSearch search, string to, string displayName, IReadOnlyList<AlertTender> news)
    {
        var baseUrl = address.BaseUrl;
        var (ja, en) = (PortalLanguage.Japanese, PortalLanguage.English);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{L.In(ja, "{0} 様", displayName)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{L.In(ja, "保存した検索条件「{0}」に合う新着案件が{1}件あります。", search.Name, news.Count)}\n");
        text.Append(CultureInfo.InvariantCulture, $"{L.In(en, "保存した検索条件「{0}」に合う新着案件が{1}件あります。", search.Name, news.Count)}\n\n");
        var deadline = $"{L.In(ja, "入札締切（日本時間）")} / {L.In(en, "入札締切（日本時間）")}";
        foreach (var tender in news)
        {
            var url = baseUrl + links.GetPathByAction("Details", "Tenders", new { area = "Procurement", id = tender.Id });
            text.Append(CultureInfo.InvariantCulture, $"■ {tender.Reference} {tender.Title}\n  {deadline}: {Display.JapanTimeSortable(tender.TenderEndUtc)}\n  {url}\n\n");
        }

        var searches = baseUrl + links.GetPathByAction("Index", "SavedSearches", new { area = "Procurement" });
        var unsubscribe = baseUrl + links.GetPathByAction("Unsubscribe", "SavedSearches", new { area = "Procurement", token = savedSearches.UnsubscribeToken(search.Id) });
        text.Append(CultureInfo.InvariantCulture, $"{L.In(ja, "検索条件の変更")} / {L.In(en, "検索条件の変更")}: {searches}\n");
        text.Append(CultureInfo.InvariantCulture, $"{L.In(ja, "このメールの配信停止（ログイン不要）")} / {L.In(en, "このメールの配信停止（ログイン不要）")}:\n{unsubscribe}\n");
        var subject = $"{L.In(ja, "【ビジネスチャンス・ナビ】新着案件 {0}件: {1}", news.Count, search.Name)} / {L.In(en, "【ビジネスチャンス・ナビ】新着案件 {0}件: {1}", news.Count, search.Name)}";
        return new EmailMessage(to, subject, text.ToString());
    }

    private sealed record AlertTender(int Id, string Reference, string Title, DateTime TenderEndUtc);
}
