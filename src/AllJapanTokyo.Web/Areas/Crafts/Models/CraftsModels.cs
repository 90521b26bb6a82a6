using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Crafts.Models;

/// <summary>Measure 2-2 as the progress report names it; the programme name exists in Japanese only.</summary>
public sealed record CraftsInitiative(string Code, LocalizedText Title, string ProgrammeJa, int? SinceFiscalYear);

/// <summary>A prefecture with its region, named in the reader's language.</summary>
public sealed record CraftsPrefecture(string Code, LocalizedText Name, LocalizedText Region);

/// <summary>A product made by a Tokyo traditional craft together with a craft of another prefecture (names in Japanese only).</summary>
public sealed record CraftCollaborationItem(
    int Id,
    string ProductJa,
    string TokyoCraftJa,
    string PartnerCraftJa,
    CraftsPrefecture PartnerPrefecture,
    string ProgrammeJa);

/// <summary>A published figure of the measure (approved, never synthetic); a missing activity shows its status, not a zero.</summary>
public sealed record CraftsFigure(
    int FiscalYear,
    LocalizedText Label,
    decimal Value,
    ValueQualifier Qualifier,
    LocalizedText Unit,
    ActivityStatus? Status,
    string? NoteJa)
{
    public bool IsActivityMissing => Status.DidNotTakePlace();
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
    IReadOnlyList<CraftCollaborationItem> SamePrefecture,
    CraftCollaborationDetails? Details = null);

/// <summary>What a development team's product adds to its page: who made it, where to buy it, its photos.</summary>
public sealed record CraftCollaborationDetails(
    IReadOnlyList<(string NameJa, CraftsPrefecture Prefecture)> Makers,
    string? DesignerJa,
    int? DesignerId,
    string WhereToBuyJa,
    IReadOnlyList<int> ImageIds);
