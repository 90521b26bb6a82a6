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

    /// <summary>The map of one fiscal year: each tile coloured by the number of initiatives the prefecture took part in.</summary>
    public static TileMap ForParticipation(int fiscalYear, IReadOnlyList<PrefectureTile> prefectures, IReadOnlyDictionary<string, IReadOnlyList<string>> initiativesByPrefecture)
    {
        var fy = new FiscalYear(fiscalYear);
        var tiles = prefectures.Select(p =>
        {
            if (p.IsTokyo)
            {
                return new MapTile(p.Ref, p.TileRow, p.TileColumn, TokyoClass, "主催", "Organiser",
                    $"{p.NameJa}：本プロジェクトの実施主体", $"{p.NameEn}: runs the project");
            }

            var codes = initiativesByPrefecture.TryGetValue(p.Code, out var found) ? found : [];
            var count = codes.Count;
            return new MapTile(
                p.Ref,
                p.TileRow,
                p.TileColumn,
                $"band-{ParticipationRules.Band(count)}",
                $"{count}施策",
                count == 1 ? "1 initiative" : $"{count} initiatives",
                count == 0 ? $"{p.NameJa}：{fy.JapaneseLabel}の参加記録なし" : $"{p.NameJa}：{fy.JapaneseLabel}は{count}施策（{string.Join("、", codes)}）",
                count == 0 ? $"{p.NameEn}: no recorded participation in {fy.EnglishLabel}" : $"{p.NameEn}: {count} initiative{(count == 1 ? "" : "s")} in {fy.EnglishLabel} ({string.Join(", ", codes)})");
        }).ToList();

        var legend = Enumerable.Range(0, ParticipationRules.MaxBand + 1)
            .Select(band => band switch
            {
                0 => new MapLegendItem("band-0", "0施策（記録なし）", "0 (none recorded)"),
                ParticipationRules.MaxBand => new MapLegendItem($"band-{band}", $"{band}施策以上", $"{band} or more"),
                _ => new MapLegendItem($"band-{band}", $"{band}施策", $"{band}"),
            })
            .Append(new MapLegendItem(TokyoClass, "東京都（主催）", "Tokyo (organiser)"))
            .ToList();

        return new TileMap(
            $"participation-map-{fiscalYear}",
            $"{fy.JapaneseLabel}の都道府県別参加施策数（日本のタイルマップ）。同じ数値を下の表に掲載しています。",
            $"Initiatives per prefecture in {fy.EnglishLabel} (tile map of Japan). The table below gives the same numbers.",
            tiles,
            "参加した施策の数",
            "Initiatives taken part in",
            legend);
    }

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
