using System.Globalization;

namespace AllJapanTokyo.Domain.Common;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A date known only to the year, the month or the day. The source report often says "令和2年10月"
/// without a day; we keep that precision instead of inventing a day.
/// Stored as text "YYYY", "YYYY-MM" or "YYYY-MM-DD", which also sorts chronologically.
/// </summary>
public sealed record PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the partial date can mean, for ordering and fiscal-year placement.</summary>
    public DateOnly EarliestDay => new(Year, Month ?? 1, Day ?? 1);

    public static PartialDate OfYear(int year) => new(CheckYear(year), null, null);

    public static PartialDate OfMonth(int year, int month)
    {
        _ = new DateOnly(CheckYear(year), month, 1);
        return new PartialDate(year, month, null);
    }

    public static PartialDate OfDay(DateOnly date) => new(CheckYear(date.Year), date.Month, date.Day);

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date! : throw new FormatException($"Not a date: '{text}' (YYYY, YYYY-MM or YYYY-MM-DD)");

    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var expectedLength = i == 0 ? 4 : 2;
            if (parts[i].Length != expectedLength || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        try
        {
            date = parts.Length switch
            {
                1 => OfYear(numbers[0]),
                2 => OfMonth(numbers[0], numbers[1]),
                3 => OfDay(new DateOnly(numbers[0], numbers[1], numbers[2])),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            date = null;
        }

        return date is not null;
    }

    /// <summary>「2020年10月」, 「2017年11月3日」 or 「2019年」.</summary>
    public string ToJapanese() => Precision switch
    {
        DatePrecision.Day => $"{Year}年{Month}月{Day}日",
        DatePrecision.Month => $"{Year}年{Month}月",
        _ => $"{Year}年",
    };

    /// <summary>"3 Nov 2017", "Oct 2020" or "2019".</summary>
    public string ToEnglish() => Precision switch
    {
        DatePrecision.Day => EarliestDay.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => EarliestDay.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public string ToDisplay(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? ToEnglish() : ToJapanese();

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    public int CompareTo(PartialDate? other) =>
        other is null ? 1 : string.CompareOrdinal(ToString(), other.ToString());

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static int CheckYear(int year) =>
        year is >= 1900 and <= 2199 ? year : throw new ArgumentOutOfRangeException(nameof(year), year, "Year out of range");
}
