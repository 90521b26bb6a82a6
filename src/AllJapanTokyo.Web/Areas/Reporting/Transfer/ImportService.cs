using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Prefectures;
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

    private sealed record ImportLine(int Line, ReportKey Report, string Indicator, bool Online, string ValueText, string Qualifier, string Status, string Comment)
    {
        public string FieldKey => FieldKeys.Of(Indicator, Online);
    }

    private sealed record ParsedLine(ImportLine Line, decimal? Value, ValueQualifier Qualifier, ActivityStatus? Status);

    private sealed record ReportPlan(ReportSubmission Submission, List<FieldSlot> Fields, Dictionary<string, ParsedField> Parsed, ActivityStatus? Status);

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

        if (!table.Columns.SequenceEqual(ExportService.Columns, StringComparer.Ordinal))
        {
            return ImportResult.Refused(new ImportIssue.WrongHeader(string.Join(",", ExportService.Columns)), line: 1);
        }

        if (table.Rows.Count > MaxImportLines)
        {
            return ImportResult.Refused(new ImportIssue.TooManyLines(MaxImportLines), line: 1, lines: table.Rows.Count);
        }

        var problems = new List<ImportProblem>();
        var lines = ReadLines(table, problems);
        var keys = lines.Select(l => l.Report).Distinct().ToList();
        var submissions = await SubmissionsAsync(keys, cancellationToken);
        var formLines = await FormLinesAsync(keys.Select(k => k.Initiative).Distinct().ToList(), cancellationToken);
        var parsedByReport = CheckLines(lines, submissions, formLines, actor, problems);
        var storedValues = await LoadStoredAsync(parsedByReport.Keys, cancellationToken);
        var plans = CheckReports(parsedByReport, submissions, formLines, storedValues, problems);

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

    /// <summary>The lines whose year, format and prefecture code can be read; the others become problems.</summary>
    private static List<ImportLine> ReadLines(CsvTable table, List<ImportProblem> problems)
    {
        var lines = new List<ImportLine>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var number = i + 2; // the header is line 1
            if (!int.TryParse(row["fiscal_year"], NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear) || fiscalYear is < FiscalYear.Earliest or > FiscalYear.Latest)
            {
                problems.Add(new ImportProblem(number, new ImportIssue.FiscalYearNotAYear()));
                continue;
            }

            var format = row["format"];
            if (format is not ("" or ExportService.OnlineFormat))
            {
                problems.Add(new ImportProblem(number, new ImportIssue.FormatNotOnline()));
                continue;
            }

            string prefecture;
            try
            {
                prefecture = Prefecture.NormalizeCode(row["prefecture_code"]);
            }
            catch (FormatException)
            {
                problems.Add(new ImportProblem(number, new ImportIssue.UnknownPrefecture(row["prefecture_code"])));
                continue;
            }

            lines.Add(new ImportLine(
                number, new ReportKey(fiscalYear, row["initiative"], prefecture), row["indicator"], format == ExportService.OnlineFormat,
                row["value"], row["qualifier"], row["status"], row["comment"]));
        }

        return lines;
    }

    /// <summary>Each line against its report and form: who may write it, whether it is open, whether the field exists.</summary>
    private Dictionary<ReportKey, List<ParsedLine>> CheckLines(
        List<ImportLine> lines,
        Dictionary<ReportKey, ReportSubmission> submissions,
        Dictionary<string, List<FormIndicator>> formLines,
        ReportingActor actor,
        List<ImportProblem> problems)
    {
        var window = options.Value.Window;
        var now = Now;

        var seen = new HashSet<(ReportKey, string)>();
        var parsedByReport = new Dictionary<ReportKey, List<ParsedLine>>();
        foreach (var line in lines)
        {
            var before = problems.Count;
            void Problem(ImportIssue issue) => problems.Add(new ImportProblem(line.Line, issue));
            if (!actor.ReadsAll && line.Report.Prefecture != actor.PrefectureCode)
            {
                Problem(new ImportIssue.NotYourPrefecture());
                continue;
            }

            if (!submissions.TryGetValue(line.Report, out var submission))
            {
                Problem(new ImportIssue.NotAssigned(line.Report.FiscalYear, line.Report.Initiative));
                continue;
            }

            if (!submission.IsEditableState)
            {
                Problem(new ImportIssue.NotEditable(submission.State));
                continue;
            }

            if (!actor.ReadsAll && !submission.IsEntryOpen(now, window))
            {
                Problem(new ImportIssue.EntryClosed(line.Report.FiscalYear));
                continue;
            }

            var formLine = formLines.GetValueOrDefault(line.Report.Initiative)?.FirstOrDefault(f => f.IndicatorCode == line.Indicator);
            if (formLine is null)
            {
                Problem(new ImportIssue.NotOnForm(line.Indicator));
                continue;
            }

            if (line.Online && !formLine.SplitByFormat)
            {
                Problem(new ImportIssue.NoOnlinePart(line.Indicator));
                continue;
            }

            if (!seen.Add((line.Report, line.FieldKey)))
            {
                Problem(new ImportIssue.Duplicate());
                continue;
            }

            if (ValidationRules.ParseValue(line.Indicator, line.ValueText, out var value) is { } finding)
            {
                Problem(new ImportIssue.Rule(finding.Problem, "value"));
            }

            if (!ReportCodes.TryParseQualifier(line.Qualifier, out var qualifier))
            {
                Problem(new ImportIssue.QualifierNotACode());
            }

            ActivityStatus? status = null;
            if (line.Status.Length > 0)
            {
                if (ReportCodes.TryParseStatus(line.Status, out var s))
                {
                    status = s;
                }
                else
                {
                    Problem(new ImportIssue.StatusNotACode());
                }
            }

            if (line.Comment.Length > IndicatorValue.NoteMaxLength)
            {
                Problem(new ImportIssue.Rule(new ReportingProblem.CommentTooLong(IndicatorValue.NoteMaxLength), "comment"));
            }

            if (problems.Count == before)
            {
                if (!parsedByReport.TryGetValue(line.Report, out var list))
                {
                    parsedByReport[line.Report] = list = [];
                }

                list.Add(new ParsedLine(line, value, qualifier, status));
            }
        }

        return parsedByReport;
    }

    /// <summary>Rules between values, report by report, with the values the file does not touch as stored.</summary>
    private static List<ReportPlan> CheckReports(
        Dictionary<ReportKey, List<ParsedLine>> parsedByReport,
        Dictionary<ReportKey, ReportSubmission> submissions,
        Dictionary<string, List<FormIndicator>> formLines,
        Dictionary<ReportKey, List<IndicatorValue>> storedValues,
        List<ImportProblem> problems)
    {
        var plans = new List<ReportPlan>();
        foreach (var (key, parsedLines) in parsedByReport)
        {
            var submission = submissions[key];
            var fields = formLines[key.Initiative]
                .SelectMany(f => (f.SplitByFormat ? new[] { false, true } : [false]).Select(online => new FieldSlot(f.IndicatorCode, online)))
                .ToList();
            var stored = storedValues.GetValueOrDefault(key) ?? [];
            var parsed = fields.ToDictionary(
                f => f.Key,
                f => stored.FirstOrDefault(v => v.IndicatorCode == f.IndicatorCode && ValueChanges.IsOnline(v) == f.OnlinePart) is { } v
                    ? new ParsedField(v.IsActivityMissing ? null : v.Value, v.Qualifier, v.NoteJa)
                    : new ParsedField(null, ValueQualifier.Exact, null),
                StringComparer.Ordinal);
            foreach (var p in parsedLines)
            {
                parsed[p.Line.FieldKey] = new ParsedField(p.Value, p.Qualifier, p.Line.Comment.Length == 0 ? null : p.Line.Comment);
            }

            var statuses = parsedLines.Where(p => p.Status is not null).Select(p => p.Status).Distinct().ToList();
            if (statuses.Count > 1)
            {
                problems.Add(new ImportProblem(parsedLines[0].Line.Line, new ImportIssue.StatusesDiffer()));
                continue;
            }

            var status = statuses.Count == 1 ? statuses[0] : submission.ActivityStatus;
            var reason = submission.ActivityReasonJa ?? (status.DidNotTakePlace() ? parsedLines.Select(p => p.Line.Comment).FirstOrDefault(c => c.Length > 0) : null);
            var rules = ValidationRules.Check(status, reason, fields.Select(f => new FieldValue(f.IndicatorCode, f.OnlinePart, parsed[f.Key].Value)).ToList(), forSubmission: false);
            foreach (var rule in rules.Where(r => r.Severity == RuleSeverity.Blocking))
            {
                var line = parsedLines.FirstOrDefault(p => rule.FieldKey is not null && p.Line.FieldKey == rule.FieldKey)?.Line ?? parsedLines[0].Line;
                problems.Add(new ImportProblem(line.Line, new ImportIssue.Rule(rule.Problem)));
            }

            plans.Add(new ReportPlan(submission, fields, parsed, status));
        }

        return plans;
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

    private async Task<Dictionary<ReportKey, List<IndicatorValue>>> LoadStoredAsync(IReadOnlyCollection<ReportKey> keys, CancellationToken cancellationToken)
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
