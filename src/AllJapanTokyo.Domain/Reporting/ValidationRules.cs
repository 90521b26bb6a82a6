using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Prefectures;

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

/// <summary>
/// One value as entered (already parsed), with the prefecture's own approved history for it: its min–max and the
/// previous fiscal year's value, and whether the value carries a comment that explains it.
/// </summary>
public sealed record FieldValue(
    string IndicatorCode,
    bool OnlinePart,
    decimal? Value,
    decimal? HistoryMin = null,
    decimal? HistoryMax = null,
    decimal? PreviousYear = null,
    bool Explained = false)
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
/// types and ranges (blocking, also for drafts), rules between values (blocking on submission: a part never exceeds
/// its total, a count of prefectures never exceeds 47), and plausibility warnings (要確認 / needs follow-up): a value
/// outside the prefecture's own min–max history, and a value more than ten times or under a tenth of the prefecture's
/// approved value of the previous fiscal year, which submission accepts only with a comment on that value.
/// </summary>
public static class ValidationRules
{
    public const decimal MaxValue = 100_000_000m;

    public const int ReasonMaxLength = 500;

    /// <summary>The indicator that counts prefectures (参加都道府県数): never more than there are.</summary>
    public const string PrefectureCountIndicator = "participating_prefectures";

    /// <summary>How far from the previous year's value a figure may move before it asks for an explanation.</summary>
    public const decimal PlausibleFactor = 10m;

    /// <summary>
    /// Type and range of one typed figure, by the one rule for typed numbers (<see cref="TypedNumber"/>): empty is
    /// allowed (not yet entered); otherwise a whole number from 0, full-width digits and separators as typed.
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

        // A count of prefectures cannot exceed the 47 there are.
        foreach (var count in values.Where(v => v.IndicatorCode == PrefectureCountIndicator && v.Value > Prefecture.Count))
        {
            findings.Add(new RuleFinding(count.Key, RuleSeverity.Blocking, new ReportingProblem.TooManyPrefectures(Prefecture.Count)));
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

        // Far from the previous year (over ten times, under a tenth): a warning, and submission needs a comment on the value.
        foreach (var value in values)
        {
            if (value is not { Value: { } figure, PreviousYear: > 0 and var previous })
            {
                continue;
            }

            ReportingProblem? jump = figure > previous * PlausibleFactor ? new ReportingProblem.AboveTenTimesPreviousYear(previous)
                : figure * PlausibleFactor < previous ? new ReportingProblem.BelowTenthOfPreviousYear(previous)
                : null;
            if (jump is not null)
            {
                findings.Add(new RuleFinding(value.Key, forSubmission && !value.Explained ? RuleSeverity.Blocking : RuleSeverity.Warning, jump));
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
