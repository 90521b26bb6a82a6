using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Crafts.Models;

/// <summary>Measure 2-2 as the progress report names it.</summary>
public sealed record CraftsInitiative(string Code, string TitleJa, string TitleEn, string ProgrammeJa, int? SinceFiscalYear)
{
    public string Title => Display.Pick(TitleJa, TitleEn);
}

public sealed record CraftsPrefecture(string Code, string NameJa, string NameEn, string RegionJa, string RegionEn)
{
    public string Href => $"/prefectures/{Code}";

    public string Name => Display.Pick(NameJa, NameEn);

    public string Region => Display.Pick(RegionJa, RegionEn);
}

/// <summary>A product made by a Tokyo traditional craft together with a craft of another prefecture.</summary>
public sealed record CraftCollaborationItem(
    int Id,
    string ProductJa,
    string TokyoCraftJa,
    string PartnerCraftJa,
    CraftsPrefecture PartnerPrefecture,
    string ProgrammeJa)
{
    public string Href => $"/crafts/collaborations/{Id}";
}

/// <summary>A published figure of the measure (approved, never synthetic); a missing activity shows its status, not a zero.</summary>
public sealed record CraftsFigure(
    int FiscalYear,
    string LabelJa,
    string LabelEn,
    decimal Value,
    ValueQualifier Qualifier,
    string UnitJa,
    string UnitEn,
    ActivityStatus? Status,
    string? NoteJa)
{
    public bool IsActivityMissing => Status.DidNotTakePlace();

    public string Label => Display.Pick(LabelJa, LabelEn);

    public string Text => IsActivityMissing ? Display.Status(Status) : Display.Figure(Value, Qualifier, UnitJa, UnitEn);
}

/// <summary>An event of the measure, such as the FY2017 national conference on traditional crafts month.</summary>
public sealed record CraftsEvent(
    int Id,
    int FiscalYear,
    string NameJa,
    PartialDate? Start,
    PartialDate? End,
    string? VenueJa,
    CraftsPrefecture? Host,
    EventFormat? Format,
    ActivityStatus Status,
    string? CancelReasonJa,
    int? ParticipatingPrefectures,
    string? NoteJa)
{
    public bool IsActivityMissing => Status.DidNotTakePlace();
}

/// <summary>/crafts.</summary>
public sealed record CraftsIndexViewModel(
    CraftsInitiative Initiative,
    IReadOnlyList<CraftCollaborationItem> Collaborations,
    IReadOnlyList<CraftsFigure> Figures,
    IReadOnlyList<CraftsEvent> Events);

/// <summary>/crafts/collaborations/{id}, with the other products made with the same prefecture.</summary>
public sealed record CraftCollaborationViewModel(
    CraftsInitiative Initiative,
    CraftCollaborationItem Collaboration,
    IReadOnlyList<CraftCollaborationItem> SamePrefecture);
