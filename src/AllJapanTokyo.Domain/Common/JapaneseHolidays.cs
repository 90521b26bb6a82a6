namespace AllJapanTokyo.Domain.Common;

/// <summary>
/// Japan's public holidays (国民の祝日) for the years the portal covers, 2016 to 2030, computed from the Act on National
/// Holidays (国民の祝日に関する法律) as amended: its fixed dates, its Mondays (ハッピーマンデー), the equinox days by the
/// usual astronomical approximation (the National Astronomical Observatory announces each year's a year ahead; years
/// not yet announced are predicted), substitute holidays (振替休日) and the citizens' holiday between two holidays, plus
/// the one-off days of the enthronement (2019) and the Tokyo Games (2020, 2021, by their special measures acts). The
/// Cabinet Office's list (内閣府「国民の祝日について」) is the reference to compare with when a year is announced.
/// Nothing is fetched at run time; outside the covered years no day is a holiday, so a shop that closes on holidays is
/// then judged by its weekdays alone.
/// </summary>
public static class JapaneseHolidays
{
    public const int FirstYear = 2016, LastYear = 2030;

    private static readonly Lazy<HashSet<DateOnly>> All = new(() =>
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).SelectMany(Of).ToHashSet());

    public static bool IsHoliday(DateOnly day) => All.Value.Contains(day);

    /// <summary>The public holidays of a year, substitute and citizens' holidays included.</summary>
    public static IEnumerable<DateOnly> Of(int year)
    {
        var named = Named(year).ToHashSet();
        var days = new HashSet<DateOnly>(named);

        // A holiday on a Sunday gives the next day that is not a holiday (振替休日).
        foreach (var day in named.Where(d => d.DayOfWeek == DayOfWeek.Sunday))
        {
            var next = day.AddDays(1);
            while (named.Contains(next))
            {
                next = next.AddDays(1);
            }

            days.Add(next);
        }

        // A day between two holidays is itself a holiday (国民の休日), e.g. in a September with a Tuesday equinox.
        foreach (var day in named.Select(d => d.AddDays(1)))
        {
            if (!named.Contains(day) && named.Contains(day.AddDays(1)) && day.DayOfWeek != DayOfWeek.Sunday)
            {
                days.Add(day);
            }
        }

        return days.Where(d => d.Year == year).OrderBy(d => d);
    }

    private static IEnumerable<DateOnly> Named(int year)
    {
        DateOnly On(int month, int day) => new(year, month, day);
        DateOnly Monday(int month, int nth)
        {
            var first = new DateOnly(year, month, 1);
            return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7 + 7 * (nth - 1));
        }

        yield return On(1, 1);
        yield return Monday(1, 2);
        yield return On(2, 11);
        if (year >= 2020)
        {
            yield return On(2, 23);
        }

        yield return On(3, Equinox(year, 20.8431));
        yield return On(4, 29);
        yield return On(5, 3);
        yield return On(5, 4);
        yield return On(5, 5);
        yield return year switch
        {
            2020 => On(7, 23),
            2021 => On(7, 22),
            _ => Monday(7, 3),
        };
        yield return year switch
        {
            2020 => On(8, 10),
            2021 => On(8, 8),
            _ => On(8, 11),
        };
        yield return Monday(9, 3);
        yield return On(9, Equinox(year, 23.2488));
        yield return year switch
        {
            2020 => On(7, 24),
            2021 => On(7, 23),
            _ => Monday(10, 2),
        };
        yield return On(11, 3);
        yield return On(11, 23);
        if (year <= 2018)
        {
            yield return On(12, 23);
        }

        if (year == 2019)
        {
            yield return On(5, 1);
            yield return On(10, 22);
        }
    }

    /// <summary>The day of the vernal (20.8431) or autumnal (23.2488) equinox in 1980–2099.</summary>
    private static int Equinox(int year, double constant) =>
        (int)(constant + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));
}
