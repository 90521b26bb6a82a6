using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Reporting.Reports;

/// <summary>The initiative's title and the prefecture's name of one report, for its pages.</summary>
public sealed record ReportHead(int Id, LocalizedText InitiativeTitle, LocalizedText PrefectureName);

/// <summary>
/// The reads and the one write that the use cases on reports share (entry, review, history, import): a report by its
/// key, its values, its form's fields, and the all-or-nothing write of planned value changes.
/// </summary>
public sealed class ReportStore(AppDbContext db)
{
    /// <summary>The report; tracked when the caller changes it.</summary>
    public Task<ReportSubmission?> FindAsync(ReportKey key, bool tracked, CancellationToken cancellationToken) =>
        (tracked ? db.ReportSubmissions : db.ReportSubmissions.AsNoTracking())
            .FirstOrDefaultAsync(s => s.FiscalYear == key.FiscalYear && s.InitiativeCode == key.Initiative && s.PrefectureCode == key.Prefecture, cancellationToken);

    /// <summary>The report's values (tracked unless the caller says AsNoTracking): synthetic ones for a demonstration report.</summary>
    public IQueryable<IndicatorValue> ValuesOf(ReportSubmission submission) =>
        db.IndicatorValues.Where(v => v.IsSynthetic == submission.IsSynthetic && v.FiscalYear == submission.FiscalYear
            && v.InitiativeCode == submission.InitiativeCode && v.PrefectureCode == submission.PrefectureCode);

    /// <summary>The report's audit trail, oldest first.</summary>
    public async Task<List<ReportingAuditEntry>> AuditAsync(int submissionId, CancellationToken cancellationToken) =>
        await db.ReportingAuditEntries.AsNoTracking().Where(a => a.SubmissionId == submissionId).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>The fiscal years that have reports, newest first.</summary>
    public async Task<IReadOnlyList<int>> FiscalYearsAsync(CancellationToken cancellationToken) =>
        await db.ReportSubmissions.AsNoTracking().Select(s => s.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    public Task<ReportHead?> HeadAsync(ReportKey key, CancellationToken cancellationToken) =>
        db.ReportSubmissions.AsNoTracking()
            .Where(s => s.FiscalYear == key.FiscalYear && s.InitiativeCode == key.Initiative && s.PrefectureCode == key.Prefecture)
            .Join(db.Initiatives, s => s.InitiativeCode, i => i.Code, (s, i) => new { s, i })
            .Join(db.Prefectures, x => x.s.PrefectureCode, p => p.Code, (x, p) => new ReportHead(x.s.Id, x.i.Title, p.Name))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The form's fields with the previous FY's approved value and the prefecture's own min–max history.</summary>
    public async Task<List<FormField>> FieldsAsync(ReportSubmission submission, CancellationToken cancellationToken)
    {
        var lines = await db.FormIndicators.AsNoTracking()
            .Where(f => f.InitiativeCode == submission.InitiativeCode)
            .Join(db.IndicatorDefinitions, f => f.IndicatorCode, d => d.Code, (f, d) => new { f.IndicatorCode, f.SortOrder, f.SplitByFormat, d.Label, d.Unit })
            .OrderBy(f => f.SortOrder).ThenBy(f => f.IndicatorCode)
            .ToListAsync(cancellationToken);
        var history = await db.IndicatorValues.AsNoTracking()
            .Where(IndicatorValue.IsPublished)
            .Where(v => v.PrefectureCode == submission.PrefectureCode && v.InitiativeCode == submission.InitiativeCode && v.FiscalYear < submission.FiscalYear)
            .Select(v => new { v.FiscalYear, v.IndicatorCode, v.IsOnlinePart, v.Value, v.Qualifier, v.ActivityStatus })
            .ToListAsync(cancellationToken);
        var fields = new List<FormField>();
        foreach (var line in lines)
        {
            foreach (var online in line.SplitByFormat ? new[] { false, true } : [false])
            {
                var own = history.Where(h => h.IndicatorCode == line.IndicatorCode && h.IsOnlinePart == online).ToList();
                var counted = own.Where(h => !h.ActivityStatus.DidNotTakePlace()).ToList();
                var previous = own.FirstOrDefault(h => h.FiscalYear == submission.FiscalYear - 1);
                fields.Add(new FormField(
                    new FieldSlot(line.IndicatorCode, online), line.Label, line.Unit, "", ValueQualifier.Exact, null,
                    previous is null ? null : new PreviousFigure(previous.Value, previous.Qualifier, previous.ActivityStatus),
                    counted.Count == 0 ? null : counted.Min(h => h.Value),
                    counted.Count == 0 ? null : counted.Max(h => h.Value)));
            }
        }

        return fields;
    }

    private static readonly string[] ChangedValueColumns =
    [
        nameof(IndicatorValue.Value), nameof(IndicatorValue.Qualifier), nameof(IndicatorValue.ActivityStatus),
        nameof(IndicatorValue.NoteJa), nameof(IndicatorValue.ReviewState), nameof(IndicatorValue.Version),
    ];

    /// <summary>
    /// Writes the tracked report rows and then the planned value and audit rows, in one write transaction; false (nothing
    /// written) when someone saved one of the reports since it was read. The report rows go first: their versions
    /// (concurrency tokens) refuse the whole write, and on SQLite the transaction holds the write lock from its start, so
    /// the check and the writes cannot interleave with another writer's. The reads before it stay outside. The values
    /// and audit rows go as a handful of set-based statements (Infrastructure/Data/BulkWrites.cs): EF's change tracker
    /// would send one statement per row.
    /// </summary>
    public async Task<bool> CommitAsync(ValueChanges changes, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }

        if (changes.RemovedIds.Count > 0)
        {
            await db.IndicatorValues.Where(v => changes.RemovedIds.Contains(v.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        await db.UpdateAsync(changes.Changed, ChangedValueColumns, cancellationToken);
        await db.InsertAsync(changes.Added, cancellationToken);
        await db.InsertAsync(changes.Audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
