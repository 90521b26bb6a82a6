using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Fairs.Models;

/// <summary>A fairs measure (施策) as the progress report names it; the programme name exists in Japanese only.</summary>
public sealed record FairsInitiative(string Code, LocalizedText Title, string ProgrammeJa, int? SinceFiscalYear);

/// <summary>A count with the precision the source gives it (exact, 以上, 約).</summary>
public sealed record ReportedCount(int Value, ValueQualifier Qualifier);

/// <summary>
/// One published figure of a measure for a fiscal year (approved, never synthetic). A cancelled or not-held year
/// is shown by its status and the report's sentence, never as a zero.
/// </summary>
public sealed record FairsFigure(
    string InitiativeCode,
    int FiscalYear,
    string IndicatorCode,
    LocalizedText Label,
    decimal Value,
    ValueQualifier Qualifier,
    LocalizedText Unit,
    ActivityStatus? Status,
    EventFormat? Format,
    PrefectureOption? Prefecture,
    string? NoteJa,
    IReadOnlyList<PrefectureOption> NamedPrefectures,
    bool OnlinePart = false)
{
    public bool IsActivityMissing => Status.DidNotTakePlace();

    public string StatusCssClass => Status switch
    {
        ActivityStatus.Cancelled => "status-cancelled",
        ActivityStatus.NotHeld => "status-not-held",
        _ => "",
    };
}

/// <summary>A fair, business meeting or festival of a fairs measure, with what is known of it (names and venues in Japanese).</summary>
public sealed record FairsEvent(
    int Id,
    string InitiativeCode,
    int FiscalYear,
    string NameJa,
    PartialDate? Start,
    PartialDate? End,
    string? VenueJa,
    PrefectureOption? Host,
    EventFormat? Format,
    ActivityStatus Status,
    string? CancelReasonJa,
    ReportedCount? Exhibitors,
    ReportedCount? BusinessMeetings,
    ReportedCount? ParticipatingPrefectures,
    ReportedCount? Visitors,
    string? PartnersJa,
    string? NoteJa)
{
    public bool IsActivityMissing => Status.DidNotTakePlace();

    public string StatusCssClass => Status switch
    {
        ActivityStatus.Cancelled => "status-cancelled",
        ActivityStatus.NotHeld => "status-not-held",
        _ => "",
    };

    /// <summary>Chronological order; events known only to the year keep the order of the report.</summary>
    public static IEnumerable<FairsEvent> InDateOrder(IEnumerable<FairsEvent> events) =>
        events.OrderBy(e => e.Start?.ToString() ?? "9999", StringComparer.Ordinal).ThenBy(e => e.Id);
}

public sealed record FairsInitiativeYear(FairsInitiative Initiative, IReadOnlyList<FairsFigure> Figures, IReadOnlyList<FairsEvent> Events);

public sealed record FairsFiscalYearGroup(int FiscalYear, IReadOnlyList<FairsInitiativeYear> Initiatives);

/// <summary>/fairs: events and figures by fiscal year (newest first) and measure, with the filter as asked.</summary>
public sealed record FairsIndexViewModel(
    IReadOnlyList<int> FiscalYearOptions,
    IReadOnlyList<FairsInitiative> InitiativeOptions,
    int? SelectedFiscalYear,
    string? SelectedInitiative,
    IReadOnlyList<FairsFilterProblem> Problems,
    IReadOnlyList<FairsFiscalYearGroup> Years)
{
    public bool IsFiltered => SelectedFiscalYear is not null || SelectedInitiative is not null;
}

public sealed record FairsParticipation(PrefectureOption Prefecture, ParticipationRole Role);

/// <summary>/fairs/events/{id}.</summary>
public sealed record FairsEventViewModel(
    FairsEvent Event,
    FairsInitiative Initiative,
    IReadOnlyList<FairsParticipation> Participations,
    IReadOnlyList<FairsFigure> Figures);

/// <summary>Where a fiscal year stands for a measure on its own page.</summary>
public enum FairsYearState
{
    BeforeStart,
    NotReported,
    Reported,
}

public sealed record FairsYearRow(int FiscalYear, FairsYearState State, IReadOnlyList<FairsFigure> Figures, IReadOnlyList<FairsEvent> Events)
{
    public IReadOnlyList<FairsFigure> FiguresFor(FairsIndicatorColumn column) =>
        Figures.Where(f => f.IndicatorCode == column.Code && f.OnlinePart == column.OnlinePart).ToList();

    /// <summary>The report's own sentences for the year's figures, each once.</summary>
    public IReadOnlyList<string> Notes => Figures.Select(f => f.NoteJa).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>A column of the year-by-year table: an indicator, or the part of it held online (a column of its own, never added in).</summary>
public sealed record FairsIndicatorColumn(string Code, LocalizedText Label, bool OnlinePart = false);

/// <summary>/fairs/initiatives/{code}: one measure across the fiscal years of the project.</summary>
public sealed record FairsInitiativeViewModel(
    FairsInitiative Initiative,
    IReadOnlyList<FairsIndicatorColumn> Indicators,
    IReadOnlyList<FairsYearRow> Years)
{
    public IReadOnlyList<FairsEvent> Events => Years.OrderByDescending(y => y.FiscalYear).SelectMany(y => y.Events).ToList();
}

/// <summary>The events table partial: the events, the table caption, and whether to show a fiscal-year column.</summary>
public sealed record FairsEventsTable(IReadOnlyList<FairsEvent> Events, string Caption, bool ShowFiscalYear = false);

/// <summary>The figures table partial: the published figures of one measure and the table caption.</summary>
public sealed record FairsFiguresTable(IReadOnlyList<FairsFigure> Figures, string Caption);
