using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.Web.Areas.Reporting.History;

public sealed record AuditRow(
    DateTime ChangedAtUtc,
    string ChangedBy,
    AuditAction Action,
    string? IndicatorCode,
    string? IndicatorLabelJa,
    string? IndicatorLabelEn,
    string FormatPart,
    string? OldValue,
    string? NewValue,
    string? Comment);

public sealed record HistoryPage(
    int FiscalYear,
    string InitiativeCode,
    string InitiativeTitleJa,
    string InitiativeTitleEn,
    string PrefectureCode,
    string PrefectureNameJa,
    string PrefectureNameEn,
    string? Indicator,
    IReadOnlyList<AuditRow> Rows);
