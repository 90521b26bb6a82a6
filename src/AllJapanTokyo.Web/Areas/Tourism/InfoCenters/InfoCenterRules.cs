using System.Globalization;
using AllJapanTokyo.Domain.Tourism;

namespace AllJapanTokyo.Web.Areas.Tourism.InfoCenters;

/// <summary>Why a centre's field was refused; the web layer words it.</summary>
public enum InfoCenterProblem
{
    NotYourPrefecture,
    TooLong,
    UnknownCategory,
    UnknownLanguage,
    NotHours,
    UnknownCenter,
    DateRequired,
    PeriodReversed,
    ReasonRequired,
}

/// <summary>A refused field (the CSV column's name), with its problem.</summary>
public sealed record InfoCenterFieldProblem(string Field, InfoCenterProblem Problem);

/// <summary>
/// A centre's staff-kept fields as typed, in the form or as a CSV line: the same fields under the CSV's column names,
/// one set of rules for both. A weekday's hours are "9:00-18:00"; blank or 「休」 is a closing day, and a centre with
/// no weekday given has no hours on the portal ("hours not given").
/// </summary>
public sealed class InfoCenterInput
{
    public static readonly IReadOnlyList<string> Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static readonly IReadOnlyList<string> Columns = ["name_ja", "address_ja", "jnto_category", "languages", .. Weekdays];

    public string? NameJa { get; set; }
    public string? AddressJa { get; set; }
    public string? JntoCategory { get; set; }
    public string? Languages { get; set; }

    /// <summary>Monday to Sunday, as <see cref="Weekdays"/>.</summary>
    public string?[] Hours { get; set; } = new string?[7];

    public static DayOfWeek DayOf(int index) => (DayOfWeek)((index + 1) % 7);

    public static InfoCenterInput From(TouristInfoCenter center) => new()
    {
        NameJa = center.NameJa,
        AddressJa = center.AddressJa,
        JntoCategory = CategoryText(center.JntoCategory),
        Languages = center.Languages,
        Hours = Enumerable.Range(0, 7)
            .Select(i => center.Hours.FirstOrDefault(h => h.Day == DayOf(i)) is { } h ? InfoCenterSchedule.FormatSpan(h.OpensMinute, h.ClosesMinute) : center.Hours.Count == 0 ? null : "休")
            .ToArray(),
    };

    public static string? CategoryText(JntoCategory? category) => category switch
    {
        Domain.Tourism.JntoCategory.PartnerFacility => "partner",
        { } c => ((int)c).ToString(CultureInfo.InvariantCulture),
        null => null,
    };
}

/// <summary>A temporary closure or shortened hours as typed: dates "2020-04-08", hours as a weekday's or blank (closed).</summary>
public sealed record InfoCenterClosureInput(string? From, string? Until, string? Hours, string? Reason);

/// <summary>The rules of a centre's entry, shared by the form and the CSV import.</summary>
public static class InfoCenterRules
{
    private static readonly string[] ClosedWords = ["休", "休み", "定休日", "closed", "-"];

    /// <summary>Checks the input and, when it passes, writes it into <paramref name="center"/> (its hours replaced whole).</summary>
    public static List<InfoCenterFieldProblem> Apply(InfoCenterInput input, TouristInfoCenter center)
    {
        var problems = new List<InfoCenterFieldProblem>();
        var address = Trim(input.AddressJa);
        if (address is { Length: > TouristInfoCenter.AddressMaxLength })
        {
            problems.Add(new("address_ja", InfoCenterProblem.TooLong));
        }

        JntoCategory? category = Trim(input.JntoCategory)?.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant() switch
        {
            null => null,
            "1" or "i" or "カテゴリーi" => JntoCategory.Category1,
            "2" or "ii" or "カテゴリーii" => JntoCategory.Category2,
            "3" or "iii" or "カテゴリーiii" => JntoCategory.Category3,
            "partner" or "パートナー施設" => JntoCategory.PartnerFacility,
            _ => (JntoCategory)(-1),
        };
        if (category is (JntoCategory)(-1))
        {
            problems.Add(new("jnto_category", InfoCenterProblem.UnknownCategory));
        }

        var languages = (Trim(input.Languages) ?? "").Split([',', '、', ' '], StringSplitOptions.RemoveEmptyEntries).Select(l => l.ToLowerInvariant()).Distinct().ToList();
        if (languages.Any(l => !InfoCenterLanguages.All.Contains(l)))
        {
            problems.Add(new("languages", InfoCenterProblem.UnknownLanguage));
        }

        var hours = new List<InfoCenterHours>();
        for (var i = 0; i < 7; i++)
        {
            var typed = Trim(input.Hours.ElementAtOrDefault(i));
            if (typed is null || ClosedWords.Contains(typed, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (InfoCenterSchedule.ParseSpan(typed, out _) is { } span)
            {
                hours.Add(new InfoCenterHours { Day = InfoCenterInput.DayOf(i), OpensMinute = span.Opens, ClosesMinute = span.Closes });
            }
            else
            {
                problems.Add(new(InfoCenterInput.Weekdays[i], InfoCenterProblem.NotHours));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        center.AddressJa = address;
        center.JntoCategory = category;
        center.Languages = string.Join(",", InfoCenterLanguages.All.Where(languages.Contains));
        center.Hours.Clear();
        center.Hours.AddRange(hours);
        return problems;
    }

    /// <summary>Checks a closure; null with its problems when refused.</summary>
    public static InfoCenterClosure? Closure(InfoCenterClosureInput input, List<InfoCenterFieldProblem> problems)
    {
        var from = Date(input.From, "from", problems);
        var until = Date(input.Until, "until", problems);
        if (from is { } f && until is { } u && u < f)
        {
            problems.Add(new("until", InfoCenterProblem.PeriodReversed));
        }

        var span = InfoCenterSchedule.ParseSpan(input.Hours, out var refused);
        if (refused)
        {
            problems.Add(new("hours", InfoCenterProblem.NotHours));
        }

        var reason = Trim(input.Reason);
        if (reason is null)
        {
            problems.Add(new("reason", InfoCenterProblem.ReasonRequired));
        }
        else if (reason.Length > TouristInfoCenter.ReasonMaxLength)
        {
            problems.Add(new("reason", InfoCenterProblem.TooLong));
        }

        return problems.Count > 0 ? null : new InfoCenterClosure
        {
            From = from!.Value,
            Until = until!.Value,
            OpensMinute = span?.Opens,
            ClosesMinute = span?.Closes,
            ReasonJa = reason!,
        };
    }

    private static DateOnly? Date(string? text, string field, List<InfoCenterFieldProblem> problems)
    {
        if (DateOnly.TryParseExact(Trim(text)?.Normalize(System.Text.NormalizationForm.FormKC), ["yyyy-MM-dd", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new(field, InfoCenterProblem.DateRequired));
        return null;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
