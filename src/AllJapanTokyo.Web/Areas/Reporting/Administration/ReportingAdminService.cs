using System.ComponentModel.DataAnnotations;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Results;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Reporting.Administration;

/// <param name="Version">The indicator's concurrency token, which its edit form carries.</param>
public sealed record IndicatorRow(string Code, LocalizedText Label, LocalizedText Unit, IReadOnlyList<string> Initiatives, Guid Version);

/// <summary>What an indicator's edit did.</summary>
public enum IndicatorSave
{
    Saved,
    NotFound,

    /// <summary>Another administrator saved the indicator after this form was read: nothing was written.</summary>
    SavedMeanwhile,
}

public sealed record FormLineRow(string IndicatorCode, LocalizedText Label, int SortOrder, bool SplitByFormat);

public sealed record AssignmentRow(string PrefectureCode, LocalizedText Name, bool Assigned, bool Started);

/// <summary>What the initiative's page says after a change: the form updated, or how the assignments changed.</summary>
public abstract record AdminNotice
{
    private AdminNotice()
    {
    }

    public sealed record FormUpdated : AdminNotice;

    /// <param name="Kept">Reports the administrator took off the list but kept, because their entry had started.</param>
    public sealed record AssignmentsUpdated(int Added, int Removed, int Kept) : AdminNotice;
}

public sealed record InitiativeAdminPage(
    InitiativeRef Initiative,
    IReadOnlyList<FormLineRow> Lines,
    IReadOnlyList<IndicatorRow> Indicators,
    int FiscalYear,
    IReadOnlyList<AssignmentRow> Assignments,
    AdminNotice? Notice);

/// <summary>An indicator's label and unit in Japanese and English, as the administrator edits them.</summary>
public sealed class IndicatorInput
{
    [Display(Name = "名称（日本語）")]
    [Required(ErrorMessage = "{0}を入力してください。")]
    [StringLength(IndicatorDefinition.LabelMaxLength, ErrorMessage = "{0}は{1}文字以内にしてください。")]
    public string? LabelJa { get; set; }

    [Display(Name = "名称（英語）")]
    [Required(ErrorMessage = "{0}を入力してください。")]
    [StringLength(IndicatorDefinition.LabelMaxLength, ErrorMessage = "{0}は{1}文字以内にしてください。")]
    public string? LabelEn { get; set; }

    [Display(Name = "単位（日本語）")]
    [Required(ErrorMessage = "{0}を入力してください。")]
    [StringLength(IndicatorDefinition.UnitMaxLength, ErrorMessage = "{0}は{1}文字以内にしてください。")]
    public string? UnitJa { get; set; }

    [Display(Name = "単位（英語）")]
    [Required(ErrorMessage = "{0}を入力してください。")]
    [StringLength(IndicatorDefinition.UnitMaxLength, ErrorMessage = "{0}は{1}文字以内にしてください。")]
    public string? UnitEn { get; set; }

    /// <summary>The indicator's <see cref="IndicatorDefinition.Version"/> the form was read at.</summary>
    public Guid Version { get; set; }
}

