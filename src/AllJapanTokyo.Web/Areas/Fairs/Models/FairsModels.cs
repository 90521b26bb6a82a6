using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Fairs.Models;

/// <summary>A prefecture to name and link to its profile page (/prefectures/{code}).</summary>
public sealed record PrefectureLink(string Code, string NameJa, string NameEn)
{
    public string Href => $"/prefectures/{Code}";

    public string Name => Display.Pick(NameJa, NameEn);
}

/// <summary>A fairs measure (施策) as the progress report names it.</summary>
public sealed record FairsInitiative(string Code, string TitleJa, string TitleEn, string ProgrammeJa, int? SinceFiscalYear)
{
    public string Title => Display.Pick(TitleJa, TitleEn);

    public string Href => $"/fairs/initiatives/{Code}";
}

/// <summary>A count with the precision the source gives it (exact, 以上, 約).</summary>
public sealed record ReportedCount(int Value, ValueQualifier Qualifier)
{
    /// <summary>「約4,000」「4,000以上」, or "about 4,000", "at least 4,000": the number alone, for table cells.</summary>
    public string Text
    {
        get
        {
            var number = Display.Number((decimal)Value);
            return (Qualifier, Display.IsEnglish) switch
            {
                (ValueQualifier.Approx, true) => $"about {number}",
                (ValueQualifier.AtLeast, true) => $"at least {number}",
                (ValueQualifier.Approx, false) => $"約{number}",
                (ValueQualifier.AtLeast, false) => $"{number}以上",
                _ => number,
            };
        }
    }
}

/// <summary>
/// One published figure of a measure for a fiscal year (approved, never synthetic). A cancelled or not-held year
/// is shown by its status and the report's sentence, never as a zero.
/// </summary>
public sealed record FairsFigure(
    string InitiativeCode,
    int FiscalYear,
    string IndicatorCode,
    string LabelJa,
    string LabelEn,
    decimal Value,
    ValueQualifier Qualifier,
    string UnitJa,
    string UnitEn,
    ActivityStatus? Status,
    EventFormat? Format,
    PrefectureLink? Prefecture,
    string? NoteJa,
    IReadOnlyList<PrefectureLink> NamedPrefectures)
{
    public bool IsActivityMissing => Status.DidNotTakePlace();

    public string Label => Display.Pick(LabelJa, LabelEn);

    /// <summary>「118企業・団体」「約4,000人」, or the status (「中止」「実施せず」) where the activity did not take place.</summary>
    public string Text => IsActivityMissing ? Display.Status(Status) : Display.Figure(Value, Qualifier, UnitJa, UnitEn);

    public string StatusCssClass => Status switch
    {
        ActivityStatus.Cancelled => "status-cancelled",
        ActivityStatus.NotHeld => "status-not-held",
        _ => "",
    };
}

/// <summary>A fair, business meeting or festival of a fairs measure, with what is known of it.</summary>
public sealed record FairsEvent(
    int Id,
    string InitiativeCode,
    int FiscalYear,
    string NameJa,
    PartialDate? Start,
    PartialDate? End,
    string? VenueJa,
    PrefectureLink? Host,
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
    public string Href => $"/fairs/events/{Id}";

    public bool IsActivityMissing => Status.DidNotTakePlace();

    public string StatusCssClass => Status switch
    {
        ActivityStatus.Cancelled => "status-cancelled",
        ActivityStatus.NotHeld => "status-not-held",
        _ => "",
    };

    /// <summary>A figure of a cancelled or not-held event is not a zero: it is simply not there.</summary>
    public static string CountText(ReportedCount? count) => count?.Text ?? "—";

    /// <summary>Chronological order; events known only to the year keep the order of the report.</summary>
    public static IEnumerable<FairsEvent> InDateOrder(IEnumerable<FairsEvent> events) =>
        events.OrderBy(e => e.Start?.ToString() ?? "9999", StringComparer.Ordinal).ThenBy(e => e.Id);
}

