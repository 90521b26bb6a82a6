using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting;

public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>Entry for a fiscal year closes this many days after 31 March.</summary>
    public int EntryClosesDaysAfterFiscalYearEnd { get; set; } = EntryWindow.DefaultDays;

    public EntryWindow Window => new(EntryClosesDaysAfterFiscalYearEnd);
}

/// <summary>
/// Entry, submission, review and approval of one prefecture's report on one initiative for one fiscal year
/// (DHIS2's data entry + approval). Values keep their ReviewState in step with the report, every change of a value
/// is written to the audit trail in the same transaction, and a second save of a form read at an older version is
/// refused without writing anything.
/// </summary>
public sealed class ReportingWorkflowService(AppDbContext db, TimeProvider clock, IOptions<ReportingOptions> options)
{
    private EntryWindow Window => options.Value.Window;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The form; null when it does not exist or the actor may not read it (staff of another prefecture).</summary>
    public async Task<FormPage?> FormAsync(int fiscalYear, string initiative, string prefecture, ReportingActor actor, CancellationToken cancellationToken)
    {
        if (!actor.MayRead(prefecture))
        {
            return null;
        }

        var submission = await db.ReportSubmissions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.FiscalYear == fiscalYear && s.InitiativeCode == initiative && s.PrefectureCode == prefecture, cancellationToken);
        if (submission is null)
        {
            return null;
        }

