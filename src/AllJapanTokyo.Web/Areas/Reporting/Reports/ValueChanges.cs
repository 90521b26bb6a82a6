using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.Web.Areas.Reporting.Reports;

/// <summary>What one save or import does to a report's values: rows to add, change and remove, and their audit rows.</summary>
public sealed record ValueChanges(List<IndicatorValue> Added, List<IndicatorValue> Changed, List<int> RemovedIds, List<ReportingAuditEntry> Audit)
{
    public ValueChanges()
        : this([], [], [], [])
    {
    }

    public void AddRange(ValueChanges other)
    {
        Added.AddRange(other.Added);
        Changed.AddRange(other.Changed);
        RemovedIds.AddRange(other.RemovedIds);
        Audit.AddRange(other.Audit);
    }

    /// <summary>
    /// Brings the stored values (read without tracking) in line with the parsed input and the report's state: one audit
    /// row per changed value, and every kept value follows the report's review state. Nothing is written here.
    /// </summary>
    public static ValueChanges Plan(
        ReportSubmission submission,
        IEnumerable<FieldSlot> fields,
        IReadOnlyDictionary<string, ParsedField> parsed,
        ActivityStatus? status,
        IReadOnlyList<IndicatorValue> stored,
        string by,
        DateTime now,
        AuditAction action)
    {
        var changes = new ValueChanges();
        var missing = status.DidNotTakePlace();
        var planned = new HashSet<IndicatorValue>(ReferenceEqualityComparer.Instance);
        foreach (var field in fields)
        {
            var (value, qualifier, comment) = parsed.GetValueOrDefault(field.Key);
            var existing = stored.FirstOrDefault(v => v.IndicatorCode == field.IndicatorCode && IsOnline(v) == field.OnlinePart);
            var oldText = existing is null ? null : ValueText(existing.ActivityStatus, existing.Value, existing.Qualifier);
            // A cancelled or not-held year keeps one row per total carrying the status, never a zero figure.
            var keep = value is not null || missing && !field.OnlinePart;
            var newValue = value ?? 0;
            var newStatus = missing ? status : status ?? existing?.ActivityStatus;
            var newText = keep ? ValueText(newStatus, newValue, qualifier) : null;
            if (!keep)
            {
                if (existing is not null)
                {
                    changes.RemovedIds.Add(existing.Id);
                    planned.Add(existing);
                    changes.Audit.Add(AuditEntry(submission, action, field.IndicatorCode, field.OnlinePart, oldText, null, comment, by, now));
                }

                continue;
            }

            if (existing is null)
            {
                changes.Added.Add(new IndicatorValue
                {
                    InitiativeCode = submission.InitiativeCode,
                    FiscalYear = submission.FiscalYear,
                    IndicatorCode = field.IndicatorCode,
                    PrefectureCode = submission.PrefectureCode,
                    Format = field.OnlinePart ? EventFormat.Online : null,
                    IsOnlinePart = field.OnlinePart,
                    Value = newValue,
                    Qualifier = qualifier,
                    ActivityStatus = newStatus,
                    NoteJa = comment,
                    ReviewState = submission.State,
                    IsSynthetic = submission.IsSynthetic,
                });
                changes.Audit.Add(AuditEntry(submission, action, field.IndicatorCode, field.OnlinePart, null, newText, comment, by, now));
                continue;
            }

            planned.Add(existing);
            if (existing.Value == newValue && existing.Qualifier == qualifier && existing.ActivityStatus == newStatus
                && existing.NoteJa == comment && existing.ReviewState == submission.State)
            {
                continue;
            }

            if (oldText != newText || existing.NoteJa != comment)
            {
                changes.Audit.Add(AuditEntry(submission, action, field.IndicatorCode, field.OnlinePart, oldText, newText, comment, by, now));
            }

            existing.Value = newValue;
            existing.Qualifier = qualifier;
            existing.ActivityStatus = newStatus;
            existing.NoteJa = comment;
            existing.ReviewState = submission.State;
            existing.Version = Guid.NewGuid();
            changes.Changed.Add(existing);
        }

        // Values the form no longer lists (an indicator taken off the form) still follow the report's state.
        foreach (var other in stored.Where(v => !planned.Contains(v) && v.ReviewState != submission.State))
        {
            other.ReviewState = submission.State;
            other.Version = Guid.NewGuid();
            changes.Changed.Add(other);
        }

        return changes;
    }

    /// <summary>Whether a stored value is the online part of its figure (the total is stored without a format).</summary>
    public static bool IsOnline(IndicatorValue value) => value.IsOnlinePart;

    public static ReportingAuditEntry AuditEntry(ReportSubmission submission, AuditAction action, string? indicator, bool online, string? oldValue, string? newValue, string? comment, string by, DateTime now) =>
        ReportingAuditEntry.Of(submission, action, by, now, indicator, online, oldValue, newValue, comment);

    /// <summary>A value as the audit trail records it (in Japanese, the language of the record): 「1,200以上」, 「中止」.</summary>
    public static string ValueText(ActivityStatus? status, decimal value, ValueQualifier qualifier) =>
        status.DidNotTakePlace()
            ? status!.Value.ToJapanese()
            : value.ToString("#,0.##", CultureInfo.InvariantCulture) + (qualifier == ValueQualifier.Exact ? "" : qualifier.ToJapanese());

    /// <summary>An instant as the audit trail records it (a lock exception's end): ISO 8601 in UTC, which pages show in Japan time.</summary>
    public static string InstantText(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>The instant of <see cref="InstantText"/>, or null for any other text.</summary>
    public static DateTime? ParseInstant(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-ddTHH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc) ? utc : null;

    /// <summary>The activity status with its reason as the audit trail records it: 「中止（会場が確保できなかったため）」.</summary>
    public static string? StatusText(ActivityStatus? status, string? reason) =>
        status is null ? null : status.Value.ToJapanese() + (reason is null ? "" : "（" + reason + "）");
}
