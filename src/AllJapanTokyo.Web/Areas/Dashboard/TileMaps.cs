using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>Builds the tile maps of the dashboard pages in the reader's language; the shared partial _TileMap draws them.</summary>
public static class TileMaps
{
    public const string TokyoClass = "tile-tokyo";

    /// <summary>The map of the 47 prefectures, coloured by region (each tile also names its region).</summary>
    public static TileMap ForRegions(IReadOnlyList<PrefectureTile> prefectures, IStringLocalizer L)
    {
        var regions = prefectures
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => p.Region)
            .Distinct()
            .ToList();

        var tiles = prefectures.Select(p => new MapTile(
            p.Ref,
            p.TileRow,
            p.TileColumn,
            $"region-{regions.IndexOf(p.Region)}",
            p.Region.Local(),
            L["{0}（{1}）：プロフィールを見る", p.Name.Local(), p.Region.Local()].Value)).ToList();

        return new TileMap(
            "prefecture-map",
            L["47都道府県のタイルマップ（地方別に色分け）。同じ都道府県を地方別の一覧にも掲載しています。"].Value,
            tiles,
            L["地方"].Value,
            regions.Select((r, i) => new MapLegendItem($"region-{i}", r.Local())).ToList());
    }
}
