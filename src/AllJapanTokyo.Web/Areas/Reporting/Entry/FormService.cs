using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Web.Areas.Reporting.Notifications;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Areas.Reporting.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting.Entry;

/// <summary>
/// Entry and submission of one prefecture's report on one initiative for one fiscal year (DHIS2's data entry). Values
/// keep their ReviewState in step with the report, every change of a value is written to the audit trail in the same
/// transaction, and a second save of a form read at an older version is refused without writing anything.
/// </summary>
public sealed class FormService(ReportStore reports, ReportHandOvers handOvers, TimeProvider clock, IOptions<ReportingOptions> options)
{
    private EntryWindow Window => options.Value.Window;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The form; null when it does not exist or the actor may not read it (staff of another prefecture).</summary>
    public async Task<FormPage?> FormAsync(ReportKey key, ReportingActor actor, CancellationToken cancellationToken)
    {
        if (!actor.MayRead(key.Prefecture))
        {
            return null;
        }

        var submission = await reports.FindAsync(key, tracked: false, cancellationToken);
        if (submission is null)
        {
            return null;
        }

        var values = await reports.ValuesOf(submission).AsNoTracking().ToListAsync(cancellationToken);
        var fields = await reports.FieldsAsync(submission, cancellationToken);
        var filled = fields.Select(f =>
        {
            var value = values.FirstOrDefault(v => v.IndicatorCode == f.IndicatorCode && ValueChanges.IsOnline(v) == f.OnlinePart);
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
    public async Task<FormPage?> FormWithInputAsync(ReportKey key, ReportingActor actor, FormInput input, SaveResult result, CancellationToken cancellationToken)
    {
        var page = await FormAsync(key, actor, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var typed = input.Entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First());
        var fields = page.Fields.Select(f => typed.TryGetValue(f.Key, out var entry)
            ? f with { Text = entry.Text ?? "", Qualifier = ReportCodes.TryParseQualifier(entry.Qualifier, out var q) ? q : ValueQualifier.Exact, Comment = entry.Comment }
            : f).ToList();
        return page with
        {
            Fields = fields,
            ActivityStatus = ReportCodes.TryParseStatus(input.ActivityStatus, out var status) ? status : page.ActivityStatus,
            ActivityReason = input.ActivityReason,
            Findings = result.Findings,
            Notice = result.Outcome switch
            {
                SaveOutcome.Conflict => FormNotice.SavedMeanwhile,
                SaveOutcome.ReadOnly => FormNotice.NotEditable,
                _ => FormNotice.Invalid,
            },
            // A conflict keeps the newer version so that the next save is checked against what is now stored.
            Version = result.Outcome == SaveOutcome.Conflict ? page.Version : input.Version,
        };
    }

    public async Task<SaveResult> SaveAsync(ReportKey key, ReportingActor actor, FormInput input, CancellationToken cancellationToken)
    {
        if (!actor.MayRead(key.Prefecture))
        {
            return SaveResult.Of(SaveOutcome.NotFound);
        }

        var submission = await reports.FindAsync(key, tracked: true, cancellationToken);
        if (submission is null)
        {
            return SaveResult.Of(SaveOutcome.NotFound);
        }

        if (!actor.MayWrite(key.Prefecture))
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
        var fields = await reports.FieldsAsync(submission, cancellationToken);
        var (parsed, findings) = Parse(fields, input);
        ActivityStatus? status = null;
        if (!string.IsNullOrWhiteSpace(input.ActivityStatus))
        {
            if (ReportCodes.TryParseStatus(input.ActivityStatus, out var s))
            {
                status = s;
            }
            else
            {
                findings.Add(new RuleFinding(FieldKeys.ActivityStatus, RuleSeverity.Blocking, new ReportingProblem.StatusNotInList()));
            }
        }

        var reason = string.IsNullOrWhiteSpace(input.ActivityReason) ? null : input.ActivityReason.Trim();
        var fieldValues = fields.Select(f => f.ToRuleValue(parsed.GetValueOrDefault(f.Key).Value, parsed.GetValueOrDefault(f.Key).Comment)).ToList();
        var rules = ValidationRules.Check(status, reason, fieldValues, forSubmission: submit);
        // A draft keeps partial work: only type and range errors (and over-long text) stop it. Submission needs every blocking rule met.
        var blocking = findings.Where(f => f.Severity == RuleSeverity.Blocking)
            .Concat(rules.Where(f => f.Severity == RuleSeverity.Blocking && (submit || f.FieldKey == FieldKeys.ActivityReason && reason is { Length: > ValidationRules.ReasonMaxLength })))
            .ToList();
        if (blocking.Count > 0)
        {
            return new SaveResult(SaveOutcome.Invalid, findings.Concat(rules).Distinct().ToList());
        }

        var stored = await reports.ValuesOf(submission).AsNoTracking().ToListAsync(cancellationToken);
        var audit = new List<ReportingAuditEntry>();
        if (submission.ActivityStatus != status || submission.ActivityReasonJa != reason)
        {
            audit.Add(ValueChanges.AuditEntry(submission, AuditAction.StatusChanged, null, false, ValueChanges.StatusText(submission.ActivityStatus, submission.ActivityReasonJa), ValueChanges.StatusText(status, reason), null, actor.UserName, now));
            submission.ActivityStatus = status;
            submission.ActivityReasonJa = reason;
        }

        submission.Touch(actor.UserName, now);
        if (submit)
        {
            submission.Submit(actor.UserName, now);
            audit.Add(ValueChanges.AuditEntry(submission, AuditAction.Submitted, null, false, null, null, null, actor.UserName, now));
            await handOvers.SubmittedAsync(submission, cancellationToken);
        }

        var changes = ValueChanges.Plan(submission, fields.Select(f => f.Slot), parsed, status, stored, actor.UserName, now, AuditAction.ValueChanged);
        changes.Audit.AddRange(audit);

        if (!await reports.CommitAsync(changes, cancellationToken))
        {
            return SaveResult.Of(SaveOutcome.Conflict);
        }

        return new SaveResult(submit ? SaveOutcome.Submitted : SaveOutcome.Saved, rules.Where(r => r.Severity == RuleSeverity.Warning).ToList());
    }

    private static (Dictionary<string, ParsedField> Parsed, List<RuleFinding> Findings) Parse(IReadOnlyList<FormField> fields, FormInput input)
    {
        var typed = input.Entries.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var parsed = new Dictionary<string, ParsedField>(StringComparer.Ordinal);
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
            if (!string.IsNullOrEmpty(entry?.Qualifier) && !ReportCodes.TryParseQualifier(entry.Qualifier, out qualifier))
            {
                findings.Add(new RuleFinding(field.Key, RuleSeverity.Blocking, new ReportingProblem.QualifierNotInList()));
            }

            var comment = string.IsNullOrWhiteSpace(entry?.Comment) ? null : entry.Comment.Trim();
            if (comment is { Length: > IndicatorValue.NoteMaxLength })
            {
                findings.Add(new RuleFinding(field.Key, RuleSeverity.Blocking, new ReportingProblem.CommentTooLong(IndicatorValue.NoteMaxLength)));
            }

            parsed[field.Key] = new ParsedField(value, qualifier, comment);
        }

        return (parsed, findings);
    }

    private static List<FieldValue> ToFieldValues(IEnumerable<FormField> fields) =>
        fields.Select(f =>
        {
            ValidationRules.ParseValue(f.Key, f.Text, out var value);
            return f.ToRuleValue(value, f.Comment);
        }).ToList();

    private async Task<FormPage> PageAsync(ReportSubmission submission, ReportingActor actor, List<FormField> fields, IReadOnlyList<RuleFinding> findings, CancellationToken cancellationToken)
    {
        var key = new ReportKey(submission.FiscalYear, submission.InitiativeCode, submission.PrefectureCode);
        var head = (await reports.HeadAsync(key, cancellationToken))!;
        var now = Now;
        var mayReview = actor.IsOfficial && submission.State == ReviewState.Submitted;
        var trail = await reports.AuditAsync(submission.Id, cancellationToken);
        var pending = ReopeningRequest.PendingIn(trail);
        var readOnly = submission.State switch
        {
            ReviewState.Approved => ReadOnlyReason.Approved,
            _ when !actor.MayWrite(submission.PrefectureCode) => ReadOnlyReason.NotYours,
            ReviewState.Submitted => ReadOnlyReason.Submitted,
            _ when !submission.IsEntryOpen(now, Window) => ReadOnlyReason.Closed,
            _ => ReadOnlyReason.None,
        };
        return new FormPage(
            key, head.InitiativeTitle, head.PrefectureName,
            submission.State, submission.StatusAt(now, Window), submission.IsSynthetic, submission.Version, submission.ActivityStatus, submission.ActivityReasonJa, submission.ReturnCommentJa,
            submission.LastSavedBy, submission.LastSavedAtUtc, submission.SubmittedBy, submission.SubmittedAtUtc, submission.ReviewedBy, submission.ReviewedAtUtc,
            Window.ClosesAtUtc(submission.FiscalYear), submission.HasLockException(now) ? submission.LockExceptionUntilUtc : null,
            readOnly,
            MayReview: mayReview,
            MayOpenException: actor.IsOfficial && submission.State != ReviewState.Approved && !Window.IsOpen(submission.FiscalYear, now),
            MayRequestReopening: readOnly == ReadOnlyReason.Closed && pending is null,
            pending,
            fields, findings,
            Changes: mayReview ? SubmissionChanges.From(trail) : null);
    }
}
