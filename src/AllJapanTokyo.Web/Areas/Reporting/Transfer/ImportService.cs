using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting.Transfer;

/// <summary>
/// Values from a CSV in the export's columns, checked line by line (a dry run) and written all or nothing, audited as
/// imported. The same rules as the form apply, report by report, with the values the file does not touch as stored.
/// </summary>
public sealed class ImportService(AppDbContext db, ReportStore reports, TimeProvider clock, IOptions<ReportingOptions> options)
{
    public const int MaxImportLines = 50_000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Checks every line of the CSV; with <paramref name="commit"/> and no problem at all, writes every line in one
    /// transaction (audited as imported). Nothing is written when any line has a problem.
    /// </summary>
    public async Task<ImportResult> ImportAsync(string text, ReportingActor actor, bool commit, CancellationToken cancellationToken)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Parse(text);
        }
        catch (FormatException)
        {
            return ImportResult.Refused(new ImportIssue.Empty(), line: 1);
        }
        catch (ArgumentException)
        {
            // A column named twice in the header.
            return ImportResult.Refused(new ImportIssue.WrongHeader(string.Join(",", ExportService.Columns)), line: 1);
        }

        // A file exported with demonstration values has their mark as a last column, which the import does not read.
        if (!table.Columns.SequenceEqual(ExportService.Columns, StringComparer.Ordinal)
            && !table.Columns.SequenceEqual(ExportService.ColumnsWithSyntheticMark, StringComparer.Ordinal))
        {
            return ImportResult.Refused(new ImportIssue.WrongHeader(string.Join(",", ExportService.Columns)), line: 1);
        }

        if (table.Rows.Count > MaxImportLines)
        {
            return ImportResult.Refused(new ImportIssue.TooManyLines(MaxImportLines), line: 1, lines: table.Rows.Count);
        }

        var problems = new List<ImportProblem>();
        var lines = ImportChecks.ReadLines(table, problems);
        var keys = lines.Select(l => l.Report).Distinct().ToList();
        var submissions = await SubmissionsAsync(keys, cancellationToken);
        var formLines = await FormLinesAsync(keys.Select(k => k.Initiative).Distinct().ToList(), cancellationToken);
        var parsedByReport = ImportChecks.CheckLines(lines, submissions, formLines, actor, options.Value.Window, Now, problems);
        var storedValues = await LoadStoredAsync(parsedByReport.Keys.ToList(), cancellationToken);
        var plans = ImportChecks.CheckReports(parsedByReport, submissions, formLines, storedValues, problems);

        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (!commit || problems.Count > 0)
        {
            return new ImportResult(false, lines.Count, parsedByReport.Count, problems);
        }

        var now = Now;
        var changes = new ValueChanges();
        foreach (var (submission, fields, parsed, status) in plans)
        {
            if (status != submission.ActivityStatus)
            {
                submission.ActivityStatus = status;
                if (status.DidNotTakePlace() && submission.ActivityReasonJa is null)
                {
                    submission.ActivityReasonJa = parsed.Values.Select(p => p.Comment).FirstOrDefault(c => c is not null);
                }
            }

            submission.Touch(actor.UserName, now);
            var key = new ReportKey(submission.FiscalYear, submission.InitiativeCode, submission.PrefectureCode);
            changes.AddRange(ValueChanges.Plan(submission, fields, parsed, status, storedValues.GetValueOrDefault(key) ?? [], actor.UserName, now, AuditAction.Imported));
        }

        // One transaction for every report of the file: all or nothing.
        return await reports.CommitAsync(changes, cancellationToken)
            ? new ImportResult(true, lines.Count, plans.Count, [])
            : new ImportResult(false, lines.Count, plans.Count, [new ImportProblem(1, new ImportIssue.Conflict())]);
    }

    /// <summary>The reports the lines name (tracked: the import stamps them).</summary>
    private async Task<Dictionary<ReportKey, ReportSubmission>> SubmissionsAsync(List<ReportKey> keys, CancellationToken cancellationToken)
    {
        var years = keys.Select(k => k.FiscalYear).Distinct().ToList();
        var initiativeCodes = keys.Select(k => k.Initiative).Distinct().ToList();
        var prefectureCodes = keys.Select(k => k.Prefecture).Distinct().ToList();
        var wanted = keys.ToHashSet();
        return (await db.ReportSubmissions
                .Where(s => years.Contains(s.FiscalYear) && initiativeCodes.Contains(s.InitiativeCode) && prefectureCodes.Contains(s.PrefectureCode))
                .ToListAsync(cancellationToken))
            .Select(s => (Key: new ReportKey(s.FiscalYear, s.InitiativeCode, s.PrefectureCode), Submission: s))
            .Where(s => wanted.Contains(s.Key))
            .ToDictionary(s => s.Key, s => s.Submission);
    }

    private async Task<Dictionary<string, List<FormIndicator>>> FormLinesAsync(List<string> initiativeCodes, CancellationToken cancellationToken) =>
        (await db.FormIndicators.AsNoTracking().Where(f => initiativeCodes.Contains(f.InitiativeCode)).ToListAsync(cancellationToken))
            .GroupBy(f => f.InitiativeCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.SortOrder).ToList());

    private async Task<Dictionary<ReportKey, List<IndicatorValue>>> LoadStoredAsync(List<ReportKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var years = keys.Select(k => k.FiscalYear).Distinct().ToList();
        var prefectures = keys.Select(k => k.Prefecture).Distinct().ToList();
        var wanted = keys.ToHashSet();
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => !v.IsSynthetic && years.Contains(v.FiscalYear) && v.PrefectureCode != null && prefectures.Contains(v.PrefectureCode))
            .ToListAsync(cancellationToken);
        return values
            .GroupBy(v => new ReportKey(v.FiscalYear, v.InitiativeCode, v.PrefectureCode!))
            .Where(g => wanted.Contains(g.Key))
            .ToDictionary(g => g.Key, g => g.ToList());
    }
}