public sealed record FairsInitiativeYear(FairsInitiative Initiative, IReadOnlyList<FairsFigure> Figures, IReadOnlyList<FairsEvent> Events)
{
    /// <summary>The report's own sentences for the figures, each once.</summary>
    public IReadOnlyList<string> Notes => Figures.Select(f => f.NoteJa).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

public sealed record FairsFiscalYearGroup(int FiscalYear, IReadOnlyList<FairsInitiativeYear> Initiatives);

/// <summary>/fairs: events and figures by fiscal year (newest first) and measure, with the filter as asked.</summary>
public sealed record FairsIndexViewModel(
    IReadOnlyList<int> FiscalYearOptions,
    IReadOnlyList<FairsInitiative> InitiativeOptions,
    int? SelectedFiscalYear,
    string? SelectedInitiative,
    IReadOnlyList<string> Errors,
    IReadOnlyList<FairsFiscalYearGroup> Years)
{
    public bool IsFiltered => SelectedFiscalYear is not null || SelectedInitiative is not null;
}

public sealed record FairsParticipation(PrefectureLink Prefecture, ParticipationRole Role)
{
    public string RoleText => (Role, Display.IsEnglish) switch
    {
        (ParticipationRole.Host, false) => "開催地",
        (ParticipationRole.Exhibitor, false) => "出展",
        (ParticipationRole.Partner, false) => "連携",
        (ParticipationRole.Participant, false) => "参加",
        (ParticipationRole.Host, true) => "Host",
        (ParticipationRole.Exhibitor, true) => "Exhibitor",
        (ParticipationRole.Partner, true) => "Partner",
        _ => "Participant",
    };
}

/// <summary>/fairs/events/{id}.</summary>
public sealed record FairsEventViewModel(
    FairsEvent Event,
    FairsInitiative Initiative,
    IReadOnlyList<FairsParticipation> Participations,
    IReadOnlyList<FairsFigure> Figures)
{
    public IReadOnlyList<string> FigureNotes => Figures.Select(f => f.NoteJa).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>Where a fiscal year stands for a measure on its own page.</summary>
public enum FairsYearState
{
    BeforeStart,
    NotReported,
    Reported,
}

public sealed record FairsYearRow(int FiscalYear, FairsYearState State, IReadOnlyList<FairsFigure> Figures, IReadOnlyList<FairsEvent> Events)
{
    public IReadOnlyList<FairsFigure> FiguresFor(string indicatorCode) => Figures.Where(f => f.IndicatorCode == indicatorCode).ToList();

    public IReadOnlyList<string> Notes => Figures.Select(f => f.NoteJa).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

public sealed record FairsIndicatorColumn(string Code, string LabelJa, string LabelEn, string UnitJa, string UnitEn)
{
    public string Label => Display.Pick(LabelJa, LabelEn);

    public string Unit => Display.Pick(UnitJa, UnitEn);
}

/// <summary>/fairs/initiatives/{code}: one measure across the fiscal years of the project.</summary>
public sealed record FairsInitiativeViewModel(
    FairsInitiative Initiative,
    IReadOnlyList<FairsIndicatorColumn> Indicators,
    IReadOnlyList<FairsYearRow> Years)
{
    public IReadOnlyList<FairsEvent> Events => Years.OrderByDescending(y => y.FiscalYear).SelectMany(y => y.Events).ToList();

    public string SinceText => Initiative.SinceFiscalYear is { } since
        ? Display.FiscalYearLabel(since)
        : "—";

    public static string YearRange(int first, int last) =>
        string.Create(CultureInfo.InvariantCulture, $"{Display.FiscalYearLabel(first)}～{Display.FiscalYearLabel(last)}");
}

/// <summary>The events table partial: the events, the table caption, and whether to show a fiscal-year column.</summary>
public sealed record FairsEventsTable(IReadOnlyList<FairsEvent> Events, string Caption, bool ShowFiscalYear = false);

/// <summary>The figures table partial: the published figures of one measure and the table caption.</summary>
public sealed record FairsFiguresTable(IReadOnlyList<FairsFigure> Figures, string Caption);
