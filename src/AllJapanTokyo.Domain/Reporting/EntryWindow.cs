namespace AllJapanTokyo.Domain.Reporting;

/// <summary>
/// When a fiscal year's results may be entered: from 1 April of the year (start of the FY) until a number of days
/// after the FY ends on 31 March (midnight Japan time).
/// </summary>
public sealed record EntryWindow(int ClosesDaysAfterFiscalYearEnd)
{
    public const int DefaultDays = 60;

    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>The instant the FY ends: 1 April of the next calendar year, 00:00 Japan time, in UTC.</summary>
    public static DateTime FiscalYearEndUtc(int fiscalYear) =>
        new DateTimeOffset(fiscalYear + 1, 4, 1, 0, 0, 0, JapanOffset).UtcDateTime;

    public static DateTime FiscalYearStartUtc(int fiscalYear) => FiscalYearEndUtc(fiscalYear - 1);

    /// <summary>The fiscal year an instant falls in, 1 April to 31 March in Japan time.</summary>
    public static int FiscalYearAt(DateTime utc) => utc >= FiscalYearStartUtc(utc.Year) ? utc.Year : utc.Year - 1;

    public DateTime ClosesAtUtc(int fiscalYear) => FiscalYearEndUtc(fiscalYear).AddDays(ClosesDaysAfterFiscalYearEnd);

    public bool IsOpen(int fiscalYear, DateTime nowUtc) => nowUtc >= FiscalYearStartUtc(fiscalYear) && nowUtc < ClosesAtUtc(fiscalYear);

    public bool IsClosed(int fiscalYear, DateTime nowUtc) => nowUtc >= ClosesAtUtc(fiscalYear);
}
