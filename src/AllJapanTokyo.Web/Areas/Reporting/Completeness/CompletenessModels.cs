using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Reporting.Completeness;

public sealed record CompletenessCell(string PrefectureCode, ReviewState State, bool Started, bool Late);

public sealed record CompletenessRow(string InitiativeCode, LocalizedText Title, IReadOnlyDictionary<string, CompletenessCell> Cells)
{
    public int Expected => Cells.Count;

    public int Draft => Cells.Values.Count(c => c.State is ReviewState.Draft or ReviewState.Returned && c.Started);

    public int Submitted => Cells.Values.Count(c => c.State == ReviewState.Submitted);

    public int Approved => Cells.Values.Count(c => c.State == ReviewState.Approved);

    public int Late => Cells.Values.Count(c => c.Late);
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
