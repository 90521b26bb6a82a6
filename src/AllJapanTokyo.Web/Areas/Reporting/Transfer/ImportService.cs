using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Reporting.Entry;
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

    private static IReadOnlyList<string> Columns => ExportService.Columns;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private sealed record ImportLine(int Line, string Prefecture, string Initiative, int FiscalYear, string Indicator, bool Online, string ValueText, string Qualifier, string Status, string Comment);

    /// <summary>
    /// Checks every line of the CSV; with <paramref name="commit"/> and no problem at all, writes every line in one
    /// transaction (audited as imported). Nothing is written when any line has a problem.
    /// </summary>
    public async Task<ImportResult> ImportAsync(string text, ReportingActor actor, bool commit, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblem>();
        List<string[]> records;
        try
        {
            records = CsvTable.ReadRecords(text.TrimStart('\uFEFF')).ToList();
        }
        catch (FormatException e)
        {
            return new ImportResult(false, 0, 0, [new ImportProblem(1, e.Message)]);
        }

        records = records.Where(r => r.Length > 1 || r[0].Length > 0).ToList();
        if (records.Count == 0)
        {
            return new ImportResult(false, 0, 0, [new ImportProblem(1, "CSVが空です。 / The CSV is empty.")]);
        }

        var header = records[0].Select(h => h.Trim()).ToArray();
        if (!header.SequenceEqual(Columns))
        {
            return new ImportResult(false, 0, 0, [new ImportProblem(1, $"見出し行は「{string.Join(",", Columns)}」にしてください。 / The header must be: {string.Join(",", Columns)}.")]);
        }

        if (records.Count - 1 > MaxImportLines)
        {
            return new ImportResult(false, records.Count - 1, 0, [new ImportProblem(1, $"一度に取り込めるのは{MaxImportLines:#,0}行までです。 / At most {MaxImportLines:#,0} lines per file.")]);
        }

        var lines = new List<ImportLine>();
        for (var i = 1; i < records.Count; i++)
        {
            var r = records[i];
            var lineNumber = i + 1;
            if (r.Length != Columns.Count)
            {
                problems.Add(new ImportProblem(lineNumber, $"列の数が{r.Length}です（{Columns.Count}列必要）。 / {r.Length} columns instead of {Columns.Count}."));
                continue;
            }

            if (!int.TryParse(r[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear))
            {
                problems.Add(new ImportProblem(lineNumber, "fiscal_year は西暦の年度（例：2020）で入力してください。 / fiscal_year must be a year such as 2020."));
                continue;
            }

            var format = r[4].Trim();
            if (format is not ("" or "online"))
            {
                problems.Add(new ImportProblem(lineNumber, "format は空欄または online にしてください。 / format must be empty or online."));
                continue;
            }

            var prefecture = r[0].Trim();
            if (prefecture.Length == 1 && char.IsAsciiDigit(prefecture[0]))
            {
                prefecture = "0" + prefecture;
            }

            lines.Add(new ImportLine(lineNumber, prefecture, r[1].Trim(), fiscalYear, r[3].Trim(), format == "online", r[5], r[6].Trim(), r[7].Trim(), r[8]));
        }

        var keys = lines.Select(l => (l.FiscalYear, l.Initiative, l.Prefecture)).Distinct().ToList();
        var years = keys.Select(k => k.FiscalYear).Distinct().ToList();
        var initiativeCodes = keys.Select(k => k.Initiative).Distinct().ToList();
        var prefectureCodes = keys.Select(k => k.Prefecture).Distinct().ToList();
        var submissions = (await db.ReportSubmissions
                .Where(s => years.Contains(s.FiscalYear) && initiativeCodes.Contains(s.InitiativeCode) && prefectureCodes.Contains(s.PrefectureCode))
                .ToListAsync(cancellationToken))
            .Where(s => keys.Contains((s.FiscalYear, s.InitiativeCode, s.PrefectureCode)))
            .ToDictionary(s => (s.FiscalYear, s.InitiativeCode, s.PrefectureCode));
        var formLines = (await db.FormIndicators.AsNoTracking().Where(f => initiativeCodes.Contains(f.InitiativeCode)).ToListAsync(cancellationToken))
            .GroupBy(f => f.InitiativeCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.SortOrder).ToList());
        var knownPrefectures = (await db.Prefectures.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet();
        var window = options.Value.Window;
        var now = Now;

        var seen = new HashSet<(int, string, string, string, bool)>();
        var parsedByReport = new Dictionary<(int, string, string), List<(ImportLine Line, decimal? Value, ValueQualifier Qualifier, ActivityStatus? Status)>>();
        foreach (var line in lines)
        {
            var before = problems.Count;
            void Problem(string message) => problems.Add(new ImportProblem(line.Line, message));
            if (!knownPrefectures.Contains(line.Prefecture))
            {
                Problem($"都道府県コード「{line.Prefecture}」はありません。 / Unknown prefecture code {line.Prefecture}.");
                continue;
            }

            if (!actor.ReadsAll && line.Prefecture != actor.PrefectureCode)
            {
                Problem("自分の都道府県以外の行は取り込めません。 / You can import only your own prefecture's values.");
                continue;
            }

            if (!submissions.TryGetValue((line.FiscalYear, line.Initiative, line.Prefecture), out var submission))
            {
                Problem($"{line.FiscalYear}年度の施策「{line.Initiative}」の報告は、この都道府県に割り当てられていません。 / No report of initiative {line.Initiative} for FY{line.FiscalYear} is assigned to this prefecture.");
                continue;
            }

            if (!submission.IsEditableState)
            {
                Problem($"この報告は{submission.State.Japanese()}のため変更できません。 / This report is {submission.State.English().ToLowerInvariant()} and cannot be changed.");
                continue;
            }

            if (!actor.ReadsAll && !submission.IsEntryOpen(now, window))
            {
                Problem($"{line.FiscalYear}年度の入力期間は終了しています。 / Entry for FY{line.FiscalYear} is closed.");
                continue;
            }

            var formLine = formLines.GetValueOrDefault(line.Initiative)?.FirstOrDefault(f => f.IndicatorCode == line.Indicator);
            if (formLine is null)
            {
                Problem($"指標「{line.Indicator}」はこの施策の報告様式にありません。 / Indicator {line.Indicator} is not on this initiative's form.");
                continue;
            }

            if (line.Online && !formLine.SplitByFormat)
            {
                Problem($"指標「{line.Indicator}」はオンライン分を報告しません。 / Indicator {line.Indicator} has no online part.");
                continue;
            }

            if (!seen.Add((line.FiscalYear, line.Initiative, line.Prefecture, line.Indicator, line.Online)))
            {
                Problem("同じ値が前の行にもあります。 / The same value appears on an earlier line.");
                continue;
            }

            var finding = ValidationRules.ParseValue(line.Indicator, line.ValueText, out var value);
            if (finding is not null)
            {
                Problem("value: " + finding.Message);
            }

            if (!FormService.TryParseQualifier(line.Qualifier, out var qualifier))
            {
                Problem("qualifier は空欄・exact・at_least・approx のいずれかにしてください。 / qualifier must be empty, exact, at_least or approx.");
            }

            ActivityStatus? status = null;
            if (line.Status.Length > 0)
            {
                if (FormService.TryParseReportedStatus(line.Status, out var s))
                {
                    status = s;
                }
                else
                {
                    Problem("status は空欄・held・cancelled・not_held のいずれかにしてください。 / status must be empty, held, cancelled or not_held.");
                }
            }

            if (line.Comment.Length > 1000)
            {
                Problem("comment は1000文字以内にしてください。 / comment must be at most 1,000 characters.");
            }

            if (problems.Count == before)
            {
                var key = (line.FiscalYear, line.Initiative, line.Prefecture);
                if (!parsedByReport.TryGetValue(key, out var list))
                {
                    parsedByReport[key] = list = [];
                }

                list.Add((line, value, qualifier, status));
            }
        }

        // Rules between values, report by report (with the values the file does not touch as stored).
        var storedValues = await LoadStoredAsync(parsedByReport.Keys.ToList(), cancellationToken);
        var plans = new List<(ReportSubmission Submission, List<FormField> Fields, Dictionary<string, (decimal? Value, ValueQualifier Qualifier, string? Comment)> Parsed, ActivityStatus? Status)>();
        foreach (var (key, parsedLines) in parsedByReport)
        {
            var submission = submissions[key];
            var fields = formLines[key.Item2]
                .SelectMany(f => (f.SplitByFormat ? new[] { false, true } : [false]).Select(online => new FormField(
                    FieldKeys.Of(f.IndicatorCode, online), f.IndicatorCode, online, "", "", "", "", "", ValueQualifier.Exact, null, null, null, null)))
                .ToList();
            var stored = storedValues.GetValueOrDefault(key) ?? [];
            var parsed = fields.ToDictionary<FormField, string, (decimal? Value, ValueQualifier Qualifier, string? Comment)>(
                f => f.Key,
                f => stored.FirstOrDefault(v => v.IndicatorCode == f.IndicatorCode && ValueChanges.IsOnline(v) == f.OnlinePart) is { } v
                    ? (v.IsActivityMissing ? null : (decimal?)v.Value, v.Qualifier, v.NoteJa)
                    : ((decimal?)null, ValueQualifier.Exact, (string?)null),
                StringComparer.Ordinal);
            foreach (var p in parsedLines)
            {
                parsed[FieldKeys.Of(p.Line.Indicator, p.Line.Online)] = (p.Value, p.Qualifier, p.Line.Comment.Trim().Length == 0 ? null : p.Line.Comment.Trim());
            }

            var statuses = parsedLines.Where(p => p.Status is not null).Select(p => p.Status).Distinct().ToList();
            if (statuses.Count > 1)
            {
                problems.Add(new ImportProblem(parsedLines[0].Line.Line, "同じ報告の行で status が異なります。 / The lines of one report give different statuses."));
                continue;
            }

            var status = statuses.Count == 1 ? statuses[0] : submission.ActivityStatus;
            var reason = submission.ActivityReasonJa ?? (status.DidNotTakePlace() ? parsedLines.Select(p => p.Line.Comment.Trim()).FirstOrDefault(c => c.Length > 0) : null);
            var rules = ValidationRules.Check(status, reason, fields.Select(f => new FieldValue(f.IndicatorCode, f.OnlinePart, parsed[f.Key].Value)).ToList(), forSubmission: false);
            foreach (var rule in rules.Where(r => r.Severity == RuleSeverity.Blocking))
            {
                var line = rule.FieldKey is null ? parsedLines[0].Line : parsedLines.FirstOrDefault(p => FieldKeys.Of(p.Line.Indicator, p.Line.Online) == rule.FieldKey).Line ?? parsedLines[0].Line;
                problems.Add(new ImportProblem(line.Line, rule.Message));
            }

            plans.Add((submission, fields, parsed, status));
        }

        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (!commit || problems.Count > 0)
        {
            return new ImportResult(false, lines.Count, parsedByReport.Count, problems);
        }

        var changes = new ValueChanges();
        foreach (var (submission, fields, parsed, status) in plans)
        {
            var key = (submission.FiscalYear, submission.InitiativeCode, submission.PrefectureCode);
            if (status != submission.ActivityStatus)
            {
                submission.ActivityStatus = status;
                if (status.DidNotTakePlace() && submission.ActivityReasonJa is null)
                {
                    submission.ActivityReasonJa = parsed.Values.Select(p => p.Comment).FirstOrDefault(c => c is not null);
                }
            }

            submission.Touch(actor.UserName, now);
            changes.AddRange(ValueChanges.Plan(submission, fields, parsed, status, storedValues.GetValueOrDefault(key) ?? [], actor.UserName, now, AuditAction.Imported));
        }

        // One transaction for every report of the file: all or nothing.
        return await reports.CommitAsync(changes, cancellationToken)
            ? new ImportResult(true, lines.Count, plans.Count, [])
            : new ImportResult(false, lines.Count, plans.Count, [new ImportProblem(1, "取り込み中に別の人が報告を保存しました。何も書き込まれていません。もう一度お試しください。 / Someone saved a report meanwhile; nothing was written. Try again.")]);
    }

    private async Task<Dictionary<(int, string, string), List<IndicatorValue>>> LoadStoredAsync(List<(int FiscalYear, string Initiative, string Prefecture)> keys, CancellationToken cancellationToken)
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
        return values.Where(v => wanted.Contains((v.FiscalYear, v.InitiativeCode, v.PrefectureCode!)))
            .GroupBy(v => (v.FiscalYear, v.InitiativeCode, v.PrefectureCode!))
            .ToDictionary(g => g.Key, g => g.ToList());
    }
}
