using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Web.Areas.Reporting.Reports;

namespace AllJapanTokyo.Web.Areas.Reporting.History;

/// <summary>
/// One row of the audit trail. The old and new values and the comment are the record as written (in Japanese: 「中止」,
/// 「1,200以上」); the indicator's label is reference data in the reader's language; a new deadline (a lock exception's)
/// is an instant, shown in Japan time like every other.
/// </summary>
public sealed record AuditRow(
    DateTime ChangedAtUtc,
    string ChangedBy,
    AuditAction Action,
    string? IndicatorCode,
    LocalizedText? IndicatorLabel,
    bool OnlinePart,
    string? OldValue,
    string? NewValue,
    string? Comment,
    DateTime? NewDeadlineUtc = null);

public sealed record HistoryPage(
    ReportKey Key,
    LocalizedText InitiativeTitle,
    LocalizedText PrefectureName,
    string? Indicator,
    IReadOnlyList<AuditRow> Rows);
