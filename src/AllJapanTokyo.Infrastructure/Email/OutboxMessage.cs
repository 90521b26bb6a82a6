using System.Linq.Expressions;

namespace AllJapanTokyo.Infrastructure.Email;

/// <summary>
/// An e-mail waiting to be sent, written in the same transaction as the change it reports, so that a change is never
/// stored without its mail nor a mail sent for a change that was rolled back. <see cref="OutboxDispatcher"/> sends it,
/// retrying with back-off while the mail server refuses, and claims it first so two instances never both send it.
/// </summary>
public class OutboxMessage
{
    public const int MaxAttempts = 10;

    public long Id { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? HtmlBody { get; set; }

    /// <summary>What the mail is about, for the administrator's list ("tender.question", "account.confirm-email").</summary>
    public required string Kind { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Not before this time: now for a new mail, later after each failed attempt.</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>Why the last attempt failed (the mail server's answer), for the administrator.</summary>
    public string? LastError { get; set; }

    /// <summary>The instance sending it now, and until when its claim holds.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    public OutboxState State => SentAtUtc is not null ? OutboxState.Sent : Attempts >= MaxAttempts ? OutboxState.Failed : OutboxState.Pending;

    /// <summary>Whether an administrator may send it again: once sent, or after the last attempt failed; never while it waits.</summary>
    public static Expression<Func<OutboxMessage, bool>> Resendable { get; } = m => m.SentAtUtc != null || m.Attempts >= MaxAttempts;

    private static readonly Func<OutboxMessage, bool> ResendableNow = Resendable.Compile();

    /// <summary><see cref="Resendable"/> for a message in memory.</summary>
    public bool MayResend => ResendableNow(this);

    /// <summary>A mail for the outbox, due now: added to the caller's unit of work and saved with the change it reports.</summary>
    public static OutboxMessage Queue(EmailMessage message, string kind, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new OutboxMessage
        {
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Kind = kind,
            CreatedAtUtc = nowUtc,
            NextAttemptAtUtc = nowUtc,
        };
    }

    /// <summary><see cref="State"/> as a query can ask it (the state itself is not stored).</summary>
    public static Expression<Func<OutboxMessage, bool>> InState(OutboxState state) => state switch
    {
        OutboxState.Sent => m => m.SentAtUtc != null,
        OutboxState.Failed => m => m.SentAtUtc == null && m.Attempts >= MaxAttempts,
        OutboxState.Pending => m => m.SentAtUtc == null && m.Attempts < MaxAttempts,
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>Due now: unsent, attempts left, its back-off over, and nobody's claim holding it.</summary>
    public static Expression<Func<OutboxMessage, bool>> DueAt(DateTime nowUtc) =>
        m => m.SentAtUtc == null && m.Attempts < MaxAttempts && m.NextAttemptAtUtc <= nowUtc && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < nowUtc);

    /// <summary>1, 2, 4 … minutes after each failure, at most an hour.</summary>
    public static TimeSpan BackOff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));
}

public enum OutboxState
{
    Pending,
    Sent,
    Failed,
}
