using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Crafts;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>A maker of a collaboration product and its prefecture (JIS code), as the product's page names them.</summary>
public sealed record ApiCollaborationMaker(string NameJa, string PrefectureCode);

/// <summary>
/// A published product of a collaboration initiative, by its kind ("crafts": a traditional-crafts collaboration of
/// measure 2-2; "textiles": a designer × textile-region pairing of measure 2-1) and its own id: the product, the Tokyo
/// craft and the partner craft (or textile region) with its prefecture, every prefecture taking part (JIS codes), the
/// designer and makers where its page names them, the fiscal year it was finished in (null for the products the progress
/// report names without a year), where to buy it, and whether it is synthetic (架空).
/// </summary>
public sealed record ApiCollaborationProduct(
    string Kind,
    int Id,
    string MeasureCode,
    string ProductJa,
    int? FiscalYear,
    string? TokyoCraftJa,
    string PartnerJa,
    string PartnerPrefectureCode,
    IReadOnlyList<string> PrefectureCodes,
    string? DesignerJa,
    IReadOnlyList<ApiCollaborationMaker> Makers,
    string? WhereToBuyJa,
    string ProgrammeJa,
    bool IsSynthetic)
{
    /// <summary>「架空」 on a synthetic product; null on a real one.</summary>
    public string? SyntheticLabel => IsSynthetic ? "架空" : null;
}

/// <summary>The filters of the collaboration products list; each null when not given.</summary>
public sealed record ApiCollaborationFilter(int? FiscalYear, string? Kind, string? PrefectureCode, bool IncludeSynthetic);

/// <summary>
/// The reads of /api/v1/collaboration-products: what the collaboration initiatives publish as their outcome. The crafts
/// measure publishes its collaboration products (/crafts and /crafts/collaborations/{id}: the progress report's products
/// and the development teams' products once Tokyo publishes them). The textile matching publishes no product: its pages
/// show the production regions and that matchings took place, without names or numbers, so it has no rows yet.
/// </summary>
public sealed class CollaborationProductsOpenData(AppDbContext db)
{
    public const string Crafts = "crafts";
    public const string Textiles = "textiles";

    public static bool IsKind(string value) => value is Crafts or Textiles;

    /// <summary>
    /// The <paramref name="limit"/> products after the one keyed <paramref name="afterKey"/> ("crafts:12"), by kind and id,
    /// filtered (a list small enough to be read whole); null when no product has that key.
    /// </summary>
    public async Task<ApiPage<ApiCollaborationProduct>?> ProductsAsync(ApiCollaborationFilter filter, string? afterKey, int limit, CancellationToken cancellationToken) =>
        ApiPaging.After(filter.Kind == Textiles ? [] : await CraftProductsAsync(filter, cancellationToken), Key, afterKey, limit);

    /// <summary>The cursor of a product: its kind and id ("crafts:12"), for the ids of two kinds may meet.</summary>
    public static string Key(ApiCollaborationProduct product) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{product.Kind}:{product.Id}");

    private async Task<List<ApiCollaborationProduct>> CraftProductsAsync(ApiCollaborationFilter filter, CancellationToken cancellationToken)
    {
        var products = await (
                from c in db.CraftCollaborations.AsNoTracking()
                where c.IsPublished && (filter.IncludeSynthetic || !c.IsSynthetic)
                join t in db.CraftTeams.AsNoTracking() on c.TeamId equals t.Id into teams
                from t in teams.DefaultIfEmpty()
                join d in db.Designers.AsNoTracking() on t.DesignerId equals d.Id into designers
                from d in designers.DefaultIfEmpty()
                orderby c.Id
                select new
                {
                    c.Id, c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, c.PartnerPrefectureCode, c.ProgrammeJa, c.WhereToBuyJa, c.IsSynthetic, c.TeamId,
                    FinishedAtUtc = t == null ? null : t.FinishedAtUtc,
                    DesignerJa = d == null ? null : d.NameJa,
                })
            .ToListAsync(cancellationToken);
        var teamIds = products.Select(p => p.TeamId).OfType<int>().ToList();
        var makers = (await (
                    from tm in db.CraftTeamMakers.AsNoTracking()
                    join m in db.CraftMakers.AsNoTracking() on tm.MakerId equals m.Id
                    where teamIds.Contains(tm.TeamId)
                    orderby m.Id
                    select new { tm.TeamId, m.NameJa, m.PrefectureCode })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.TeamId, m => new ApiCollaborationMaker(m.NameJa, m.PrefectureCode));

        return products
            .Select(p =>
            {
                var team = p.TeamId is { } teamId ? makers[teamId].ToList() : [];
                return new ApiCollaborationProduct(
                    Crafts,
                    p.Id,
                    CraftsService.InitiativeCode,
                    p.ProductJa,
                    p.FinishedAtUtc is { } finished ? JapanTime.FiscalYearOf(finished).StartYear : null,
                    p.TokyoCraftJa,
                    p.PartnerCraftJa,
                    p.PartnerPrefectureCode,
                    team.Select(m => m.PrefectureCode).Append(Prefecture.TokyoCode).Append(p.PartnerPrefectureCode).Distinct().Order(StringComparer.Ordinal).ToList(),
                    // The product's page names the designer with the makers, and neither for a team without makers.
                    team.Count > 0 ? p.DesignerJa : null,
                    team,
                    p.WhereToBuyJa.Length > 0 ? p.WhereToBuyJa : null,
                    p.ProgrammeJa,
                    p.IsSynthetic);
            })
            .Where(p => filter.FiscalYear is null || p.FiscalYear == filter.FiscalYear)
            .Where(p => filter.PrefectureCode is null || p.PrefectureCodes.Contains(filter.PrefectureCode))
            .ToList();
    }
}
