using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Crafts.Register;

/// <summary>A problem of one field (as the CSV names it) of a craft, a profile, a round or an application.</summary>
public sealed record CraftFieldProblem(string Field, CraftProblem Problem);

/// <summary>The craft form and a CSV line, as typed.</summary>
public sealed class CraftInput
{
    /// <summary>The CSV's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["name_ja", "reading_ja", "prefecture_code", "designation", "techniques_ja", "materials_ja"];

    public string? NameJa { get; set; }

    public string? ReadingJa { get; set; }

    public string? PrefectureCode { get; set; }

    public string? Designation { get; set; }

    public string? TechniquesJa { get; set; }

    public string? MaterialsJa { get; set; }

    public static CraftInput From(Craft craft) => new()
    {
        NameJa = craft.NameJa,
        ReadingJa = craft.ReadingJa,
        PrefectureCode = craft.PrefectureCode,
        Designation = Craft.Code(craft.Designation),
        TechniquesJa = craft.TechniquesJa,
        MaterialsJa = craft.MaterialsJa,
    };

    /// <summary>The problems of the input; with none, writes it into <paramref name="craft"/>.</summary>
    public List<CraftFieldProblem> ApplyTo(Craft craft, DateTime nowUtc)
    {
        var (name, reading, prefecture, designation, techniques, materials) =
            (T(NameJa), T(ReadingJa), T(PrefectureCode), T(Designation), T(TechniquesJa), T(MaterialsJa));
        if (prefecture.Length == 1)
        {
            prefecture = Prefecture.NormalizeCode(prefecture);
        }

        var problems = Craft.Problems(name, reading, prefecture, designation, techniques, materials).Select(p => new CraftFieldProblem(p.Field, p.Problem)).ToList();
        if (problems.Count == 0)
        {
            craft.NameJa = name;
            craft.ReadingJa = reading;
            craft.PrefectureCode = prefecture;
            craft.Designation = Craft.ParseDesignation(designation)!.Value;
            craft.TechniquesJa = techniques;
            craft.MaterialsJa = materials;
            craft.UpdatedAtUtc = nowUtc;
        }

        return problems;

        static string T(string? value) => value?.Trim() ?? "";
    }
}

public sealed record CraftImportLine(int Line, IReadOnlyList<CraftFieldProblem> Problems);

/// <summary>What a CSV import found: a wrong header, refused lines (nothing stored), or what it added and updated.</summary>
public sealed record CraftImportResult(bool WrongHeader, IReadOnlyList<CraftImportLine> Refused, int Added, int Updated, bool Committed)
{
    public bool Accepted => !WrongHeader && Refused.Count == 0;
}

/// <summary>A craft of the register with its prefecture's name.</summary>
public sealed record CraftRow(Craft Craft, Domain.Common.LocalizedText Prefecture);

/// <summary>
/// The craft register Tokyo staff keep: by form, one craft at a time, or by a CSV of the national and Tokyo lists that is
/// checked whole and stored only whole. A craft is known by its prefecture and name: an import updates it.
/// </summary>
public sealed class CraftRegister(AppDbContext db, TimeProvider clock)
{
    public const int MaxImportLines = 2000;

    public async Task<IReadOnlyList<CraftRow>> ListAsync(CancellationToken cancellationToken)
    {
        var prefectures = await db.Prefectures.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        return (await db.Crafts.AsNoTracking().OrderBy(c => c.PrefectureCode).ThenBy(c => c.ReadingJa).ThenBy(c => c.NameJa).ToListAsync(cancellationToken))
            .Select(c => new CraftRow(c, prefectures[c.PrefectureCode]))
            .ToList();
    }

    public Task<Craft?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Crafts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>Adds (null id) or edits a craft; null when the craft is unknown.</summary>
    public async Task<(IReadOnlyList<CraftFieldProblem> Problems, int Id)?> SaveAsync(int? id, CraftInput input, CancellationToken cancellationToken)
    {
        var craft = id is null ? new Craft { NameJa = "", PrefectureCode = "" } : await db.Crafts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (craft is null)
        {
            return null;
        }

        var problems = input.ApplyTo(craft, clock.GetUtcNow().UtcDateTime);
        if (problems.Count == 0 && await db.Crafts.AnyAsync(c => c.Id != craft.Id && c.PrefectureCode == craft.PrefectureCode && c.NameJa == craft.NameJa, cancellationToken))
        {
            problems.Add(new("name_ja", CraftProblem.DuplicateName));
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return (problems, id ?? 0);
        }

        if (id is null)
        {
            db.Crafts.Add(craft);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ([], craft.Id);
    }

    /// <summary>
    /// Checks every line of a craft CSV (<see cref="CraftInput.Columns"/>); with <paramref name="commit"/> and no refused
    /// line, stores them all at once. Nothing is stored while any line is refused.
    /// </summary>
    public async Task<CraftImportResult> ImportAsync(string text, bool commit, CancellationToken cancellationToken)
    {
        if (CsvImports.Table(text, CraftInput.Columns, MaxImportLines) is not { } table)
        {
            return new(true, [], 0, 0, false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Crafts.ToListAsync(cancellationToken);
        var refused = new List<CraftImportLine>();
        var seen = new HashSet<(string, string)>();
        int added = 0, updated = 0;
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row.FieldCount != CraftInput.Columns.Count)
            {
                refused.Add(new(i + 2, [new("*", CraftProblem.Required)]));
                continue;
            }

            var input = new CraftInput
            {
                NameJa = row["name_ja"], ReadingJa = row["reading_ja"], PrefectureCode = row["prefecture_code"],
                Designation = row["designation"], TechniquesJa = row["techniques_ja"], MaterialsJa = row["materials_ja"],
            };
            var candidate = new Craft { NameJa = "", PrefectureCode = "" };
            var problems = input.ApplyTo(candidate, now);
            if (problems.Count == 0 && !seen.Add((candidate.PrefectureCode, candidate.NameJa)))
            {
                problems.Add(new("name_ja", CraftProblem.DuplicateName));
            }

            if (problems.Count > 0)
            {
                refused.Add(new(i + 2, problems));
                continue;
            }

            if (existing.FirstOrDefault(c => c.PrefectureCode == candidate.PrefectureCode && c.NameJa == candidate.NameJa) is { } craft)
            {
                input.ApplyTo(craft, now);
                updated++;
            }
            else
            {
                db.Crafts.Add(candidate);
                added++;
            }
        }

        var accepted = refused.Count == 0;
        if (accepted && commit)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            db.ChangeTracker.Clear();
        }

        return new(false, refused, added, updated, accepted && commit);
    }
}