        var values = await ValuesOf(fiscalYear, initiative, prefecture).AsNoTracking().ToListAsync(cancellationToken);
        var fields = await FieldsAsync(submission, cancellationToken);
        var filled = fields.Select(f =>
        {
            var value = values.FirstOrDefault(v => v.IndicatorCode == f.IndicatorCode && IsOnline(v) == f.OnlinePart);
            return value is null ? f : f with
            {
                Text = value.IsActivityMissing ? "" : value.Value.ToString("0.##", CultureInfo.InvariantCulture),
                Qualifier = value.Qualifier,
                Comment = value.NoteJa,
            };
        }).ToList();
        var findings = ValidationRules.Check(submission.ActivityStatus, submission.ActivityReasonJa, ToFieldValues(filled), forSubmission: false)
            .Where(f => f.Severity == RuleSeverity.Warning).ToList();
        return await PageAsync(submission, actor, filled, findings, cancellationToken);
    }

    /// <summary>The form again after a refused post: what was typed, with the findings.</summary>
    public async Task<FormPage?> FormWithInputAsync(int fiscalYear, string initiative, string prefecture, ReportingActor actor, FormInput input, SaveResult result, CancellationToken cancellationToken)
    {
        var page = await FormAsync(fiscalYear, initiative, prefecture, actor, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var typed = input.Entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First());
        var fields = page.Fields.Select(f => typed.TryGetValue(f.Key, out var entry)
            ? f with { Text = entry.Text ?? "", Qualifier = ParseQualifierOrExact(entry.Qualifier), Comment = entry.Comment }
            : f).ToList();
        var message = result.Outcome switch
        {
            SaveOutcome.Conflict => "この報告は、あなたが開いた後に別の人が保存しました。入力内容は保存されていません。最新の内容を確認してから、もう一度入力してください。 / Someone else saved this report after you opened it. Nothing was saved: reload the latest version and enter your changes again.",
            SaveOutcome.ReadOnly => "この報告は現在編集できません。入力内容は保存されていません。 / This report cannot be changed now; nothing was saved.",
            _ => "入力内容に誤りがあります。保存されていません。 / Please correct the errors; nothing was saved.",
        };
        return page with
        {
            Fields = fields,
            ActivityStatus = TryParseStatus(input.ActivityStatus, out var status) ? status : page.ActivityStatus,
            ActivityReason = input.ActivityReason,
            Findings = result.Findings,
            Message = message,
            MessageIsError = true,
            // A conflict keeps the newer version so that the next save is checked against what is now stored.
            Version = result.Outcome == SaveOutcome.Conflict ? page.Version : input.Version,
        };
    }

    public async Task<SaveResult> SaveAsync(int fiscalYear, string initiative, string prefecture, ReportingActor actor, FormInput input, CancellationToken cancellationToken)
    {
        if (!actor.MayRead(prefecture))
        {
            return SaveResult.Of(SaveOutcome.NotFound);
        }

        var submission = await db.ReportSubmissions
            .FirstOrDefaultAsync(s => s.FiscalYear == fiscalYear && s.InitiativeCode == initiative && s.PrefectureCode == prefecture, cancellationToken);
        if (submission is null)
        {
            return SaveResult.Of(SaveOutcome.NotFound);
        }

        if (!actor.MayWrite(prefecture))
        {
            return SaveResult.Of(SaveOutcome.Forbidden);
        }

        var now = Now;
        if (!submission.IsEditableState || !submission.IsEntryOpen(now, Window))
        {
            return SaveResult.Of(SaveOutcome.ReadOnly);
        }

        if (input.Version != submission.Version)
        {
            return SaveResult.Of(SaveOutcome.Conflict);
        }

        var submit = string.Equals(input.Command, "submit", StringComparison.Ordinal);
        var fields = await FieldsAsync(submission, cancellationToken);
        var (parsed, findings) = Parse(fields, input);
        ActivityStatus? status = null;
        if (!string.IsNullOrWhiteSpace(input.ActivityStatus))
        {
            if (TryParseReportedStatus(input.ActivityStatus, out var s))
            {
                status = s;
            }
            else
            {
                findings.Add(new RuleFinding("ActivityStatus", RuleSeverity.Blocking, "実施状況を選択肢から選んでください。", "Choose a status from the list."));
            }
        }

        var reason = string.IsNullOrWhiteSpace(input.ActivityReason) ? null : input.ActivityReason.Trim();
        var fieldValues = fields.Select(f => new FieldValue(f.IndicatorCode, f.OnlinePart, parsed.GetValueOrDefault(f.Key).Value, f.HistoryMin, f.HistoryMax)).ToList();
        var rules = ValidationRules.Check(status, reason, fieldValues, forSubmission: submit);
        // A draft keeps partial work: only type and range errors (and over-long text) stop it. Submission needs every blocking rule met.
        var blocking = findings.Where(f => f.Severity == RuleSeverity.Blocking)
            .Concat(rules.Where(f => f.Severity == RuleSeverity.Blocking && (submit || f.FieldKey == "ActivityReason" && reason is { Length: > ValidationRules.ReasonMaxLength })))
            .ToList();
        if (blocking.Count > 0)
        {
            return new SaveResult(SaveOutcome.Invalid, findings.Concat(rules).Distinct().ToList());
        }

        var stored = await ValuesOf(fiscalYear, initiative, prefecture).AsNoTracking().ToListAsync(cancellationToken);
        var audit = new List<ReportingAuditEntry>();
        if (submission.ActivityStatus != status || submission.ActivityReasonJa != reason)
        {
            audit.Add(AuditEntry(submission, AuditAction.StatusChanged, null, false, StatusText(submission.ActivityStatus, submission.ActivityReasonJa), StatusText(status, reason), null, actor.UserName, now));
            submission.ActivityStatus = status;
            submission.ActivityReasonJa = reason;
        }

        submission.Touch(actor.UserName, now);
        if (submit)
        {
            submission.Submit(actor.UserName, now);
            audit.Add(AuditEntry(submission, AuditAction.Submitted, null, false, null, null, null, actor.UserName, now));
        }

        var changes = PlanValues(submission, fields, parsed, status, stored, actor.UserName, now, AuditAction.ValueChanged);
        changes.Audit.AddRange(audit);

        if (!await CommitAsync(changes, cancellationToken))
        {
            return SaveResult.Of(SaveOutcome.Conflict);
        }

        return new SaveResult(submit ? SaveOutcome.Submitted : SaveOutcome.Saved, rules.Where(r => r.Severity == RuleSeverity.Warning).ToList());
    }

    public enum ReviewOutcome
    {
        Done,
        NotFound,
        Forbidden,
        WrongState,
        Conflict,
        CommentRequired,
    }

    /// <summary>A Tokyo official approves (values locked and published) or returns (with a comment) a submitted report.</summary>
    public async Task<ReviewOutcome> ReviewAsync(int fiscalYear, string initiative, string prefecture, ReportingActor actor, bool approve, string? comment, Guid version, CancellationToken cancellationToken)
    {
        if (!actor.MayRead(prefecture))
        {
            return ReviewOutcome.NotFound;
        }

        var submission = await db.ReportSubmissions
            .FirstOrDefaultAsync(s => s.FiscalYear == fiscalYear && s.InitiativeCode == initiative && s.PrefectureCode == prefecture, cancellationToken);
        if (submission is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (!actor.IsOfficial)
        {
            return ReviewOutcome.Forbidden;
        }

        if (submission.State != ReviewState.Submitted)
        {
            return ReviewOutcome.WrongState;
        }

        if (submission.Version != version)
        {
            return ReviewOutcome.Conflict;
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!approve && comment is null || comment is { Length: > ReportSubmission.CommentMaxLength })
        {
            return ReviewOutcome.CommentRequired;
        }

        var now = Now;
        var values = await ValuesOf(fiscalYear, initiative, prefecture).ToListAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        if (approve)
        {
            submission.Approve(actor.UserName, now);
        }
        else
        {
            submission.Return(actor.UserName, comment!, now);
        }

        db.ReportingAuditEntries.Add(AuditEntry(submission, approve ? AuditAction.Approved : AuditAction.Returned, null, false, null, null, comment, actor.UserName, now));
        foreach (var value in values)
        {
            value.ReviewState = submission.State;
            value.Version = Guid.NewGuid();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (approve)
            {
                // The published report and dashboards show approved values: their caches move on in this transaction.
                await db.MarkChangedAsync(now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ReviewOutcome.Conflict;
        }

        return ReviewOutcome.Done;
    }

    /// <summary>A Tokyo official re-opens entry for one prefecture × initiative × FY after the window closed.</summary>
    public async Task<ReviewOutcome> OpenLockExceptionAsync(int fiscalYear, string initiative, string prefecture, ReportingActor actor, int days, CancellationToken cancellationToken)
    {
        var submission = await db.ReportSubmissions
            .FirstOrDefaultAsync(s => s.FiscalYear == fiscalYear && s.InitiativeCode == initiative && s.PrefectureCode == prefecture, cancellationToken);
        if (submission is null || !actor.MayRead(prefecture))
        {
            return ReviewOutcome.NotFound;
        }

        if (!actor.IsOfficial)
        {
            return ReviewOutcome.Forbidden;
        }

        if (submission.State == ReviewState.Approved)
        {
            return ReviewOutcome.WrongState;
        }

        var now = Now;
        var until = now.AddDays(Math.Clamp(days, 1, 90));
        submission.OpenLockException(actor.UserName, until);
        db.ReportingAuditEntries.Add(AuditEntry(submission, AuditAction.LockExceptionOpened, null, false, null, until.ToString("yyyy-MM-ddTHH:mm'Z'", CultureInfo.InvariantCulture), null, actor.UserName, now));
        await db.SaveChangesAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    public async Task<HistoryPage?> HistoryAsync(int fiscalYear, string initiative, string prefecture, string? indicator, ReportingActor actor, CancellationToken cancellationToken)
    {
        if (!actor.MayRead(prefecture))
        {
            return null;
        }

        var head = await HeadAsync(fiscalYear, initiative, prefecture, cancellationToken);
        if (head is null)
        {
            return null;
        }

        var query = db.ReportingAuditEntries.AsNoTracking().Where(a => a.SubmissionId == head.Id);
        if (!string.IsNullOrEmpty(indicator))
        {
            query = query.Where(a => a.IndicatorCode == indicator);
        }

        var rows = await query
            .OrderByDescending(a => a.Id)
            .Select(a => new AuditRow(
                a.ChangedAtUtc, a.ChangedBy, a.Action, a.IndicatorCode,
                db.IndicatorDefinitions.Where(d => d.Code == a.IndicatorCode).Select(d => d.Label.Ja).FirstOrDefault(),
                db.IndicatorDefinitions.Where(d => d.Code == a.IndicatorCode).Select(d => d.Label.En).FirstOrDefault(),
                a.FormatPart, a.OldValue, a.NewValue, a.Comment))
            .ToListAsync(cancellationToken);
        return new HistoryPage(fiscalYear, initiative, head.TitleJa, head.TitleEn, prefecture, head.NameJa, head.NameEn, indicator, rows);
    }

    /// <summary>The reports the actor works on: staff their prefecture's, officials those awaiting review.</summary>
    public async Task<IReadOnlyList<MyReport>> MyReportsAsync(ReportingActor actor, CancellationToken cancellationToken)
    {
        var query = db.ReportSubmissions.AsNoTracking();
        if (actor.ReadsAll)
        {
            query = query.Where(s => s.State == ReviewState.Submitted);
        }
        else if (actor.PrefectureCode is { } code)
        {
            query = query.Where(s => s.PrefectureCode == code);
        }
        else
        {
            return [];
        }

        return await query
            .Join(db.Initiatives, s => s.InitiativeCode, i => i.Code, (s, i) => new { s, i })
            .Join(db.Prefectures, x => x.s.PrefectureCode, p => p.Code, (x, p) => new { x.s, x.i, p })
            .OrderByDescending(x => x.s.FiscalYear).ThenBy(x => x.i.ChapterNumber).ThenBy(x => x.i.Number).ThenBy(x => x.p.Code)
            .Select(x => new MyReport(x.s.FiscalYear, x.s.InitiativeCode, x.i.Title.Ja, x.i.Title.En, x.p.Code, x.p.Name.Ja, x.p.Name.En, x.s.State, x.s.LastSavedAtUtc != null, x.s.LastSavedAtUtc))
            .ToListAsync(cancellationToken);
    }

    // ---- shared with import ----

    internal IQueryable<IndicatorValue> ValuesOf(int fiscalYear, string initiative, string prefecture) =>
        db.IndicatorValues.Where(v => !v.IsSynthetic && v.FiscalYear == fiscalYear && v.InitiativeCode == initiative && v.PrefectureCode == prefecture);

    internal static bool IsOnline(IndicatorValue value) => value.Format == EventFormat.Online;

    /// <summary>The form's fields with the previous FY's approved value and the prefecture's own min–max history.</summary>
    internal async Task<List<FormField>> FieldsAsync(ReportSubmission submission, CancellationToken cancellationToken)
    {
        var lines = await db.FormIndicators.AsNoTracking()
            .Where(f => f.InitiativeCode == submission.InitiativeCode)
            .Join(db.IndicatorDefinitions, f => f.IndicatorCode, d => d.Code, (f, d) => new { f.IndicatorCode, f.SortOrder, f.SplitByFormat, LabelJa = d.Label.Ja, LabelEn = d.Label.En, UnitJa = d.Unit.Ja, UnitEn = d.Unit.En })
            .OrderBy(f => f.SortOrder).ThenBy(f => f.IndicatorCode)
            .ToListAsync(cancellationToken);
        var history = await db.IndicatorValues.AsNoTracking()
            .Where(v => !v.IsSynthetic && v.PrefectureCode == submission.PrefectureCode && v.InitiativeCode == submission.InitiativeCode
                && v.FiscalYear < submission.FiscalYear && v.ReviewState == ReviewState.Approved)
            .Select(v => new { v.FiscalYear, v.IndicatorCode, v.Format, v.Value, v.Qualifier, v.ActivityStatus })
            .ToListAsync(cancellationToken);
        var fields = new List<FormField>();
        foreach (var line in lines)
        {
            foreach (var online in line.SplitByFormat ? new[] { false, true } : [false])
            {
                var own = history.Where(h => h.IndicatorCode == line.IndicatorCode && (h.Format == EventFormat.Online) == online).ToList();
                var counted = own.Where(h => h.ActivityStatus is not (ActivityStatus.Cancelled or ActivityStatus.NotHeld)).ToList();
                var previous = own.FirstOrDefault(h => h.FiscalYear == submission.FiscalYear - 1);
                var previousText = previous is null ? null
                    : previous.ActivityStatus.DidNotTakePlace() ? Display.Status(previous.ActivityStatus)
                    : Display.Figure(previous.Value, previous.Qualifier, line.UnitJa, line.UnitEn);
                fields.Add(new FormField(
                    FieldKeys.Of(line.IndicatorCode, online), line.IndicatorCode, online,
                    online ? line.LabelJa + "（うちオンライン）" : line.LabelJa,
                    online ? line.LabelEn + " (of which online)" : line.LabelEn,
                    line.UnitJa, line.UnitEn, "", ValueQualifier.Exact, null, previousText,
                    counted.Count == 0 ? null : counted.Min(h => h.Value),
                    counted.Count == 0 ? null : counted.Max(h => h.Value)));
            }
        }

        return fields;
    }

    internal static (Dictionary<string, (decimal? Value, ValueQualifier Qualifier, string? Comment)> Parsed, List<RuleFinding> Findings) Parse(IReadOnlyList<FormField> fields, FormInput input)
    {
        var typed = input.Entries.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var parsed = new Dictionary<string, (decimal?, ValueQualifier, string?)>(StringComparer.Ordinal);
        var findings = new List<RuleFinding>();
        foreach (var field in fields)
        {
            typed.TryGetValue(field.Key, out var entry);
            var finding = ValidationRules.ParseValue(field.Key, entry?.Text, out var value);
            if (finding is not null)
            {
                findings.Add(finding);
            }

            var qualifier = ValueQualifier.Exact;
            if (!string.IsNullOrEmpty(entry?.Qualifier) && !TryParseQualifier(entry.Qualifier, out qualifier))
            {
                findings.Add(new RuleFinding(field.Key, RuleSeverity.Blocking, "数値の区分を選択肢から選んでください。", "Choose exact, at least or approx."));
            }

            var comment = string.IsNullOrWhiteSpace(entry?.Comment) ? null : entry.Comment.Trim();
            if (comment is { Length: > 1000 })
            {
                findings.Add(new RuleFinding(field.Key, RuleSeverity.Blocking, "コメントは1000文字以内で入力してください。", "Keep the comment to 1,000 characters."));
            }

            parsed[field.Key] = (value, qualifier, comment);
        }

        return (parsed, findings);
    }

    /// <summary>What one save or import does to a report's values: rows to add, change and remove, and their audit rows.</summary>
    internal sealed record ValueChanges(List<IndicatorValue> Added, List<IndicatorValue> Changed, List<int> RemovedIds, List<ReportingAuditEntry> Audit)
    {
        public ValueChanges()
            : this([], [], [], [])
        {
        }

        public void AddRange(ValueChanges other)
        {
            Added.AddRange(other.Added);
            Changed.AddRange(other.Changed);
            RemovedIds.AddRange(other.RemovedIds);
            Audit.AddRange(other.Audit);
        }
    }

    /// <summary>
    /// Brings the stored values (read without tracking) in line with the parsed input and the report's state: one audit
    /// row per changed value, and every kept value follows the report's review state. Nothing is written here.
    /// </summary>
    internal static ValueChanges PlanValues(
        ReportSubmission submission,
        IReadOnlyList<FormField> fields,
        IReadOnlyDictionary<string, (decimal? Value, ValueQualifier Qualifier, string? Comment)> parsed,
        ActivityStatus? status,
        IReadOnlyList<IndicatorValue> stored,
        string by,
        DateTime now,
        AuditAction action)
    {
        var changes = new ValueChanges();
        var missing = status.DidNotTakePlace();
        var planned = new HashSet<IndicatorValue>(ReferenceEqualityComparer.Instance);
        foreach (var field in fields)
        {
            var (value, qualifier, comment) = parsed.GetValueOrDefault(field.Key);
            var existing = stored.FirstOrDefault(v => v.IndicatorCode == field.IndicatorCode && IsOnline(v) == field.OnlinePart);
            var oldText = existing is null ? null : ValueText(existing.ActivityStatus, existing.Value, existing.Qualifier);
            // A cancelled or not-held year keeps one row per total carrying the status, never a zero figure.
            var keep = value is not null || missing && !field.OnlinePart;
            var newValue = value ?? 0;
            var newStatus = missing ? status : status ?? existing?.ActivityStatus;
            var newText = keep ? ValueText(newStatus, newValue, qualifier) : null;
            if (!keep)
            {
                if (existing is not null)
                {
                    changes.RemovedIds.Add(existing.Id);
                    planned.Add(existing);
                    changes.Audit.Add(AuditEntry(submission, action, field.IndicatorCode, field.OnlinePart, oldText, null, comment, by, now));
                }

                continue;
            }

            if (existing is null)
            {
                changes.Added.Add(new IndicatorValue
                {
                    InitiativeCode = submission.InitiativeCode,
                    FiscalYear = submission.FiscalYear,
                    IndicatorCode = field.IndicatorCode,
                    PrefectureCode = submission.PrefectureCode,
                    Format = field.OnlinePart ? EventFormat.Online : null,
                    Value = newValue,
                    Qualifier = qualifier,
                    ActivityStatus = newStatus,
                    NoteJa = comment,
                    ReviewState = submission.State,
                });
                changes.Audit.Add(AuditEntry(submission, action, field.IndicatorCode, field.OnlinePart, null, newText, comment, by, now));
                continue;
            }

            planned.Add(existing);
            if (existing.Value == newValue && existing.Qualifier == qualifier && existing.ActivityStatus == newStatus
                && existing.NoteJa == comment && existing.ReviewState == submission.State)
            {
                continue;
            }

            if (oldText != newText || existing.NoteJa != comment)
            {
                changes.Audit.Add(AuditEntry(submission, action, field.IndicatorCode, field.OnlinePart, oldText, newText, comment, by, now));
            }

            existing.Value = newValue;
            existing.Qualifier = qualifier;
            existing.ActivityStatus = newStatus;
            existing.NoteJa = comment;
            existing.ReviewState = submission.State;
            existing.Version = Guid.NewGuid();
            changes.Changed.Add(existing);
        }

        // Values the form no longer lists (an indicator taken off the form) still follow the report's state.
        foreach (var other in stored.Where(v => !planned.Contains(v) && v.ReviewState != submission.State))
        {
            other.ReviewState = submission.State;
            other.Version = Guid.NewGuid();
            changes.Changed.Add(other);
        }

        return changes;
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
    internal async Task<bool> CommitAsync(ValueChanges changes, CancellationToken cancellationToken)
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

    internal static ReportingAuditEntry AuditEntry(ReportSubmission submission, AuditAction action, string? indicator, bool online, string? oldValue, string? newValue, string? comment, string by, DateTime now) =>
        new()
        {
            SubmissionId = submission.Id,
            FiscalYear = submission.FiscalYear,
            InitiativeCode = submission.InitiativeCode,
            PrefectureCode = submission.PrefectureCode,
            IndicatorCode = indicator,
            FormatPart = online ? "online" : "",
            Action = action,
            OldValue = oldValue,
            NewValue = newValue,
            Comment = comment,
            ChangedBy = by,
            ChangedAtUtc = now,
        };

    internal static string ValueText(ActivityStatus? status, decimal value, ValueQualifier qualifier) =>
        status.DidNotTakePlace()
            ? status!.Value.ToJapanese()
            : value.ToString("#,0.##", CultureInfo.InvariantCulture) + (qualifier == ValueQualifier.Exact ? "" : qualifier.ToJapanese());

    private static string? StatusText(ActivityStatus? status, string? reason) =>
        status is null ? null : status.Value.ToJapanese() + (reason is null ? "" : "（" + reason + "）");

    /// <summary>A status a report may give: held, cancelled or not held.</summary>
    internal static bool TryParseReportedStatus(string? code, out ActivityStatus status) =>
        TryParseStatus(code, out status) && status is ActivityStatus.Held or ActivityStatus.Cancelled or ActivityStatus.NotHeld;

    internal static bool TryParseStatus(string? code, out ActivityStatus status)
    {
        status = default;
        try
        {
            if (EnumCodes.ParseStatus(code) is { } parsed)
            {
                status = parsed;
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }

    internal static bool TryParseQualifier(string? code, out ValueQualifier qualifier)
    {
        qualifier = ValueQualifier.Exact;
        try
        {
            qualifier = EnumCodes.ParseQualifier(code);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static ValueQualifier ParseQualifierOrExact(string? code) => TryParseQualifier(code, out var q) ? q : ValueQualifier.Exact;

    private static List<FieldValue> ToFieldValues(IEnumerable<FormField> fields) =>
        fields.Select(f =>
        {
            ValidationRules.ParseValue(f.Key, f.Text, out var value);
            return new FieldValue(f.IndicatorCode, f.OnlinePart, value, f.HistoryMin, f.HistoryMax);
        }).ToList();

    private sealed record Head(int Id, string TitleJa, string TitleEn, string NameJa, string NameEn);

    private Task<Head?> HeadAsync(int fiscalYear, string initiative, string prefecture, CancellationToken cancellationToken) =>
        db.ReportSubmissions.AsNoTracking()
            .Where(s => s.FiscalYear == fiscalYear && s.InitiativeCode == initiative && s.PrefectureCode == prefecture)
            .Join(db.Initiatives, s => s.InitiativeCode, i => i.Code, (s, i) => new { s, i })
            .Join(db.Prefectures, x => x.s.PrefectureCode, p => p.Code, (x, p) => new Head(x.s.Id, x.i.Title.Ja, x.i.Title.En, p.Name.Ja, p.Name.En))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<FormPage> PageAsync(ReportSubmission submission, ReportingActor actor, List<FormField> fields, IReadOnlyList<RuleFinding> findings, CancellationToken cancellationToken)
    {
        var head = (await HeadAsync(submission.FiscalYear, submission.InitiativeCode, submission.PrefectureCode, cancellationToken))!;
        var now = Now;
        var readOnly = submission.State switch
        {
            ReviewState.Approved => ReadOnlyReason.Approved,
            _ when !actor.MayWrite(submission.PrefectureCode) => ReadOnlyReason.NotYours,
            ReviewState.Submitted => ReadOnlyReason.Submitted,
            _ when !submission.IsEntryOpen(now, Window) => ReadOnlyReason.Closed,
            _ => ReadOnlyReason.None,
        };
        return new FormPage(
            submission.FiscalYear, submission.InitiativeCode, head.TitleJa, head.TitleEn, submission.PrefectureCode, head.NameJa, head.NameEn,
            submission.State, submission.Version, submission.ActivityStatus, submission.ActivityReasonJa, submission.ReturnCommentJa,
            submission.LastSavedBy, submission.LastSavedAtUtc, submission.SubmittedBy, submission.SubmittedAtUtc, submission.ReviewedBy, submission.ReviewedAtUtc,
            Window.ClosesAtUtc(submission.FiscalYear), submission.HasLockException(now) ? submission.LockExceptionUntilUtc : null,
            readOnly,
            MayReview: actor.IsOfficial && submission.State == ReviewState.Submitted,
            MayOpenException: actor.IsOfficial && submission.State != ReviewState.Approved && !Window.IsOpen(submission.FiscalYear, now),
            fields, findings);
    }
}
