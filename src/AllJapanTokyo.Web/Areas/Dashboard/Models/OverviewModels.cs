using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>
/// One prefecture's part in the programme in one fiscal year, for the map, the bar chart and the table: the value of
/// the chosen indicator (null: no figure, or Tokyo the organiser) and the initiatives it took part in.
/// </summary>
public sealed record PrefectureParticipationRow(
    PrefectureRef Prefecture,
    LocalizedText Region,
    IReadOnlyList<InitiativeRef> Initiatives,
    decimal? Value = null,
    ValueQualifier Qualifier = ValueQualifier.Exact)
{
    public bool IsTokyo => Prefecture.IsTokyo;
}

/// <summary>What a dashboard metric counts: the initiatives taken part in, the events held, or a reported figure.</summary>
public enum DashboardMetricKind
{
    /// <summary>参加施策数: the initiatives each prefecture took part in (the default).</summary>
    Initiatives,

    /// <summary>開催イベント数: events held in the prefecture (not cancelled, not synthetic).</summary>
    Events,

    /// <summary>A prefecture-level figure of an initiative.</summary>
    Figure,
}

/// <summary>
/// What the dashboard maps: <c>initiatives</c> (参加施策数), <c>events</c> (events held in the prefecture) or a
/// prefecture-level figure of an initiative, coded <c>{initiative}:{indicator}</c> (e.g. <c>2-4:business_meetings</c>),
/// with the indicator's label and unit. The web layer names it in the reader's language (DashboardText).
/// </summary>
public sealed record DashboardMetric(string Code, DashboardMetricKind Kind, InitiativeRef? Initiative = null, LocalizedText? Label = null, LocalizedText? Unit = null)
{
    /// <summary>The metric the dashboard shows when none (or an unknown one) is asked for.</summary>
    public const string InitiativesCode = "initiatives";

    public const string EventsCode = "events";

    public static DashboardMetric Initiatives { get; } = new(InitiativesCode, DashboardMetricKind.Initiatives);

    public static DashboardMetric Events { get; } = new(EventsCode, DashboardMetricKind.Events);

    public static DashboardMetric Figure(InitiativeRef initiative, string indicatorCode, LocalizedText label, LocalizedText unit) =>
        new($"{initiative.Code}:{indicatorCode}", DashboardMetricKind.Figure, initiative, label, unit);
}

/// <summary>
/// /dashboard?fy=2020&amp;indicator=…: the data of one fiscal year and indicator (the same for every view, sort,
/// highlight and language). <see cref="UnknownIndicator"/> is an indicator asked for that the year does not offer.
/// </summary>
public sealed record DashboardOverview(
    int FiscalYear,
    IReadOnlyList<int> FiscalYears,
    DashboardMetric Metric,
    IReadOnlyList<DashboardMetric> Metrics,
    string? UnknownIndicator,
    IReadOnlyList<PrefectureTile> Prefectures,
    IReadOnlyList<PrefectureParticipationRow> Rows,
    IReadOnlyList<IndicatorFigureRow> ProgrammeFigures)
{
    public int ParticipatingPrefectures => Rows.Count(r => !r.IsTokyo && r.Initiatives.Count > 0);
}

/// <summary>
/// Something asked of a dashboard page that it cannot show; the page says so (DashboardText) and shows its default.
/// </summary>
public abstract record DashboardProblem
{
    private DashboardProblem()
    {
    }

    /// <summary>A fiscal year outside <paramref name="First"/>–<paramref name="Last"/>; <paramref name="Shown"/> is shown instead.</summary>
    public sealed record UnknownFiscalYear(string Asked, int First, int Last, int Shown) : DashboardProblem;

    /// <summary>An indicator the year does not offer; <paramref name="Shown"/> is shown instead.</summary>
    public sealed record UnknownIndicator(string Asked, DashboardMetric Shown) : DashboardProblem;

    /// <summary>A view other than map or bars.</summary>
    public sealed record UnknownView(string Asked) : DashboardProblem;

    /// <summary>A sort other than code or value.</summary>
    public sealed record UnknownSort(string Asked) : DashboardProblem;

    /// <summary>A highlight that is no prefecture code.</summary>
    public sealed record UnknownPrefecture(string Asked) : DashboardProblem;
}
