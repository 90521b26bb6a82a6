using AllJapanTokyo.Infrastructure.Email;

namespace AllJapanTokyo.Web.Areas.Admin.Models;

/// <summary>One mail of the outbox as the administrator's list shows it (never its body).</summary>
public sealed record OutboxListItem(
    long Id,
    string Kind,
    string To,
    string Subject,
    OutboxState State,
    int Attempts,
    DateTime CreatedAtUtc,
    DateTime NextAttemptAtUtc,
    DateTime? SentAtUtc,
    string? LastError,
    bool MayResend);

/// <param name="State">The state the list is narrowed to, or null for every state.</param>
/// <param name="Kind">The kind the list is narrowed to ("reporting.reminder"), or null for every kind.</param>
/// <param name="Kinds">Every kind the outbox holds, for the filter.</param>
public sealed record OutboxListViewModel(
    OutboxState? State,
    string? Kind,
    IReadOnlyDictionary<OutboxState, int> Counts,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<OutboxListItem> Items,
    int Page,
    int PageCount)
{
    /// <summary>Why the last resend was refused, shown above the list.</summary>
    public ResendOutcome? Refused { get; init; }
}
