using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Textiles.Regions;

/// <summary>What an import did or would do: the problems of each refused line, or how many regions it adds and updates.</summary>
public sealed record RegionImportResult(bool WrongHeader, IReadOnlyList<CsvImportLine<RegionFieldProblem>> Refused, int Added, int Updated, bool Committed)
{
    public bool Accepted => !WrongHeader && Refused.Count == 0;
}

/// <summary>The production regions, and the staff's keeping of them (the form and the CSV import, with the same rules).</summary>
public sealed class RegionDirectory(AppDbContext db, TimeProvider clock)
{
    public const int MaxImportLines = 500;

    public Task<List<ProductionRegion>> ListAsync(CancellationToken cancellationToken) =>
        db.ProductionRegions.AsNoTracking().OrderBy(r => r.PrefectureCode).ThenBy(r => r.NameJa).ToListAsync(cancellationToken);

    public Task<ProductionRegion?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.ProductionRegions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>
    /// Saves a new region (<paramref name="id"/> null) or a region's profile. Another prefecture's staff are refused
    /// (<see cref="RegionProblem.NotYourPrefecture"/>); nothing is stored on any problem. Null when no such region.
    /// </summary>
    public async Task<(IReadOnlyList<RegionFieldProblem> Problems, int? Id)?> SaveAsync(int? id, RegionInput input, TextilesActor actor, CancellationToken cancellationToken)
    {
        ProductionRegion region;
        if (id is { } existing)
        {
            if (await db.ProductionRegions.SingleOrDefaultAsync(r => r.Id == existing, cancellationToken) is not { } found)
            {
                return null;
            }

            if (!actor.MayKeep(found))
            {
                return ([new("prefecture_code", RegionProblem.NotYourPrefecture)], null);
            }

            region = found;
        }
        else
        {
            region = new ProductionRegion { PrefectureCode = "", NameJa = "" };
        }

        var problems = RegionRules.Apply(input, region, actor.PrefectureCode, actor.IsTokyoStaff);
        if (problems.Count == 0 && await db.ProductionRegions.AnyAsync(r => r.Id != region.Id && r.PrefectureCode == region.PrefectureCode && r.NameJa == region.NameJa, cancellationToken))
        {
            problems.Add(new("name_ja", RegionProblem.DuplicateName));
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return (problems, null);
        }

        region.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (id is null)
        {
            db.ProductionRegions.Add(region);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ([], region.Id);
    }

    /// <summary>
    /// Checks every line of a region CSV (the columns of <see cref="RegionInput.Columns"/>); a line whose prefecture and
    /// Japanese name match a region updates it, others add one. With <paramref name="commit"/> and no refused line,
    /// writes them all at once; nothing is stored when any line is refused.
    /// </summary>
    public async Task<RegionImportResult> ImportAsync(string text, TextilesActor actor, bool commit, CancellationToken cancellationToken)
    {
        var existing = await db.ProductionRegions.ToListAsync(cancellationToken);
        var seen = new HashSet<(string, string)>();
        int added = 0, updated = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var refused = CsvImports.CheckLines(text, RegionInput.Columns, MaxImportLines, new RegionFieldProblem("*", RegionProblem.Required), row =>
        {
            var input = RegionInput.FromCsv(c => row[c]);
            var candidate = new ProductionRegion { PrefectureCode = "", NameJa = "" };
            var problems = RegionRules.Apply(input, candidate, actor.PrefectureCode, actor.IsTokyoStaff);
            if (problems.Count == 0 && !seen.Add((candidate.PrefectureCode, candidate.NameJa)))
            {
                problems.Add(new("name_ja", RegionProblem.DuplicateName));
            }

            if (problems.Count > 0)
            {
                return problems;
            }

            if (existing.FirstOrDefault(r => r.PrefectureCode == candidate.PrefectureCode && r.NameJa == candidate.NameJa) is { } region)
            {
                RegionRules.Apply(input, region, actor.PrefectureCode, actor.IsTokyoStaff);
                region.UpdatedAtUtc = now;
                updated++;
            }
            else
            {
                candidate.UpdatedAtUtc = now;
                db.ProductionRegions.Add(candidate);
                added++;
            }

            return problems;
        });
        if (refused is null)
        {
            return new(true, [], 0, 0, false);
        }

        var committed = await CsvImports.CommitIfAcceptedAsync(db, refused.Count == 0, commit, cancellationToken);
        return new(false, refused, added, updated, committed);
    }
}
