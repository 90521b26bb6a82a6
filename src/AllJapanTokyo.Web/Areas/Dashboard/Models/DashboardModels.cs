using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Prefectures;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>A prefecture as the dashboard names it; views link it by route to its profile.</summary>
public sealed record PrefectureRef(string Code, LocalizedText Name)
{
    public bool IsTokyo => Code == Prefecture.TokyoCode;
}

/// <summary>An initiative as the dashboard names it; views link it by route to its page.</summary>
public sealed record InitiativeRef(string Code, LocalizedText Title);

/// <summary>
/// A reported figure, or the reason there is none: a cancelled or not-held year shows its status and reason, never 0.
/// </summary>
public sealed record FigureCell(
    decimal Value,
    ValueQualifier Qualifier,
    ActivityStatus? Status,
    EventFormat? Format,
    LocalizedText Unit,
    string? NoteJa)
{
    public bool IsMissing => Status.DidNotTakePlace();
}

/// <summary>
/// A programme-wide or prefecture figure with its initiative and indicator; <see cref="OnlinePart"/> marks the part of a
/// figure held online, labelled as such (<c>&lt;indicator-label&gt;</c>) and never added to its total; <see cref="IndicatorCode"/>
/// is the indicator's stable code where the read gives it (the open-data API names figures by it).
/// </summary>
public sealed record IndicatorFigureRow(
    InitiativeRef Initiative,
    int FiscalYear,
    LocalizedText IndicatorLabel,
    FigureCell Figure,
    ReviewState ReviewState,
    IReadOnlyList<PrefectureRef> NamedPrefectures,
    bool OnlinePart = false,
    string? IndicatorCode = null);

/// <summary>An event of an initiative or hosted by a prefecture.</summary>
public sealed record EventRow(
    int Id,
    InitiativeRef Initiative,
    int FiscalYear,
    string NameJa,
    PartialDate? Start,
    PartialDate? End,
    string? VenueJa,
    PrefectureRef? Host,
    EventFormat? Format,
    ActivityStatus Status,
    string? CancelReasonJa,
    int? Exhibitors,
    int? BusinessMeetings,
    int? ParticipatingPrefectures,
    int? Visitors,
    string? PartnersJa,
    string? NoteJa)
{
    public bool IsMissing => Status.DidNotTakePlace();
}

/// <summary>The shared event table of the initiative and prefecture pages.</summary>
public sealed record EventTable(string Caption, IReadOnlyList<EventRow> Events, bool ShowInitiative);
