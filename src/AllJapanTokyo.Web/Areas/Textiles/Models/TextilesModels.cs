using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.Web.Areas.Textiles.Designers;
using AllJapanTokyo.Web.Areas.Textiles.Regions;
using AllJapanTokyo.Web.Areas.Textiles.Requests;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Textiles.Models;

/// <summary>Measure 2-1 as the progress report names it, with its chapter; the programme name exists in Japanese only.</summary>
public sealed record TextilesInitiative(string Code, LocalizedText Title, string ProgrammeJa, int ChapterNumber, LocalizedText ChapterTitle);

/// <summary>
/// A textile production region the progress report names (by its prefecture), with what the report records there:
/// a caption of the report, never a number the report does not give.
/// </summary>
public sealed record TextileRegion(string Code, LocalizedText Name, LocalizedText Area, TextileRecord Record);

/// <summary>A production region's profile with the names of its prefectures.</summary>
public sealed record ProductionRegionItem(ProductionRegion Region, IReadOnlyList<LocalizedText> Prefectures);

public sealed record TextilesIndexViewModel(TextilesInitiative Initiative, IReadOnlyList<TextileRegion> Regions, IReadOnlyList<ProductionRegionItem> ProductionRegions);

public sealed record TextileRegionViewModel(TextilesInitiative Initiative, TextileRegion Region, IReadOnlyList<ProductionRegionItem> ProductionRegions);

/// <summary>/textiles/production-regions/{id}: the public profile (the contact is given on introduction only).</summary>
public sealed record ProductionRegionPage(ProductionRegionItem Item, bool MayKeep);

/// <summary>/designers/me: the profile (null before the first save), what was typed, and why it was refused.</summary>
public sealed record DesignerFormPage(Designer? Designer, DesignerInput Input, IReadOnlyList<DesignerFormProblem> Problems, bool Saved);

public sealed record RegionFormPage(int? Id, RegionInput Input, IReadOnlyList<PrefectureOption> Prefectures, IReadOnlyList<RegionFieldProblem> Problems);

public sealed record RegionImportPage(RegionImportResult? Result, string? Text);

public sealed record RequestFormPage(RequestInput Input, IReadOnlyList<RequestFieldProblem> Problems);

public sealed record RequestListPage(IReadOnlyList<RequestRow> Requests, TextilesActor Actor, int FiscalYear, FigureOutcome? Figures);

/// <summary>A message typed but refused, kept in its form.</summary>
public sealed record TypedMessage(int RegionId, string? Body);

public sealed record RequestPageProblem(RequestProblem Problem, TypedMessage? Typed);

/// <summary>/textiles/requests/{id}: the request as the reader may see it, the regions the coordinator may introduce, and a refusal.</summary>
public sealed record RequestPage(RequestView View, IReadOnlyList<ProductionRegion> Regions, RequestPageProblem? Problem);
