using System.Globalization;

namespace AllJapanTokyo.Domain.Common;

/// <summary>
/// A Japanese fiscal year (年度): 1 April to 31 March, named by the calendar year it starts in.
/// FY2020 is 令和2年度, 1 April 2020 – 31 March 2021.
/// </summary>
public readonly record struct FiscalYear : IComparable<FiscalYear>
{
    public const int Earliest = 1989;
    public const int Latest = 2099;

    public FiscalYear(int startYear)
    {
        if (!IsValid(startYear))
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear,
                $"Fiscal year must be between {Earliest} and {Latest}.");
        }

        StartYear = startYear;
    }

    /// <summary>Whether <paramref name="startYear"/> names a fiscal year the portal can hold (<see cref="Earliest"/> to <see cref="Latest"/>).</summary>
    public static bool IsValid(int startYear) => startYear is >= Earliest and <= Latest;

    /// <summary>The calendar year the fiscal year starts in (2020 for 令和2年度).</summary>
    public int StartYear { get; }

    public DateOnly FirstDay => new(StartYear, 4, 1);

    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    public FiscalYear Previous => new(StartYear - 1);

    public FiscalYear Next => new(StartYear + 1);

    public static FiscalYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>
    /// 「令和2年度」. The era is the one in force at the end of the starting calendar year, which is how
    /// Japanese administrations name a year in which the era changed: FY2019 (April 2019, still 平成) is 令和元年度.
    /// </summary>
    public string JapaneseLabel => JapaneseEra.YearLabel(new DateTime(StartYear, 12, 31, 0, 0, 0, DateTimeKind.Unspecified)) + "度";

    /// <summary>"FY2020".</summary>
    public string EnglishLabel => $"FY{StartYear.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The label in the language of <paramref name="culture"/>: Japanese unless English is asked for.</summary>
    public string Label(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? EnglishLabel : JapaneseLabel;

    public static bool TryParse(string? text, out FiscalYear fiscalYear)
    {
        fiscalYear = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith("FY", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[2..];
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && IsValid(year))
        {
            fiscalYear = new FiscalYear(year);
            return true;
        }

        return false;
    }

    public int CompareTo(FiscalYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(FiscalYear left, FiscalYear right) => left.CompareTo(right) < 0;

    public static bool operator >(FiscalYear left, FiscalYear right) => left.CompareTo(right) > 0;

    public static bool operator <=(FiscalYear left, FiscalYear right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FiscalYear left, FiscalYear right) => left.CompareTo(right) >= 0;

    public override string ToString() => EnglishLabel;
}
