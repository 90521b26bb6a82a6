using System.Globalization;

namespace AllJapanTokyo.Domain.Common;

/// <summary>Japanese era years (「令和2年」, 「令和元年」) through .NET's JapaneseCalendar with the ja-JP culture.</summary>
public static class JapaneseEra
{
    private static readonly CultureInfo EraCulture = CreateEraCulture();

    /// <summary>「平成28年」 for a date in 2016; the first year of an era is 「元年」.</summary>
    public static string YearLabel(DateTime date)
    {
        var calendar = EraCulture.DateTimeFormat.Calendar;
        var eraName = EraCulture.DateTimeFormat.GetEraName(calendar.GetEra(date));
        var yearOfEra = calendar.GetYear(date);
        return $"{eraName}{(yearOfEra == 1 ? "元" : yearOfEra.ToString(CultureInfo.InvariantCulture))}年";
    }

    private static CultureInfo CreateEraCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return culture;
    }
}
