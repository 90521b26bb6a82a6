namespace AllJapanTokyo.Domain.Tourism;

/// <summary>Where a centre stands at a moment of Japan time.</summary>
public enum InfoCenterOpenState
{
    /// <summary>Nobody has given the centre's hours (and no closure covers the day).</summary>
    HoursNotGiven,
    OpenNow,
    OpensLaterToday,
    ClosedForTheDay,
    ClosedToday,
}

/// <summary>A centre's day: its state now, the hours that hold today and the closure that set them, if one did.</summary>
public sealed record InfoCenterDay(InfoCenterOpenState State, int? OpensMinute, int? ClosesMinute, InfoCenterClosure? Closure);

/// <summary>
/// The one reading of a centre's hours: a closure period covering the day decides it (closed, or its shortened hours);
/// otherwise the weekday's hours; a weekday without hours is a closing day, unless no weekday has any, which means
/// the hours were never given.
/// </summary>
public static class InfoCenterSchedule
{
    public const int MinutesPerDay = 24 * 60;

    public static InfoCenterDay At(IReadOnlyCollection<InfoCenterHours> hours, IEnumerable<InfoCenterClosure> closures, DateTime japanTime)
    {
        var today = DateOnly.FromDateTime(japanTime);
        var minute = japanTime.Hour * 60 + japanTime.Minute;
        if (closures.Where(c => c.Covers(today)).OrderBy(c => c.From).FirstOrDefault() is { } closure)
        {
            return closure.OpensMinute is { } o && closure.ClosesMinute is { } c
                ? new(StateAt(minute, o, c), o, c, closure)
                : new(InfoCenterOpenState.ClosedToday, null, null, closure);
        }

        if (hours.Count == 0)
        {
            return new(InfoCenterOpenState.HoursNotGiven, null, null, null);
        }

        return hours.FirstOrDefault(h => h.Day == japanTime.DayOfWeek) is { } day
            ? new(StateAt(minute, day.OpensMinute, day.ClosesMinute), day.OpensMinute, day.ClosesMinute, null)
            : new(InfoCenterOpenState.ClosedToday, null, null, null);
    }

    private static InfoCenterOpenState StateAt(int minute, int opens, int closes) =>
        minute < opens ? InfoCenterOpenState.OpensLaterToday : minute < closes ? InfoCenterOpenState.OpenNow : InfoCenterOpenState.ClosedForTheDay;

    /// <summary>A time as people type it ("9:00", "09:30", "24:00", full-width digits and colon accepted), in minutes; null when unreadable.</summary>
    public static int? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Normalize(System.Text.NormalizationForm.FormKC).Split(':');
        if (parts.Length != 2 || parts[0].Length is < 1 or > 2 || parts[1].Length != 2 || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var (h, m) = (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        return m < 60 && h * 60 + m <= MinutesPerDay ? h * 60 + m : null;
    }

    /// <summary>A time of the day as the portal writes it ("9:00", "24:00").</summary>
    public static string FormatTime(int minute) => $"{minute / 60}:{minute % 60:00}";

    /// <summary>
    /// A span of hours as typed ("9:00-18:00", with 〜, ～ or – also accepted): null with no problem when blank; refused
    /// when unreadable or when it does not close after it opens.
    /// </summary>
    public static (int Opens, int Closes)? ParseSpan(string? text, out bool refused)
    {
        refused = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Normalize(System.Text.NormalizationForm.FormKC).Split(['-', '~', '〜', '–', '—'], StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && ParseTime(parts[0]) is { } opens && ParseTime(parts[1]) is { } closes && opens < closes)
        {
            return (opens, closes);
        }

        refused = true;
        return null;
    }

    public static string FormatSpan(int opens, int closes) => $"{FormatTime(opens)}-{FormatTime(closes)}";
}
