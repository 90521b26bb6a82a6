using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Reporting.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting;

/// <summary>Completeness and reminders, export and import (with dry run) of fiscal-year reports.</summary>
public sealed class ReportingDataService(
    AppDbContext db,
    ReportingWorkflowService workflow,
    IEmailSender email,
    TimeProvider clock,
    IOptions<ReportingOptions> options)
{
    public static readonly IReadOnlyList<string> Columns = ["prefecture_code", "initiative", "fiscal_year", "indicator", "format", "value", "qualifier", "status", "comment"];

    public const int MaxImportLines = 50_000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<int>> FiscalYearsAsync(CancellationToken cancellationToken) =>
        await db.ReportSubmissions.AsNoTracking().Select(s => s.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    public async Task<CompletenessPage> CompletenessAsync(int fiscalYear, ReportingActor actor, string? message, CancellationToken cancellationToken)
    {
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).Select(p => new PrefectureName(p.Code, p.Name.Ja, p.Name.En)).ToListAsync(cancellationToken);
        var submissions = await db.ReportSubmissions.AsNoTracking()
            .Where(s => s.FiscalYear == fiscalYear)
            .Select(s => new { s.InitiativeCode, s.PrefectureCode, s.State, Started = s.LastSavedAtUtc != null, s.LockExceptionUntilUtc })
            .ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number)
            .Select(i => new { i.Code, TitleJa = i.Title.Ja, TitleEn = i.Title.En })
            .ToListAsync(cancellationToken);
        var now = Now;
        var closed = options.Value.Window.IsClosed(fiscalYear, now);
        var rows = initiatives
            .Select(i => new CompletenessRow(i.Code, i.TitleJa, i.TitleEn, submissions
                .Where(s => s.InitiativeCode == i.Code)
                .ToDictionary(s => s.PrefectureCode, s => new CompletenessCell(
                    s.PrefectureCode,
                    s.State,
                    s.Started,
                    Late: closed && s.State is ReviewState.Draft or ReviewState.Returned && !(s.LockExceptionUntilUtc > now)))))
            .Where(r => r.Expected > 0)
            .ToList();
        return new CompletenessPage(fiscalYear, await FiscalYearsAsync(cancellationToken), prefectures, rows, options.Value.Window.ClosesAtUtc(fiscalYear), actor.IsOfficial, message);
    }

    /// <summary>E-mails the staff of every prefecture with a report of the FY not yet submitted; returns how many mails went.</summary>
    public async Task<int> RemindAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsOfficial)
        {
            return 0;
        }

        var pending = await db.ReportSubmissions.AsNoTracking()
            .Where(s => s.FiscalYear == fiscalYear && (s.State == ReviewState.Draft || s.State == ReviewState.Returned))
            .Join(db.Initiatives, s => s.InitiativeCode, i => i.Code, (s, i) => new { s.PrefectureCode, s.InitiativeCode, TitleJa = i.Title.Ja, s.State })
            .ToListAsync(cancellationToken);
        var codes = pending.Select(p => p.PrefectureCode).Distinct().ToList();
        var staff = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.PrefectureStaff && user.PrefectureCode != null && codes.Contains(user.PrefectureCode) && user.Email != null
                select new { user.Email, user.PrefectureCode })
            .ToListAsync(cancellationToken);
        var closes = Display.JapanTime(options.Value.Window.ClosesAtUtc(fiscalYear));
        var sent = 0;
        foreach (var person in staff)
        {
            var items = pending.Where(p => p.PrefectureCode == person.PrefectureCode)
                .OrderBy(p => p.InitiativeCode, StringComparer.Ordinal)
                .Select(p => $"・{p.InitiativeCode} {p.TitleJa}（{p.State.Japanese()}）\n  {ReportingUrls.Form(fiscalYear, p.InitiativeCode, p.PrefectureCode)}");
            var body = $"""
                {Display.FiscalYearLong(fiscalYear)}の実績報告のうち、次の報告がまだ提出されていません。
                入力期限：{closes}

                {string.Join("\n", items)}

                ALL JAPAN & TOKYO ポータル（東京都）

                Reminder: the reports above for FY{fiscalYear} have not been submitted yet.
                """;
            await email.SendAsync(new EmailMessage(person.Email!, $"【実績報告】{Display.FiscalYearLabel(fiscalYear)}の提出のお願い / Reminder: FY{fiscalYear} results", body), cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>The values of the FY's prefecture reports the actor may read, in the import/export columns.</summary>
    public async Task<List<object?[]>> ExportRowsAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
    {
        var query = db.IndicatorValues.AsNoTracking().Where(v => !v.IsSynthetic && v.FiscalYear == fiscalYear && v.PrefectureCode != null);
        if (!actor.ReadsAll)
        {
            var own = actor.PrefectureCode ?? "--";
            query = query.Where(v => v.PrefectureCode == own);
        }

        var values = await query
            .OrderBy(v => v.PrefectureCode).ThenBy(v => v.InitiativeCode).ThenBy(v => v.IndicatorCode).ThenBy(v => v.Format)
            .Select(v => new { v.PrefectureCode, v.InitiativeCode, v.FiscalYear, v.IndicatorCode, v.Format, v.Value, v.Qualifier, v.ActivityStatus, v.NoteJa })
            .ToListAsync(cancellationToken);
        return values.Select(v => new object?[]
        {
            v.PrefectureCode,
            v.InitiativeCode,
            v.FiscalYear,
            v.IndicatorCode,
            v.Format == EventFormat.Online ? "online" : "",
            v.ActivityStatus.DidNotTakePlace() ? null : v.Value,
            v.Qualifier.ToCode(),
            v.ActivityStatus?.ToCode() ?? "",
            v.NoteJa ?? "",
        }).ToList();
    }

    /// <summary>A template: one line per field of every report of the FY the actor may write, with what is stored.</summary>
    public async Task<List<object?[]>> TemplateRowsAsync(int fiscalYear, ReportingActor actor, CancellationToken cancellationToken)
    {
        var reports = db.ReportSubmissions.AsNoTracking().Where(s => s.FiscalYear == fiscalYear);
        if (!actor.ReadsAll)
        {
            var own = actor.PrefectureCode ?? "--";
            reports = reports.Where(s => s.PrefectureCode == own);
        }

        var lines = await reports
            .Join(db.FormIndicators, s => s.InitiativeCode, f => f.InitiativeCode, (s, f) => new { s.PrefectureCode, s.InitiativeCode, s.ActivityStatus, f.IndicatorCode, f.SortOrder, f.SplitByFormat })
            .OrderBy(x => x.PrefectureCode).ThenBy(x => x.InitiativeCode).ThenBy(x => x.SortOrder)
            .ToListAsync(cancellationToken);
        var stored = (await ExportRowsAsync(fiscalYear, actor, cancellationToken))
            .ToDictionary(r => ((string)r[0]!, (string)r[1]!, (string)r[3]!, (string)r[4]!));
        var rows = new List<object?[]>();
        foreach (var line in lines)
        {
            foreach (var format in line.SplitByFormat ? new[] { "", "online" } : [""])
            {
                rows.Add(stored.TryGetValue((line.PrefectureCode, line.InitiativeCode, line.IndicatorCode, format), out var row)
                    ? row
                    : [line.PrefectureCode, line.InitiativeCode, fiscalYear, line.IndicatorCode, format, null, "", line.ActivityStatus?.ToCode() ?? "", ""]);
            }
        }

        return rows;
    }

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

            if (!ReportingWorkflowService.TryParseQualifier(line.Qualifier, out var qualifier))
            {
                Problem("qualifier は空欄・exact・at_least・approx のいずれかにしてください。 / qualifier must be empty, exact, at_least or approx.");
            }

            ActivityStatus? status = null;
            if (line.Status.Length > 0)
            {
                if (ReportingWorkflowService.TryParseReportedStatus(line.Status, out var s))
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
                f => stored.FirstOrDefault(v => v.IndicatorCode == f.IndicatorCode && ReportingWorkflowService.IsOnline(v) == f.OnlinePart) is { } v
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

        var changes = new ReportingWorkflowService.ValueChanges();
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
            changes.AddRange(ReportingWorkflowService.PlanValues(submission, fields, parsed, status, storedValues.GetValueOrDefault(key) ?? [], actor.UserName, now, AuditAction.Imported));
        }

        // One transaction for every report of the file: all or nothing.
        return await workflow.CommitAsync(changes, cancellationToken)
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
