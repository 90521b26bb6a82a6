using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Textiles.Models;

/// <summary>Measure 2-1 as the progress report names it.</summary>
public sealed record TextilesInitiative(string Code, string TitleJa, string TitleEn, string ProgrammeJa, int ChapterNumber, string ChapterTitleJa, string ChapterTitleEn)
{
    public string Title => Display.Pick(TitleJa, TitleEn);

    public string ChapterTitle => Display.Pick(ChapterTitleJa, ChapterTitleEn);
}

/// <summary>
/// A textile production region the progress report names, with what it records there. The record is the
/// report's own caption (Japanese, the key of the English resource), never a number the report does not give.
/// </summary>
public sealed record TextileRegion(string Code, string NameJa, string NameEn, string AreaJa, string AreaEn, string RecordJa)
{
    public string Href => $"/textiles/regions/{Code}";

    public string PrefectureHref => $"/prefectures/{Code}";

    public string Name => Display.Pick(NameJa, NameEn);

    public string Area => Display.Pick(AreaJa, AreaEn);
}

public sealed record TextilesIndexViewModel(TextilesInitiative Initiative, IReadOnlyList<TextileRegion> Regions);

public sealed record TextileRegionViewModel(TextilesInitiative Initiative, TextileRegion Region);
