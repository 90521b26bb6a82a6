using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Reporting.Reports;

namespace AllJapanTokyo.Web.Areas.Reporting.Transfer;

/// <summary>
/// The checks of an import, in memory on what ImportService has read: each line on its own, then each report's lines
/// together with its stored values (the form's rules). Every problem is recorded with its line; nothing is written here.
/// </summary>
internal static class ImportChecks
{
    internal sealed record ImportLine(int Line, ReportKey Report, string Indicator, bool Online, string ValueText, string Qualifier, string Status, string Comment)
    {
        public string FieldKey => FieldKeys.Of(Indicator, Online);
    }

    internal sealed record ParsedLine(ImportLine Line, decimal? Value, ValueQualifier Qualifier, ActivityStatus? Status);

    internal sealed record ReportPlan(ReportSubmission Submission, List<FieldSlot> Fields, Dictionary<string, ParsedField> Parsed, ActivityStatus? Status);

    /// <summary>The lines whose year, format and prefecture code can be read; the others become problems.</summary>
    public static List<ImportLine> ReadLines(CsvTable table, List<ImportProblem> problems)
    {
        var lines = new List<ImportLine>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var number = i + 2; // the header is line 1
            if (row.FieldCount != table.Columns.Count)
            {
                // Read by name, a shifted line would put a comment's second half in another column.
                problems.Add(new ImportProblem(number, new ImportIssue.WrongFieldCount(row.FieldCount, table.Columns.Count)));
                continue;
            }

            if (!int.TryParse(row["fiscal_year"], NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear) || !FiscalYear.IsValid(fiscalYear))
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
    public static Dictionary<ReportKey, List<ParsedLine>> CheckLines(
        List<ImportLine> lines,
        Dictionary<ReportKey, ReportSubmission> submissions,
        Dictionary<string, List<FormIndicator>> formLines,
        ReportingActor actor,
        EntryWindow window,
        DateTime now,
        List<ImportProblem> problems)
    {
        var seen = new HashSet<(ReportKey, string)>();
        var parsedByReport = new Dictionary<ReportKey, List<ParsedLine>>();
        foreach (var line in lines)
        {
            var before = problems.Count;
            void Problem(ImportIssue issue) => problems.Add(new ImportProblem(line.Line, issue));
            // The form's rule: only the prefecture's own staff write its values; officials and administrators read them.
            if (!actor.MayWrite(line.Report.Prefecture))
            {
                Problem(actor.PrefectureCode is null ? new ImportIssue.NotPrefectureStaff() : new ImportIssue.NotYourPrefecture());
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

            if (!submission.IsEntryOpen(now, window))
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
    public static List<ReportPlan> CheckReports(
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
}
