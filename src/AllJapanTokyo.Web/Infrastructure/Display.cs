using System.Globalization;
using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>Chooses Japanese or English text and formats figures as the progress report writes them.</summary>
public static class Display
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The Japanese text, or the English one when the reader chose English and it exists.</summary>
    public static string Pick(string japanese, string? english) => IsEnglish && !string.IsNullOrEmpty(english) ? english : japanese;

    public static string FiscalYearLabel(int fiscalYear) =>
        IsEnglish ? new FiscalYear(fiscalYear).EnglishLabel : new FiscalYear(fiscalYear).JapaneseLabel;

    /// <summary>「令和2年度（FY2020）」, or "FY2020" in English.</summary>
    public static string FiscalYearLong(int fiscalYear) =>
        IsEnglish ? new FiscalYear(fiscalYear).EnglishLabel : $"{new FiscalYear(fiscalYear).JapaneseLabel}（{new FiscalYear(fiscalYear).EnglishLabel}）";

    public static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Number(int? value) => value is null ? "—" : value.Value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>「36,000件以上」「約9,800頭」, or "at least 36,000 companies", "about 9,800 head".</summary>
    public static string Figure(decimal value, ValueQualifier qualifier, string unitJa, string unitEn)
    {
        var number = Number(value);
        if (IsEnglish)
        {
            return qualifier switch
            {
                ValueQualifier.AtLeast => $"at least {number} {unitEn}",
                ValueQualifier.Approx => $"about {number} {unitEn}",
                _ => $"{number} {unitEn}",
            };
        }

        return qualifier switch
        {
            ValueQualifier.AtLeast => $"{number}{unitJa}以上",
            ValueQualifier.Approx => $"約{number}{unitJa}",
            _ => $"{number}{unitJa}",
        };
    }

    public static string Format(EventFormat? format) => format is null ? "—" : IsEnglish ? format.Value.ToEnglish() : format.Value.ToJapanese();

    public static string Status(ActivityStatus? status) => status is null ? "—" : IsEnglish ? status.Value.ToEnglish() : status.Value.ToJapanese();

    /// <summary>「平成28年7月」, 「令和2年10月13日」, 「令和元年」; "Jul 2016" in English.</summary>
    public static string Date(PartialDate? date) =>
        date is null ? "—" : IsEnglish ? date.ToEnglish() : EraYear(date) + MonthAndDay(date);

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

        if (IsEnglish)
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

    public static string Yen(long? amount) => amount is null ? "—" : IsEnglish
        ? $"¥{amount.Value.ToString("#,0", CultureInfo.InvariantCulture)}"
        : $"{amount.Value.ToString("#,0", CultureInfo.InvariantCulture)}円";

    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>Instants are stored in UTC and shown in Japan time.</summary>
    public static string JapanTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Tokyo).ToString(IsEnglish ? "d MMM yyyy HH:mm" : "yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
