using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Textiles.Models;

/// <summary>Measure 2-1 as the progress report names it, with its chapter; the programme name exists in Japanese only.</summary>
public sealed record TextilesInitiative(string Code, LocalizedText Title, string ProgrammeJa, int ChapterNumber, LocalizedText ChapterTitle);

/// <summary>
/// A textile production region the progress report names (by its prefecture), with what the report records there:
/// a caption of the report, never a number the report does not give.
/// </summary>
public sealed record TextileRegion(string Code, LocalizedText Name, LocalizedText Area, TextileRecord Record);

public sealed record TextilesIndexViewModel(TextilesInitiative Initiative, IReadOnlyList<TextileRegion> Regions);

public sealed record TextileRegionViewModel(TextilesInitiative Initiative, TextileRegion Region);
