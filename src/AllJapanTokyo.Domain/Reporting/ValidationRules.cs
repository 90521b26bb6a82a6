using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Reporting;

public enum RuleSeverity
{
    /// <summary>Needs follow-up (要確認); the report can still be submitted.</summary>
    Warning,

    /// <summary>Stops submission (and saving, for type and range errors).</summary>
    Blocking,
}

/// <summary>
/// A finding on one field (FieldKey = "indicator", "indicator:online", <see cref="FieldKeys.ActivityStatus"/> or
/// <see cref="FieldKeys.ActivityReason"/>) or on the whole report (null).
/// </summary>
public sealed record RuleFinding(string? FieldKey, RuleSeverity Severity, ReportingProblem Problem);

/// <summary>One value as entered (already parsed), with the prefecture's own approved history for it.</summary>
public sealed record FieldValue(string IndicatorCode, bool OnlinePart, decimal? Value, decimal? HistoryMin = null, decimal? HistoryMax = null)
{
    public string Key => FieldKeys.Of(IndicatorCode, OnlinePart);
}

public static class FieldKeys
{
    public const string OnlineSuffix = ":online";

    public const string ActivityStatus = "ActivityStatus";

    public const string ActivityReason = "ActivityReason";

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

    /// <summary>
    /// Type and range of one typed figure, by the portal's one rule for numbers (<see cref="TypedNumber"/>, as a whole
    /// count: full-width digits and separators accepted): empty is allowed (not yet entered); otherwise a whole number
    /// from 0 to <see cref="MaxValue"/>.
    /// </summary>
    public static RuleFinding? ParseValue(string key, string? text, out decimal? value)
    {
        ReportingProblem? problem = TypedNumber.TryParseCount(text, MaxValue, out value) switch
        {
            null => null,
            NumberProblem.NotANumber => new ReportingProblem.NotANumber(),
            NumberProblem.Negative => new ReportingProblem.Negative(),
            NumberProblem.NotWhole => new ReportingProblem.NotWhole(),
            NumberProblem.TooLarge => new ReportingProblem.TooLarge(MaxValue),
            var other => throw new ArgumentOutOfRangeException(nameof(text), other, "A problem TypedNumber does not give."),
        };
        return problem is null ? null : new RuleFinding(key, RuleSeverity.Blocking, problem);
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
        var missing = status.DidNotTakePlace();

        if (reason is { Length: > ReasonMaxLength })
        {
            findings.Add(new RuleFinding(FieldKeys.ActivityReason, RuleSeverity.Blocking, new ReportingProblem.ReasonTooLong(ReasonMaxLength)));
        }

        if (missing)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                findings.Add(new RuleFinding(FieldKeys.ActivityReason, RuleSeverity.Blocking, new ReportingProblem.ReasonRequired()));
            }

            if (values.Any(v => v.Value is not null))
            {
                findings.Add(new RuleFinding(null, RuleSeverity.Blocking, new ReportingProblem.FiguresForMissingActivity()));
            }

            return findings;
        }

        // The online part of a figure cannot exceed the figure (online exhibitors ≤ exhibitors).
        foreach (var online in values.Where(v => v.OnlinePart && v.Value is not null))
        {
            var total = Of(online.IndicatorCode);
            if (total is null)
            {
                findings.Add(new RuleFinding(online.Key, RuleSeverity.Blocking, new ReportingProblem.SubsetWithoutTotal()));
            }
            else if (online.Value > total)
            {
                findings.Add(new RuleFinding(online.Key, RuleSeverity.Blocking, new ReportingProblem.SubsetExceedsTotal()));
            }
        }

        // Participating cities need participating prefectures.
        if (Of("participating_cities") is > 0 && Of("participating_prefectures") is null or 0)
        {
            findings.Add(new RuleFinding("participating_prefectures", RuleSeverity.Blocking, new ReportingProblem.CitiesWithoutPrefectures()));
        }

        // Business meetings without exhibitors are unusual but possible: a warning.
        if (Of("business_meetings") is > 0 && byKey.ContainsKey("exhibitors") && Of("exhibitors") is null or 0)
        {
            findings.Add(new RuleFinding("exhibitors", RuleSeverity.Warning, new ReportingProblem.MeetingsWithoutExhibitors()));
        }

        // Outliers: outside the prefecture's own min–max history (as DHIS2's min–max outlier detection).
        foreach (var value in values)
        {
            if (value is { Value: { } figure, HistoryMin: { } min, HistoryMax: { } max } && (figure < min || figure > max))
            {
                findings.Add(new RuleFinding(value.Key, RuleSeverity.Warning, new ReportingProblem.OutsideHistory(min, max)));
            }
        }

        if (forSubmission)
        {
            if (status is null)
            {
                findings.Add(new RuleFinding(FieldKeys.ActivityStatus, RuleSeverity.Blocking, new ReportingProblem.StatusRequired()));
            }

            if (values.Where(v => !v.OnlinePart).Any(v => v.Value is null))
            {
                findings.Add(new RuleFinding(null, RuleSeverity.Blocking, new ReportingProblem.FiguresMissing()));
            }
        }

        return findings;
    }
}
