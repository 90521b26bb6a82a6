namespace AllJapanTokyo.Domain.Procurement;

/// <summary>How often a saved search e-mails new matching tenders.</summary>
public enum AlertFrequency
{
    /// <summary>Saved, but no e-mail (also what an unsubscribe sets).</summary>
    None,

    /// <summary>As soon as the worker sees newly published matching tenders.</summary>
    Instant,

    /// <summary>One digest a day at <see cref="SavedSearch.DigestHourJst"/> Japan time.</summary>
    Daily,

    /// <summary>One digest a week, on Monday at <see cref="SavedSearch.DigestHourJst"/> Japan time.</summary>
    Weekly,
}

/// <summary>A tender search a user saved from /procurement, with its e-mail alert.</summary>
public class SavedSearch
{
    public const int MaxNameLength = 100;
    public const int MaxPerUser = 20;
    public const int DigestHourJst = 8;

    /// <summary>The due time of a search that sends no e-mail.</summary>
    public static readonly DateTime Never = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>The keyword words joined by one space, as the search normalised them.</summary>
    public string? Keyword { get; set; }

    public string? PrefectureCode { get; set; }

    public TenderCategory? Category { get; set; }

    public AlertFrequency Frequency { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Tenders published after this instant and up to the next run are the next alert's news.</summary>
    public DateTime AlertedUpToUtc { get; set; }

    /// <summary>When the next alert is due (instant searches: always due; digests: the next scheduled hour).</summary>
    public DateTime NextAlertDueUtc { get; set; }

    /// <summary>Sets the frequency and the next due time from <paramref name="nowUtc"/>.</summary>
    public void Schedule(AlertFrequency frequency, DateTime nowUtc)
    {
        Frequency = frequency;
        NextAlertDueUtc = NextDue(frequency, nowUtc);
    }

    /// <summary>
    /// The next alert time after <paramref name="nowUtc"/>: instant = now; daily = the next 08:00 JST;
    /// weekly = the next Monday 08:00 JST; none = <see cref="Never"/>.
    /// </summary>
    public static DateTime NextDue(AlertFrequency frequency, DateTime nowUtc)
    {
        if (frequency == AlertFrequency.Instant)
        {
            return nowUtc;
        }

        if (frequency == AlertFrequency.None)
        {
            return Never;
        }

        var japan = nowUtc + JapanOffset;
        var candidate = japan.Date.AddHours(DigestHourJst);
        if (candidate <= japan)
        {
            candidate = candidate.AddDays(1);
        }

        if (frequency == AlertFrequency.Weekly)
        {
            while (candidate.DayOfWeek != DayOfWeek.Monday)
            {
                candidate = candidate.AddDays(1);
            }
        }

        return DateTime.SpecifyKind(candidate - JapanOffset, DateTimeKind.Utc);
    }
}

/// <summary>
/// One tender announced by one saved search: the unique (search, tender) pair is written in the same transaction as the
/// e-mail that announces it (to the outbox, which sends it), so that no second worker (or second run) can announce it again.
/// </summary>
public class AlertDelivery
{
    public long Id { get; set; }

    public int SavedSearchId { get; set; }

    public int TenderId { get; set; }

    /// <summary>Which worker instance claimed the pair.</summary>
    public required string WorkerId { get; set; }

    public DateTime ClaimedAtUtc { get; set; }
}

/// <summary>
/// A named lease in the database: the worker instance that claims it (a conditional UPDATE that changes one row only
/// when the lease has expired or is already its own) does the round; the others wait for the next one.
/// </summary>
public class WorkerLease
{
    public const string AlertsName = "alerts";

    public required string Name { get; set; }

    public string? HolderId { get; set; }

    public DateTime ExpiresAtUtc { get; set; }
}
