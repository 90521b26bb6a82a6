using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Textiles.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Textiles;

/// <summary>
/// The use cases of the Textiles area: measure 2-1, matching Tokyo designers with textile production regions.
/// The seed data has no table for it, so the production regions and what the report says of them are kept here.
/// </summary>
public sealed class TextilesService(AppDbContext db)
{
    public const string InitiativeCode = "2-1";

    /// <summary>
    /// The production regions the FY2020 progress report names for measure 2-1, by prefecture code, with its record:
    /// the photo caption 「新潟県の繊維メーカーとのマッチング実績」. The report gives no count, so neither do we.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, TextileRecord> ReportedRegions = new Dictionary<string, TextileRecord>(StringComparer.Ordinal)
    {
        ["15"] = TextileRecord.MatchedWithTextileMaker,
    };

    public async Task<TextilesIndexViewModel?> IndexAsync(CancellationToken cancellationToken)
    {
        var initiative = await InitiativeAsync(cancellationToken);
        return initiative is null ? null : new TextilesIndexViewModel(initiative, await RegionsAsync(ReportedRegions.Keys.ToList(), cancellationToken), await ProductionRegionsAsync(null, cancellationToken));
    }

    /// <summary>One production region; null for a code the report does not name (or not a prefecture code at all).</summary>
    public async Task<TextileRegionViewModel?> RegionAsync(string code, CancellationToken cancellationToken)
    {
        if (!ReportedRegions.ContainsKey(code))
        {
            return null;
        }

        var initiative = await InitiativeAsync(cancellationToken);
        var region = (await RegionsAsync([code], cancellationToken)).SingleOrDefault();
        return initiative is null || region is null ? null : new TextileRegionViewModel(initiative, region, await ProductionRegionsAsync(code, cancellationToken));
    }

    /// <summary>A production region's public profile, or null.</summary>
    public async Task<ProductionRegionItem?> ProductionRegionAsync(int id, CancellationToken cancellationToken)
    {
        var region = await db.ProductionRegions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return region is null ? null : (await ItemsAsync([region], cancellationToken)).Single();
    }

    /// <summary>The production regions (of one prefecture, or all), by prefecture and name.</summary>
    public async Task<IReadOnlyList<ProductionRegionItem>> ProductionRegionsAsync(string? prefectureCode, CancellationToken cancellationToken)
    {
        var regions = await db.ProductionRegions.AsNoTracking().OrderBy(r => r.PrefectureCode).ThenBy(r => r.NameJa).ToListAsync(cancellationToken);
        return await ItemsAsync(prefectureCode is null ? regions : regions.Where(r => r.PrefectureCodes.Contains(prefectureCode)).ToList(), cancellationToken);
    }

    private async Task<IReadOnlyList<ProductionRegionItem>> ItemsAsync(IReadOnlyList<Domain.Textiles.ProductionRegion> regions, CancellationToken cancellationToken)
    {
        var names = await db.Prefectures.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        return regions.Select(r => new ProductionRegionItem(r, r.PrefectureCodes.Where(names.ContainsKey).Select(c => names[c]).ToList())).ToList();
    }

    private Task<TextilesInitiative?> InitiativeAsync(CancellationToken cancellationToken) =>
        db.Initiatives.AsNoTracking()
            .Where(i => i.Code == InitiativeCode)
            .Select(i => new TextilesInitiative(i.Code, i.Title, i.ProgrammeJa, i.ChapterNumber, i.Chapter!.Title))
            .SingleOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<TextileRegion>> RegionsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        (await db.Prefectures.AsNoTracking()
            .Where(p => codes.Contains(p.Code))
            .OrderBy(p => p.Code)
            .Select(p => new { p.Code, p.Name, p.Region })
            .ToListAsync(cancellationToken))
        .Select(p => new TextileRegion(p.Code, p.Name, p.Region, ReportedRegions[p.Code]))
        .ToList();
}
