using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Web.Areas.Dashboard.Models;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>A prefecture with its place on the tile map, as the tile maps need it.</summary>
public sealed record PrefectureTile(string Code, string NameJa, string NameEn, string RegionJa, string RegionEn, int TileRow, int TileColumn)
{
    public PrefectureRef Ref => new(Code, NameJa, NameEn);

    public bool IsTokyo => Code == Prefecture.TokyoCode;
}

/// <summary>Builds the tile maps of the dashboard pages; the shared partial _TileMap draws them.</summary>
public static class TileMaps
{
    public const string TokyoClass = "tile-tokyo";

    /// <summary>The map of the 47 prefectures, coloured by region (each tile also names its region).</summary>
    public static TileMap ForRegions(IReadOnlyList<PrefectureTile> prefectures)
    {
        var regions = prefectures
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => (p.RegionJa, p.RegionEn))
            .Distinct()
            .ToList();
        string RegionClass(PrefectureTile p) => $"region-{regions.IndexOf((p.RegionJa, p.RegionEn))}";

        var tiles = prefectures.Select(p => new MapTile(
            p.Ref,
            p.TileRow,
            p.TileColumn,
            RegionClass(p),
            p.RegionJa,
            p.RegionEn,
            $"{p.NameJa}（{p.RegionJa}）：プロフィールを見る",
            $"{p.NameEn} ({p.RegionEn}): open the profile")).ToList();

        return new TileMap(
            "prefecture-map",
            "47都道府県のタイルマップ（地方別に色分け）。同じ都道府県を地方別の一覧にも掲載しています。",
            "Tile map of the 47 prefectures, coloured by region. The list below gives the same prefectures by region.",
            tiles,
            "地方",
            "Region",
            regions.Select((r, i) => new MapLegendItem($"region-{i}", r.RegionJa, r.RegionEn)).ToList());
    }
}
