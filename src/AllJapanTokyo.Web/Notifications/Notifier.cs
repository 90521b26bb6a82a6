using AllJapanTokyo.Domain.Notifications;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Notifications;

/// <summary>
/// Tells people: adds, to the caller's unit of work, a notification per person and the mail that carries it, worded in
/// each person's language with a link on the portal's address. Nothing is saved here — the caller's SaveChanges (or
/// transaction) stores the change, the notifications and the mails together, or none of them.
/// </summary>
public sealed class Notifier(AppDbContext db, PortalText text, PortalAddress address, NotificationKinds kinds, TimeProvider clock)
{
    /// <summary>Notifies each user once (duplicates and unknown ids are skipped); returns how many were told.</summary>
    public async Task<int> NotifyAsync(IEnumerable<string> userIds, NotificationMessage message, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        var recipients = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.PreferredLanguage })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var arguments = kinds.Serialize(message);
        foreach (var recipient in recipients)
        {
            db.Notifications.Add(new Notification { UserId = recipient.Id, Kind = message.Kind, Arguments = arguments, LinkPath = message.LinkPath, CreatedAtUtc = now });
            if (recipient.Email is { Length: > 0 } email)
            {
                Mail(email, PortalLanguage.FromCultureName(recipient.PreferredLanguage), message);
            }
        }

        return recipients.Count;
    }

    /// <summary>A mail to an address that may have no account yet (an invitation), in the given language.</summary>
    public void Mail(string to, PortalLanguage language, NotificationMessage message)
    {
        var words = In(language, message);
        var link = address.Link(message.LinkPath, language);
        foreach (var (label, path) in text.Within(language, () => message.MoreLinks(text)))
        {
            link += $"\n\n{label}\n{address.Link(path, language)}";
        }

        var body = $"{words.Body}\n\n{link}\n\n-- \n{text.In(language, "ALL JAPAN & TOKYO ポータル")}\n{address.BaseUrl}{language.PathBase}/\n";
        db.OutboxMessages.Add(OutboxMessage.Queue(new EmailMessage(to, words.Subject, body), message.Kind, clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The message worded in a language other than the page's (the recipient's).</summary>
    public NotificationText In(PortalLanguage language, NotificationMessage message) => text.Within(language, () => message.Text(text));
}
