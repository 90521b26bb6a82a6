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

    public static string Date(PartialDate? date) => date is null ? "—" : IsEnglish ? date.ToEnglish() : date.ToJapanese();

    public static string Period(PartialDate? start, PartialDate? end) =>
        start is null ? "—" : end is null ? Date(start) : $"{Date(start)}～{Date(end)}";

    public static string Yen(long? amount) => amount is null ? "—" : IsEnglish
        ? $"¥{amount.Value.ToString("#,0", CultureInfo.InvariantCulture)}"
        : $"{amount.Value.ToString("#,0", CultureInfo.InvariantCulture)}円";

    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>Instants are stored in UTC and shown in Japan time.</summary>
    public static string JapanTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Tokyo).ToString(IsEnglish ? "d MMM yyyy HH:mm" : "yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
