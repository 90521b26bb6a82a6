using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.Web.Areas.Reporting.Review;

/// <summary>One value (or the activity status, with no indicator) as it was at the submission before and as submitted now.</summary>
public sealed record ValueChange(string? IndicatorCode, bool OnlinePart, string? Before, string? After);

/// <summary>What a reviewer reads before deciding: the changes since the report was last submitted, or, at its first submission, every value entered.</summary>
public sealed record SubmissionChanges(bool FirstSubmission, IReadOnlyList<ValueChange> Values)
{
    /// <summary>
    /// The changes between the last two submissions in the report's audit trail (value changes, imports and the activity
    /// status), each value from what it was before its first change to what it was after its last: a value changed and
    /// changed back is no change. Before the first submission there is nothing to compare, so every value is new.
    /// </summary>
    public static SubmissionChanges From(IEnumerable<ReportingAuditEntry> trail)
    {
        var ordered = trail.OrderBy(a => a.Id).ToList();
        var submissions = ordered.Where(a => a.Action == AuditAction.Submitted).Select(a => a.Id).ToList();
        if (submissions.Count == 0)
        {
            return new SubmissionChanges(true, []);
        }

        var last = submissions[^1];
        long? previous = submissions.Count > 1 ? submissions[^2] : null;
        var values = ordered
            .Where(a => a.Id < last && a.Id > (previous ?? long.MinValue))
            .Where(a => a.Action is AuditAction.ValueChanged or AuditAction.Imported or AuditAction.StatusChanged)
            .GroupBy(a => (a.IndicatorCode, a.FormatPart))
            .Select(g => new ValueChange(g.Key.IndicatorCode, g.Key.FormatPart == ReportingAuditEntry.OnlineFormatPart, g.First().OldValue, g.Last().NewValue))
            .Where(c => c.Before != c.After)
            .ToList();
        return new SubmissionChanges(previous is null, values);
    }
}
