using System.Globalization;
using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Reporting;

public enum RuleSeverity
{
    /// <summary>Needs follow-up (要確認); the report can still be submitted.</summary>
    Warning,

    /// <summary>Stops submission (and saving, for type and range errors).</summary>
    Blocking,
}

/// <summary>A finding on one field (FieldKey = "indicator" or "indicator:online") or on the whole report (null).</summary>
public sealed record RuleFinding(string? FieldKey, RuleSeverity Severity, string MessageJa, string MessageEn)
{
    public string Message => $"{MessageJa} / {MessageEn}";
}

/// <summary>One value as entered (already parsed), with the prefecture's own approved history for it.</summary>
public sealed record FieldValue(string IndicatorCode, bool OnlinePart, decimal? Value, decimal? HistoryMin = null, decimal? HistoryMax = null)
{
    public string Key => FieldKeys.Of(IndicatorCode, OnlinePart);
}

public static class FieldKeys
{
    public const string OnlineSuffix = ":online";

    public static string Of(string indicatorCode, bool onlinePart) => onlinePart ? indicatorCode + OnlineSuffix : indicatorCode;
}

/// <summary>
/// Every validation rule of fiscal-year reporting, in one place (DHIS2's validation rules and outlier detection):
/// types and ranges (blocking, also for drafts), rules between values (blocking on submission), and values outside the
/// prefecture's own min–max history (a warning: 要確認 / needs follow-up).
/// </summary>
public static class ValidationRules
{
    public const decimal MaxValue = 100_000_000m;

    public const int ReasonMaxLength = 500;

    /// <summary>Type and range of one typed figure: empty is allowed (not yet entered); otherwise a whole number from 0.</summary>
    public static RuleFinding? ParseValue(string key, string? text, out decimal? value)
    {
        value = null;
        var trimmed = (text ?? "").Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (trimmed.Length == 0)
        {
            return null;
        }

        // Full-width digits (０-９) are accepted as typed on a Japanese keyboard.
        trimmed = new string(trimmed.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray());
        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return new RuleFinding(key, RuleSeverity.Blocking, "数値を半角数字で入力してください。", "Enter a number.");
        }

        if (parsed < 0)
        {
            return new RuleFinding(key, RuleSeverity.Blocking, "0以上の数値を入力してください。", "Enter a number of 0 or more.");
        }

        if (parsed != decimal.Truncate(parsed))
        {
            return new RuleFinding(key, RuleSeverity.Blocking, "整数で入力してください。", "Enter a whole number.");
        }

        if (parsed > MaxValue)
        {
            return new RuleFinding(key, RuleSeverity.Blocking, "1億以下の数値を入力してください。", "Enter a number of at most 100,000,000.");
        }

        value = parsed;
        return null;
    }

    /// <summary>Rules on the whole report. <paramref name="forSubmission"/> adds completeness rules that drafts may break.</summary>
    public static IReadOnlyList<RuleFinding> Check(
        ActivityStatus? status,
        string? reason,
        IReadOnlyList<FieldValue> values,
        bool forSubmission)
    {
        var findings = new List<RuleFinding>();
        var byKey = values.ToDictionary(v => v.Key, v => v.Value);
        decimal? Of(string key) => byKey.TryGetValue(key, out var v) ? v : null;
        var missing = status is ActivityStatus.Cancelled or ActivityStatus.NotHeld;

        if (reason is { Length: > ReasonMaxLength })
        {
            findings.Add(new RuleFinding("ActivityReason", RuleSeverity.Blocking, "理由は500文字以内で入力してください。", "Keep the reason to 500 characters."));
        }

        if (missing)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                findings.Add(new RuleFinding("ActivityReason", RuleSeverity.Blocking, "中止・未実施の場合は理由を入力してください。", "Give the reason the activity was cancelled or not held."));
            }

            if (values.Any(v => v.Value is not null))
            {
                findings.Add(new RuleFinding(null, RuleSeverity.Blocking, "中止・未実施の年度は実績値を空欄にしてください（0は入力しません）。", "Leave the figures empty for a cancelled or not-held year (never 0)."));
            }

            return findings;
        }

        // The online part of a figure cannot exceed the figure (online exhibitors ≤ exhibitors).
        foreach (var online in values.Where(v => v.OnlinePart && v.Value is not null))
        {
            var total = Of(online.IndicatorCode);
            if (total is null)
            {
                findings.Add(new RuleFinding(online.Key, RuleSeverity.Blocking, "うちオンラインを入力した場合は合計も入力してください。", "Enter the total when you enter the online part."));
            }
            else if (online.Value > total)
            {
                findings.Add(new RuleFinding(online.Key, RuleSeverity.Blocking, "うちオンラインは合計以下にしてください。", "The online part cannot exceed the total."));
            }
        }

        // Participating cities need participating prefectures.
        if (Of("participating_cities") is > 0 && Of("participating_prefectures") is null or 0)
        {
            findings.Add(new RuleFinding("participating_prefectures", RuleSeverity.Blocking, "参加市数がある場合は参加都道府県数も入力してください。", "Participating cities need participating prefectures."));
        }

        // Business meetings without exhibitors are unusual but possible: a warning.
        if (Of("business_meetings") is > 0 && byKey.ContainsKey("exhibitors") && Of("exhibitors") is null or 0)
        {
            findings.Add(new RuleFinding("exhibitors", RuleSeverity.Warning, "商談数がありますが出展企業・団体数が空欄または0です。要確認。", "Business meetings are reported without exhibitors: needs follow-up."));
        }

        // Outliers: outside the prefecture's own min–max history (as DHIS2's min–max outlier detection).
        foreach (var value in values.Where(v => v.Value is not null && v.HistoryMin is not null && v.HistoryMax is not null))
        {
            if (value.Value < value.HistoryMin || value.Value > value.HistoryMax)
            {
                findings.Add(new RuleFinding(
                    value.Key,
                    RuleSeverity.Warning,
                    $"要確認：これまでの実績（{value.HistoryMin:#,0}〜{value.HistoryMax:#,0}）の範囲外です。",
                    $"Needs follow-up: outside this prefecture's history ({value.HistoryMin:#,0}–{value.HistoryMax:#,0})."));
            }
        }

        if (forSubmission)
        {
            if (status is null)
            {
                findings.Add(new RuleFinding("ActivityStatus", RuleSeverity.Blocking, "実施状況を選択してください。", "Choose whether the activity was held."));
            }

            if (values.Where(v => !v.OnlinePart).Any(v => v.Value is null))
            {
                findings.Add(new RuleFinding(null, RuleSeverity.Blocking, "提出の前にすべての実績値を入力してください。", "Enter every figure before submitting."));
            }
        }

        return findings;
    }
}
