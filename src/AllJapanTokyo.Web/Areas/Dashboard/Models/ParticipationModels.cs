namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>Where a prefecture's part in an initiative was read from.</summary>
public enum ParticipationSource
{
    /// <summary>A row of the Participations table (exhibitors, hosts, partners recorded by the areas).</summary>
    ParticipationRecord,

    /// <summary>An approved fiscal-year figure that names the prefecture, or the prefecture's own approved figure.</summary>
    ReportedFigure,

    /// <summary>An event held in the prefecture (not in Tokyo).</summary>
    HostedEvent,

    /// <summary>A tourism partnership that includes the prefecture and ran that fiscal year.</summary>
    TourismPartnership,

    /// <summary>A company of the prefecture in which the SME Collaboration Promotion Fund invested.</summary>
    FundInvestment,

    /// <summary>A collaboration product of a Tokyo craft with a craft of the prefecture.</summary>
    CraftCollaboration,
}

/// <summary>One piece of evidence: the prefecture took part in the initiative in the fiscal year, according to <see cref="Source"/>.</summary>
public sealed record ParticipationFact(string PrefectureCode, string InitiativeCode, int FiscalYear, ParticipationSource Source);

/// <summary>
/// One cell of the prefecture × initiative × fiscal-year participation matrix: the prefecture took part, with every
/// source that says so (a cell is counted once, however many sources name it).
/// </summary>
public sealed record ParticipationCell(string PrefectureCode, string InitiativeCode, int FiscalYear, IReadOnlyList<ParticipationSource> Sources);
