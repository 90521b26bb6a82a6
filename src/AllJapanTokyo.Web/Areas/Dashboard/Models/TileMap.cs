using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>A prefecture with its region and its place on the tile map (Prefecture.TileRow/TileColumn).</summary>
public sealed record PrefectureTile(string Code, LocalizedText Name, LocalizedText Region, int TileRow, int TileColumn)
{
    public PrefectureRef Ref { get; } = new(Code, Name);

    public bool IsTokyo => Ref.IsTokyo;
}

/// <summary>
/// The 7×7 tile map of Japan, drawn by the shared partial _TileMap as inline SVG, in the reader's language. Each tile
/// says in text what its colour says (no information by colour alone); <paramref name="Label"/> names the map.
/// </summary>
public sealed record TileMap(
    string Id,
    string Label,
    IReadOnlyList<MapTile> Tiles,
    string LegendTitle,
    IReadOnlyList<MapLegendItem> Legend)
{
    public const int GridSize = 7;
    public const int TileWidth = 110;
    public const int TileHeight = 80;
    public const int Gap = 4;
    public const int Width = GridSize * TileWidth;
    public const int Height = GridSize * TileHeight;

    /// <summary>The widest a line of text may be drawn inside a tile.</summary>
    public const int TextWidth = TileWidth - Gap - 10;
}

/// <summary>One tile: the prefecture, where it sits, its colour class, the text it shows and its title.</summary>
public sealed record MapTile(
    PrefectureRef Prefecture,
    int Row,
    int Column,
    string CssClass,
    string Caption,
    string Title,
    bool Highlighted = false)
{
    public int X => (Column * TileMap.TileWidth) + (TileMap.Gap / 2);

    public int Y => (Row * TileMap.TileHeight) + (TileMap.Gap / 2);

    public int Width => TileMap.TileWidth - TileMap.Gap;

    public int Height => TileMap.TileHeight - TileMap.Gap;

    public int CenterX => X + (Width / 2);
}

/// <summary>One entry of the legend: a swatch of the tile colour and what it means.</summary>
public sealed record MapLegendItem(string CssClass, string Label);

/// <summary>
/// How wide a line of SVG text is drawn, roughly: ideographs, kana and hangul take a full em, Latin letters and
/// digits about half. A label that would not fit its tile or bar is drawn compressed to the width it has
/// (<c>textLength</c>), so that long English or Korean names stay inside their tile.
/// </summary>
public static class SvgText
{
    public static double Width(string text, double fontSize) =>
        text.Sum(c => c >= '\u1100' && !char.IsWhiteSpace(c) ? 1.0 : char.IsUpper(c) ? 0.68 : 0.56) * fontSize;

    /// <summary>The <c>textLength</c> to draw <paramref name="text"/> with, or null when it fits <paramref name="available"/> as it is.</summary>
    public static int? FitTo(string text, double fontSize, int available) => Width(text, fontSize) > available ? available : null;
}
