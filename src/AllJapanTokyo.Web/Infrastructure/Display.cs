using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// Numbers, years, dates, times and money in the form each of the portal's languages writes them. Words (statuses,
/// qualifiers, labels) come from the translations through <see cref="PortalText"/>, not from here.
/// </summary>
public static class Display
{
    private static PortalLanguage Language => PortalLanguage.Current;

    public static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Number(int? value) => value is null ? "—" : Number((long)value.Value);

    /// <summary>「令和2年度」, "FY2020", 「2020年度」, 「2020년도」.</summary>
    public static string FiscalYearLabel(int fiscalYear)
    {
        var year = new FiscalYear(fiscalYear);
        var number = fiscalYear.ToString(CultureInfo.InvariantCulture);
        return Language.Code switch
        {
            "en" => year.EnglishLabel,
            "zh-Hans" => number + "年度",
            "ko" => number + "년도",
            _ => year.JapaneseLabel,
        };
    }

    /// <summary>「令和2年度（FY2020）」 in Japanese, where the era alone would leave some readers guessing; the short label elsewhere.</summary>
    public static string FiscalYearLong(int fiscalYear) =>
        Language == PortalLanguage.Japanese ? $"{new FiscalYear(fiscalYear).JapaneseLabel}（{new FiscalYear(fiscalYear).EnglishLabel}）" : FiscalYearLabel(fiscalYear);

    /// <summary>「平成28年7月」「令和2年10月13日」, "Jul 2016", 「2016年7月」, 「2016년 7월」.</summary>
    public static string Date(PartialDate? date)
    {
        if (date is null)
        {
            return "—";
        }

        return Language.Code switch
        {
            "en" => date.ToEnglish(),
            "zh-Hans" => date.Precision switch
            {
                DatePrecision.Day => $"{date.Year}年{date.Month}月{date.Day}日",
                DatePrecision.Month => $"{date.Year}年{date.Month}月",
                _ => $"{date.Year}年",
            },
            "ko" => date.Precision switch
            {
                DatePrecision.Day => $"{date.Year}년 {date.Month}월 {date.Day}일",
                DatePrecision.Month => $"{date.Year}년 {date.Month}월",
                _ => $"{date.Year}년",
            },
            _ => EraYear(date) + MonthAndDay(date),
        };
    }

    public static string Date(DateOnly date) => Date(PartialDate.OfDay(date));

    /// <summary>
    /// 「平成29年2月～3月」: in Japanese the end drops the era and year it shares with the start (and the month, for days of
    /// one month). Other languages write both ends in full: "Feb 2017 – Mar 2017".
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

        if (Language != PortalLanguage.Japanese)
        {
            return $"{Date(start)} – {Date(end)}";
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

    /// <summary>「1,000円」, "¥1,000", 「1,000日元」, 「1,000엔」.</summary>
    public static string Yen(long? amount)
    {
        if (amount is null)
        {
            return "—";
        }

        var number = amount.Value.ToString("#,0", CultureInfo.InvariantCulture);
        return Language.Code switch
        {
            "en" => "¥" + number,
            "zh-Hans" => number + "日元",
            "ko" => number + "엔",
            _ => number + "円",
        };
    }

    /// <summary>Instants are stored in UTC and shown in Japan time: 「2020年4月1日 09:00」, "1 Apr 2020 09:00".</summary>
    public static string JapanTime(DateTime utc)
    {
        var local = Domain.Common.JapanTime.FromUtc(utc);
        var format = Language.Code switch
        {
            "en" => "d MMM yyyy HH:mm",
            "ko" => "yyyy년 M월 d일 HH:mm",
            _ => "yyyy年M月d日 HH:mm",
        };
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// 「2026-12-01 17:00」: Japan time the same in every language, for files and mails read by people of either language
    /// and sorted by machines (CSV downloads, the bilingual alert mail).
    /// </summary>
    public static string JapanTimeSortable(DateTime utc) =>
        Domain.Common.JapanTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

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