/// <summary>Administrators edit indicators, compose each initiative's form, and choose who reports what in which FY.</summary>
public sealed class ReportingAdminService(AppDbContext db)
{
    public async Task<IReadOnlyList<InitiativeRef>> InitiativesAsync(CancellationToken cancellationToken) =>
        await db.Initiatives.AsNoTracking().OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number)
            .Select(i => new InitiativeRef(i.Code, i.ChapterNumber, i.Number, i.Title)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<IndicatorRow>> IndicatorsAsync(CancellationToken cancellationToken)
    {
        var lines = await db.FormIndicators.AsNoTracking().Select(f => new { f.IndicatorCode, f.InitiativeCode }).ToListAsync(cancellationToken);
        var indicators = await db.IndicatorDefinitions.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return indicators.Select(d => new IndicatorRow(d.Code, d.Label, d.Unit,
            lines.Where(l => l.IndicatorCode == d.Code).Select(l => l.InitiativeCode).Order(StringComparer.Ordinal).ToList(), d.Version)).ToList();
    }

    /// <summary>Saves the edit typed on a form read at <see cref="IndicatorInput.Version"/>, unless someone saved the indicator since.</summary>
    public async Task<IndicatorSave> UpdateIndicatorAsync(string code, IndicatorInput input, CancellationToken cancellationToken)
    {
        var indicator = await db.IndicatorDefinitions.FirstOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (indicator is null)
        {
            return IndicatorSave.NotFound;
        }

        if (indicator.Version != input.Version)
        {
            return IndicatorSave.SavedMeanwhile;
        }

        indicator.Rename(
            indicator.Label with { Ja = input.LabelJa!.Trim(), En = input.LabelEn!.Trim() },
            indicator.Unit with { Ja = input.UnitJa!.Trim(), En = input.UnitEn!.Trim() });
        try
        {
            // The version is a concurrency token: a save between this read and this write refuses the update.
            await db.SaveChangesAsync(cancellationToken);
            return IndicatorSave.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return IndicatorSave.SavedMeanwhile;
        }
    }

    public async Task<InitiativeAdminPage?> InitiativeAsync(string code, int fiscalYear, AdminNotice? notice, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.AsNoTracking().Where(i => i.Code == code)
            .Select(i => new InitiativeRef(i.Code, i.ChapterNumber, i.Number, i.Title)).FirstOrDefaultAsync(cancellationToken);
        if (initiative is null)
        {
            return null;
        }

        var lines = await db.FormIndicators.AsNoTracking().Where(f => f.InitiativeCode == code)
            .OrderBy(f => f.SortOrder)
            .Join(db.IndicatorDefinitions, f => f.IndicatorCode, d => d.Code, (f, d) => new FormLineRow(f.IndicatorCode, d.Label, f.SortOrder, f.SplitByFormat))
            .ToListAsync(cancellationToken);
        var assigned = await db.ReportSubmissions.AsNoTracking().Where(s => s.FiscalYear == fiscalYear && s.InitiativeCode == code).ToListAsync(cancellationToken);
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(cancellationToken);
        var rows = prefectures.Select(p =>
        {
            var report = assigned.FirstOrDefault(x => x.PrefectureCode == p.Code);
            return new AssignmentRow(p.Code, p.Name, report is not null, report?.HasStarted ?? false);
        }).ToList();
        return new InitiativeAdminPage(initiative, lines, await IndicatorsAsync(cancellationToken), fiscalYear, rows, notice);
    }

    public async Task<bool> SetFormLineAsync(string initiative, string indicator, bool include, bool splitByFormat, CancellationToken cancellationToken)
    {
        if (!await db.Initiatives.AnyAsync(i => i.Code == initiative, cancellationToken) || !await db.IndicatorDefinitions.AnyAsync(d => d.Code == indicator, cancellationToken))
        {
            return false;
        }

        var line = await db.FormIndicators.FirstOrDefaultAsync(f => f.InitiativeCode == initiative && f.IndicatorCode == indicator, cancellationToken);
        if (!include)
        {
            if (line is not null)
            {
                db.FormIndicators.Remove(line);
            }
        }
        else if (line is null)
        {
            var last = await db.FormIndicators.Where(f => f.InitiativeCode == initiative).MaxAsync(f => (int?)f.SortOrder, cancellationToken) ?? 0;
            db.FormIndicators.Add(new FormIndicator { InitiativeCode = initiative, IndicatorCode = indicator, SortOrder = last + 10, SplitByFormat = splitByFormat });
        }
        else
        {
            line.SplitByFormat = splitByFormat;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Sets which prefectures report the initiative in the FY. A report already started is never removed.</summary>
    public async Task<(int Added, int Removed, int Kept)> SetAssignmentsAsync(string initiative, int fiscalYear, IReadOnlyCollection<string> prefectures, CancellationToken cancellationToken)
    {
        var existing = await db.ReportSubmissions.Where(s => s.FiscalYear == fiscalYear && s.InitiativeCode == initiative).ToListAsync(cancellationToken);
        var known = (await db.Prefectures.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet();
        var wanted = prefectures.Where(known.Contains).ToHashSet();
        var added = 0;
        var removed = 0;
        var kept = 0;
        foreach (var code in wanted.Where(c => existing.All(e => e.PrefectureCode != c)))
        {
            db.ReportSubmissions.Add(new ReportSubmission { FiscalYear = fiscalYear, InitiativeCode = initiative, PrefectureCode = code });
            added++;
        }

        var audited = (await db.ReportingAuditEntries.Where(a => a.FiscalYear == fiscalYear && a.InitiativeCode == initiative).Select(a => a.SubmissionId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var submission in existing.Where(e => !wanted.Contains(e.PrefectureCode)))
        {
            if (!submission.HasStarted && !audited.Contains(submission.Id))
            {
                db.ReportSubmissions.Remove(submission);
                removed++;
            }
            else
            {
                kept++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (added, removed, kept);
    }
}
