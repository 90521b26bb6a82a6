namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>
/// The 7×7 tile map of Japan (Prefecture.TileRow/TileColumn), drawn by the shared partial _TileMap as inline SVG.
/// Each tile says in text what its colour says (no information by colour alone); <paramref name="LabelJa"/> names the map.
/// </summary>
public sealed record TileMap(
    string Id,
    string LabelJa,
    string LabelEn,
    IReadOnlyList<MapTile> Tiles,
    string LegendTitleJa,
    string LegendTitleEn,
    IReadOnlyList<MapLegendItem> Legend)
{
    public const int GridSize = 7;
    public const int TileWidth = 110;
    public const int TileHeight = 80;
    public const int Gap = 4;
    public const int Width = GridSize * TileWidth;
    public const int Height = GridSize * TileHeight;
}

/// <summary>One tile: the prefecture, where it sits, its colour class and the text it shows.</summary>
public sealed record MapTile(
    PrefectureRef Prefecture,
    int Row,
    int Column,
    string CssClass,
    string CaptionJa,
    string CaptionEn,
    string TitleJa,
    string TitleEn,
    bool Highlighted = false)
{
    public int X => (Column * TileMap.TileWidth) + (TileMap.Gap / 2);

    public int Y => (Row * TileMap.TileHeight) + (TileMap.Gap / 2);

    public int Width => TileMap.TileWidth - TileMap.Gap;

    public int Height => TileMap.TileHeight - TileMap.Gap;

    public int CenterX => X + (Width / 2);
}

/// <summary>One entry of the legend: a swatch of the tile colour and what it means.</summary>
public sealed record MapLegendItem(string CssClass, string LabelJa, string LabelEn);
