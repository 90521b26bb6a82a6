using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Tourism.InfoCenters;

/// <summary>Who keeps centres: Tokyo staff all of them, a prefecture's staff those standing in their prefecture.</summary>
public sealed record CenterKeeper(string? PrefectureCode, bool IsTokyoStaff)
{
    public bool MayKeep(TouristInfoCenter center) => IsTokyoStaff || (PrefectureCode is not null && PrefectureCode == center.PrefectureCode);
}

/// <summary>A centre as the pages show it, with where it stands today in Japan.</summary>
public sealed record InfoCenterView(TouristInfoCenter Center, LocalizedText Prefecture, InfoCenterDay Today, IReadOnlyList<InfoCenterClosure> ComingClosures);

/// <summary>A line of a centre import that was refused, numbered as in the file (the header is line 1).</summary>
public sealed record InfoCenterImportLine(int Line, IReadOnlyList<InfoCenterFieldProblem> Problems);

public sealed record InfoCenterImportResult(bool WrongHeader, IReadOnlyList<InfoCenterImportLine> Refused, int Updated, bool Committed)
{
    public bool Accepted => !WrongHeader && Refused.Count == 0;
}

/// <summary>
/// The tourist information centres: the public list and pages (open today and now, by Japan's clock) and the staff's
/// keeping of them: the form, closure periods and a CSV import, all under the same rules (<see cref="InfoCenterRules"/>).
/// Another prefecture's centre is refused with nothing stored. The tourism overview is a published page listing the
/// centres, so every change moves the published-data mark in its transaction (ADR 0005).
/// </summary>
public sealed class InfoCenterDirectory(AppDbContext db, TimeProvider clock)
{
    public const int MaxImportLines = 500;

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public DateTime JapanNow => JapanTime.FromInstant(clock.GetUtcNow());

    public async Task<List<InfoCenterView>> ListAsync(CancellationToken cancellationToken)
    {
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var today = DateOnly.FromDateTime(JapanNow);
        var centers = await Centers().AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return centers.Select(c => View(c, prefectures, today)).ToList();
    }

    public async Task<InfoCenterView?> CenterAsync(int id, CancellationToken cancellationToken)
    {
        var center = await Centers().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return center is null ? null : View(center, await db.PrefectureNamesAsync(cancellationToken), DateOnly.FromDateTime(JapanNow));
    }

    /// <summary>Saves a centre's entry; null when there is no such centre.</summary>
    public async Task<IReadOnlyList<InfoCenterFieldProblem>?> SaveAsync(int id, InfoCenterInput input, CenterKeeper keeper, CancellationToken cancellationToken)
    {
        if (await Centers().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } center)
        {
            return null;
        }

        var problems = keeper.MayKeep(center) ? InfoCenterRules.Apply(input, center) : [new("name_ja", InfoCenterProblem.NotYourPrefecture)];
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return problems;
        }

        await SaveAsync(center, cancellationToken);
        return [];
    }

    /// <summary>Adds a closure period (or shortened hours) to a centre; null when there is no such centre.</summary>
    public async Task<IReadOnlyList<InfoCenterFieldProblem>?> AddClosureAsync(int id, InfoCenterClosureInput input, CenterKeeper keeper, CancellationToken cancellationToken)
    {
        if (await db.TouristInfoCenters.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } center)
        {
            return null;
        }

        if (!keeper.MayKeep(center))
        {
            return [new("reason", InfoCenterProblem.NotYourPrefecture)];
        }

        var problems = new List<InfoCenterFieldProblem>();
        if (InfoCenterRules.Closure(input, problems) is not { } closure)
        {
            return problems;
        }

        closure.TouristInfoCenterId = id;
        db.InfoCenterClosures.Add(closure);
        await SaveAsync(center, cancellationToken);
        return problems;
    }

    /// <summary>Removes a closure entered by mistake; false when the centre or the closure is not found, null when refused.</summary>
    public async Task<bool?> RemoveClosureAsync(int id, int closureId, CenterKeeper keeper, CancellationToken cancellationToken)
    {
        var center = await db.TouristInfoCenters.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var closure = await db.InfoCenterClosures.FirstOrDefaultAsync(c => c.Id == closureId && c.TouristInfoCenterId == id, cancellationToken);
        if (center is null || closure is null)
        {
            return false;
        }

        if (!keeper.MayKeep(center))
        {
            return null;
        }

        db.InfoCenterClosures.Remove(closure);
        await SaveAsync(center, cancellationToken);
        return true;
    }

    /// <summary>
    /// Checks every line of a centre CSV (<see cref="InfoCenterInput.Columns"/>), each naming a centre by its Japanese
    /// name; with <paramref name="commit"/> and no refused line, writes them all at once; nothing is stored when any line
    /// is refused, another prefecture's centre included.
    /// </summary>
    public async Task<InfoCenterImportResult> ImportAsync(string text, CenterKeeper keeper, bool commit, CancellationToken cancellationToken)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return new(true, [], 0, false);
        }

        if (!table.Columns.SequenceEqual(InfoCenterInput.Columns, StringComparer.Ordinal) || table.Rows.Count > MaxImportLines)
        {
            return new(true, [], 0, false);
        }

        var centers = await Centers().ToListAsync(cancellationToken);
        var refused = new List<InfoCenterImportLine>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row.FieldCount != InfoCenterInput.Columns.Count)
            {
                refused.Add(new(i + 2, [new("*", InfoCenterProblem.UnknownCenter)]));
                continue;
            }

            var input = new InfoCenterInput
            {
                NameJa = row["name_ja"], AddressJa = row["address_ja"], JntoCategory = row["jnto_category"], Languages = row["languages"],
                Hours = InfoCenterInput.Weekdays.Select(d => (string?)row[d]).ToArray(),
            };
            var center = centers.FirstOrDefault(c => c.NameJa == input.NameJa?.Trim());
            var problems = center is null ? [new("name_ja", InfoCenterProblem.UnknownCenter)]
                : !keeper.MayKeep(center) ? [new("name_ja", InfoCenterProblem.NotYourPrefecture)]
                : InfoCenterRules.Apply(input, center);
            if (problems.Count > 0)
            {
                refused.Add(new(i + 2, problems));
            }
            else
            {
                center!.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            }
        }

        var accepted = refused.Count == 0;
        if (accepted && commit)
        {
            await SaveChangesMarkedAsync(cancellationToken);
        }
        else
        {
            db.ChangeTracker.Clear();
        }

        return new(false, refused, table.Rows.Count - refused.Count, accepted && commit);
    }

    private IQueryable<TouristInfoCenter> Centers() => db.TouristInfoCenters.Include(c => c.Hours).Include(c => c.Closures).AsSplitQuery();

    private InfoCenterView View(TouristInfoCenter center, PrefectureNames prefectures, DateOnly today) => new(
        center,
        prefectures[center.PrefectureCode],
        InfoCenterSchedule.At(center.Hours, center.Closures, JapanNow),
        center.Closures.Where(c => c.Until >= today).OrderBy(c => c.From).ToList());

    private async Task SaveAsync(TouristInfoCenter center, CancellationToken cancellationToken)
    {
        center.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await SaveChangesMarkedAsync(cancellationToken);
    }

    private async Task SaveChangesMarkedAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.MarkChangedAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
