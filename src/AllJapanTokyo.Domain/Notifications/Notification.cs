namespace AllJapanTokyo.Domain.Notifications;

/// <summary>
/// Something a person must act on or is affected by (a question on their tender, a report returned to them), shown in
/// their notification list and, through the outbox, mailed to them. The text is not stored: <see cref="Kind"/> and
/// <see cref="Arguments"/> are worded in the reader's language each time the list is shown.
/// </summary>
public class Notification
{
    public const int MaxKindLength = 64;

    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>What happened, as a stable code ("tender.question"): the web layer words it.</summary>
    public required string Kind { get; set; }

    /// <summary>The facts the text needs (a tender's title, a comment), as JSON written by the web layer.</summary>
    public required string Arguments { get; set; }

    /// <summary>The page to go to, relative to the site and without a language prefix ("/procurement/tenders/12").</summary>
    public required string LinkPath { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsUnread => ReadAtUtc is null;

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
