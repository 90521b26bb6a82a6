using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// Dates as the progress report writes them: with the Japanese era in Japanese (「平成28年7月」, 「平成29年2月～3月」),
/// and as <see cref="Display"/> writes them in English ("Jul 2016"). Keeps the precision of the <see cref="PartialDate"/>.
/// </summary>
public static class EraDisplay
{
    /// <summary>「平成28年7月」, 「令和2年10月13日」, 「令和元年」; "Jul 2016" in English.</summary>
    public static string Date(PartialDate? date) =>
        date is null ? "—" : Display.IsEnglish ? date.ToEnglish() : EraYear(date) + MonthAndDay(date);

    /// <summary>
    /// 「平成29年2月～3月」: the end drops the era and year it shares with the start (and the month, for days of one month).
    /// English: "Feb 2017 – Mar 2017".
    /// </summary>
    public static string Period(PartialDate? start, PartialDate? end)
    {
        if (start is null)
        {
            return "—";
        }

        if (end is null || end == start)
        {
            return Date(start);
        }

        if (Display.IsEnglish)
        {
            return $"{start.ToEnglish()} – {end.ToEnglish()}";
        }

        string endText;
        if (EraYear(start) != EraYear(end) || start.Month is null || end.Month is null)
        {
            endText = Date(end);
        }
        else if (start.Month == end.Month && start.Day is not null && end.Day is not null)
        {
            endText = $"{end.Day}日";
        }
        else
        {
            endText = MonthAndDay(end);
        }

        return $"{Date(start)}～{endText}";
    }

    /// <summary>「平成28年」: the era in force on the first day the date can mean (on 31 December for a bare year).</summary>
    private static string EraYear(PartialDate date) => JapaneseEra.YearLabel(date.Precision == DatePrecision.Year
        ? new DateTime(date.Year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified)
        : date.EarliestDay.ToDateTime(TimeOnly.MinValue));

    private static string MonthAndDay(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => $"{date.Month}月{date.Day}日",
        DatePrecision.Month => $"{date.Month}月",
        _ => "",
    };
}
