using System.Globalization;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Admin.Users;

public sealed record SecurityEventFilter(SecurityEventKind? Kind, string? User, DateOnly? From, DateOnly? To);

public sealed record SecurityEventListViewModel(SecurityEventFilter Filter, IReadOnlyList<SecurityEvent> Events, int Page, bool HasMore);

/// <summary>/admin/security-events: the security log, newest first, by kind, account and Japan dates.</summary>
public sealed class SecurityEventList(AppDbContext db)
{
    public const int PageSize = 50;

    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static SecurityEventFilter Parse(string? kind, string? user, string? from, string? to) => new(
        Enum.TryParse<SecurityEventKind>(kind, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null,
        string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
        DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : null,
        DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null);

    public async Task<SecurityEventListViewModel> PageAsync(SecurityEventFilter filter, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var events = db.SecurityEvents.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        if (filter.User is { } user)
        {
            events = events.Where(e => (e.Email != null && e.Email.Contains(user)) || e.UserId == user);
        }

        // The dates are Japan's: a day runs from 00:00 JST (15:00 UTC the day before).
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - JapanOffset;
            events = events.Where(e => e.OccurredAtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - JapanOffset;
            events = events.Where(e => e.OccurredAtUtc < end);
        }

        var rows = await events.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        return new SecurityEventListViewModel(filter, rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }
}
