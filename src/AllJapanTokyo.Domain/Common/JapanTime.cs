namespace AllJapanTokyo.Domain.Common;

/// <summary>
/// Japan's clock. Instants are stored in UTC; deadlines, opening hours, "today" and fiscal years are Japan's (Asia/Tokyo,
/// UTC+9 all year: Japan keeps no summer time). Every conversion between the two goes through here, so a day or a fiscal
/// year of an instant is worked out the same way on every page, rule and report.
/// </summary>
public static class JapanTime
{
    /// <summary>The Asia/Tokyo zone (an IANA id: on Windows too since .NET 6).</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>The wall-clock time in Japan of a UTC instant (the DateTime's kind is taken to be UTC whatever it says).</summary>
    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The wall-clock time in Japan of an instant.</summary>
    public static DateTime FromInstant(DateTimeOffset instant) => FromUtc(instant.UtcDateTime);

    /// <summary>The calendar day in Japan of a UTC instant.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc));

    /// <summary>The calendar day in Japan of an instant (e.g. the clock's now).</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DayOf(instant.UtcDateTime);

    /// <summary>The fiscal year (April–March, Japan time) an instant falls in.</summary>
    public static FiscalYear FiscalYearOf(DateTime utc) => FiscalYear.Containing(DayOf(utc));

    /// <summary>The fiscal year (April–March, Japan time) an instant falls in.</summary>
    public static FiscalYear FiscalYearOf(DateTimeOffset instant) => FiscalYearOf(instant.UtcDateTime);

    /// <summary>The UTC instant of a wall-clock time in Japan.</summary>
    public static DateTime ToUtc(DateTime japanTime) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(japanTime, DateTimeKind.Unspecified), Zone);

    /// <summary>The UTC instant at which a day begins in Japan (00:00 Japan time).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>A fiscal year's instants: from 1 April 00:00 Japan time (inclusive) to the next 1 April (exclusive), in UTC.</summary>
    public static (DateTime From, DateTime To) UtcSpanOf(FiscalYear fiscalYear) =>
        (StartOfDayUtc(fiscalYear.FirstDay), StartOfDayUtc(fiscalYear.Next.FirstDay));
}
