namespace AllJapanTokyo.Domain.Reporting;

public enum AuditAction
{
    ValueChanged,
    StatusChanged,
    Submitted,
    Returned,
    Approved,
    LockExceptionOpened,
    Imported,

    /// <summary>Prefecture staff asked Tokyo to re-open entry on a closed report (the comment holds their reason).</summary>
    ReopeningRequested,

    /// <summary>A Tokyo official accepted a figure the portal computed (an event's exhibitors…) as the report's value.</summary>
    ComputedFigureAccepted,
}

/// <summary>
/// One recorded change (who, when, old, new, comment), written in the same transaction as the change. Append-only:
/// nothing in the portal updates or deletes these rows.
/// </summary>
public class ReportingAuditEntry
{
    /// <summary>The <see cref="FormatPart"/> of a change to the online part of a split figure.</summary>
    public const string OnlineFormatPart = "online";

    public long Id { get; set; }

    public int SubmissionId { get; set; }

    public int FiscalYear { get; set; }

    public required string InitiativeCode { get; init; }

    public required string PrefectureCode { get; init; }

    /// <summary>The value that changed; null for a change of the whole report (submitted, returned, approved…).</summary>
    public string? IndicatorCode { get; init; }

    /// <summary><see cref="OnlineFormatPart"/> for the online part of a split indicator, "" for the value itself.</summary>
    public string FormatPart { get; init; } = "";

    public AuditAction Action { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    public string? Comment { get; init; }

    public required string ChangedBy { get; init; }

    public DateTime ChangedAtUtc { get; init; }

    /// <summary>A change to <paramref name="submission"/> (saved, so that it has its id) by <paramref name="by"/> at <paramref name="atUtc"/>.</summary>
    public static ReportingAuditEntry Of(
        ReportSubmission submission, AuditAction action, string by, DateTime atUtc,
        string? indicator = null, bool online = false, string? oldValue = null, string? newValue = null, string? comment = null) =>
        new()
        {
            SubmissionId = submission.Id,
            FiscalYear = submission.FiscalYear,
            InitiativeCode = submission.InitiativeCode,
            PrefectureCode = submission.PrefectureCode,
            IndicatorCode = indicator,
            FormatPart = online ? OnlineFormatPart : "",
            Action = action,
            OldValue = oldValue,
            NewValue = newValue,
            Comment = comment,
            ChangedBy = by,
            ChangedAtUtc = atUtc,
        };
}
