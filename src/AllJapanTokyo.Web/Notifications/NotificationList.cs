using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Notifications;

/// <summary>One notification as the list shows it, worded in the reader's language.</summary>
public sealed record NotificationItem(long Id, string Title, string Body, DateTime CreatedAtUtc, bool IsUnread);

public sealed record NotificationPage(IReadOnlyList<NotificationItem> Items, int Unread, int Page, bool HasMore);

/// <summary>A person's notifications: the list, the unread count in the header, opening one, marking all read.</summary>
public sealed class NotificationList(AppDbContext db, NotificationKinds kinds, IStringLocalizer L, TimeProvider clock)
{
    public const int PageSize = 30;

    public Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, cancellationToken);

    public async Task<NotificationPage> PageAsync(string userId, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(n => new { n.Id, n.Kind, n.Arguments, n.CreatedAtUtc, n.ReadAtUtc })
            .ToListAsync(cancellationToken);
        var items = rows.Take(PageSize).Select(n =>
        {
            var words = kinds.Read(n.Kind, n.Arguments)?.Text(L) ?? new NotificationText(L["お知らせ"], "");
            return new NotificationItem(n.Id, words.Subject, words.Body, n.CreatedAtUtc, n.ReadAtUtc is null);
        }).ToList();
        return new NotificationPage(items, await UnreadCountAsync(userId, cancellationToken), page, rows.Count > PageSize);
    }

    /// <summary>Marks the person's own notification read and gives the page it leads to; null for anyone else's.</summary>
    public async Task<string?> OpenAsync(string userId, long id, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return null;
        }

        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return notification.LinkPath;
    }

    public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
    }
}
