using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Reporting.Completeness;

/// <summary>One prefecture's report on one initiative, with its one status.</summary>
public sealed record CompletenessCell(string PrefectureCode, ReportStatus Status);

public sealed record CompletenessRow(string InitiativeCode, LocalizedText Title, IReadOnlyDictionary<string, CompletenessCell> Cells)
{
    /// <summary>The statuses in the order the summary counts them; together they make up the reports expected.</summary>
    public static IReadOnlyList<ReportStatus> Statuses { get; } = Enum.GetValues<ReportStatus>();

    public int Expected => Cells.Count;

    public int Count(ReportStatus status) => Cells.Values.Count(c => c.Status == status);
}

/// <param name="RemindersSent">How many reminders the official just sent (after the redirect), or null.</param>
public sealed record CompletenessPage(
    int FiscalYear,
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<PrefectureOption> Prefectures,
    IReadOnlyList<CompletenessRow> Rows,
    DateTime ClosesAtUtc,
    bool MayRemind,
    int? RemindersSent);
