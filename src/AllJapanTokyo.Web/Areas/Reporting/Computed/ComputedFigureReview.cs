using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Reporting.Computed;

public enum ComputedReviewOutcome
{
    Done,
    NotFound,
    Forbidden,
    AlreadyDecided,
    Conflict,
    CommentRequired,
}

/// <summary>One proposed (or decided) figure as the review page shows it, beside the value it would replace.</summary>
public sealed record ComputedFigureRow(
    int Id, int FiscalYear, string InitiativeCode, LocalizedText InitiativeTitle, LocalizedText IndicatorLabel, LocalizedText Unit,
    string? PrefectureCode, LocalizedText? PrefectureName, bool IsOnlinePart, decimal Value, EventFormat? Format, decimal? CurrentValue,
    string DescriptionJa, bool IsSynthetic, ComputedFigureState State, DateTime ProposedAtUtc, string? DecidedBy, DateTime? DecidedAtUtc,
    string? CommentJa, decimal? ReplacedValue, Guid Version);

public sealed record ComputedFiguresPage(ComputedFigureState State, IReadOnlyList<ComputedFigureRow> Figures, IReadOnlyDictionary<ComputedFigureState, int> Counts);

/// <summary>
/// Tokyo officials review the figures the portal computed. Accepting one writes it as the figure's value in the same
/// transaction: programme-wide, or for a prefecture without a report this year, as an approved (published) value; for a
/// prefecture with a report, into that report with the report's own state and an audit entry, so that the report's
/// review still decides it. A synthetic proposal writes a synthetic value, which is never published.
/// </summary>
public sealed class ComputedFigureReview(AppDbContext db, TimeProvider clock)
{
    public async Task<ComputedFiguresPage> PageAsync(ComputedFigureState state, CancellationToken cancellationToken)
    {
        var counts = await db.ComputedFigures.AsNoTracking().GroupBy(f => f.State)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var rows = await (
            from f in db.ComputedFigures.AsNoTracking()
            where f.State == state
            join initiative in db.Initiatives on f.InitiativeCode equals initiative.Code
            join indicator in db.IndicatorDefinitions on f.IndicatorCode equals indicator.Code
            join prefecture in db.Prefectures on f.PrefectureCode equals prefecture.Code into prefectures
            from prefecture in prefectures.DefaultIfEmpty()
            orderby f.ProposedAtUtc descending, f.Id
            select new { f, initiative.Title, indicator.Label, indicator.Unit, PrefectureName = prefecture == null ? null : prefecture.Name })
            .Take(500)
            .ToListAsync(cancellationToken);

        var current = await CurrentValuesAsync(rows.Select(r => r.f).ToList(), cancellationToken);
        var figures = rows.Select(r => new ComputedFigureRow(
            r.f.Id, r.f.FiscalYear, r.f.InitiativeCode, r.Title, r.Label, r.Unit, r.f.PrefectureCode, r.PrefectureName, r.f.IsOnlinePart,
            r.f.Value, r.f.Format, current.GetValueOrDefault(r.f.Id), r.f.DescriptionJa, r.f.IsSynthetic, r.f.State, r.f.ProposedAtUtc,
            r.f.DecidedBy, r.f.DecidedAtUtc, r.f.CommentJa, r.f.ReplacedValue, r.f.Version)).ToList();
        return new ComputedFiguresPage(state, figures, counts);
    }

    public async Task<ComputedReviewOutcome> AcceptAsync(int id, Guid version, ReportingActor actor, CancellationToken cancellationToken)
    {
        var (figure, refused) = await DecidableAsync(id, version, actor, cancellationToken);
        if (figure is null)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var report = figure.PrefectureCode is null ? null : await db.ReportSubmissions.FirstOrDefaultAsync(
            s => s.FiscalYear == figure.FiscalYear && s.InitiativeCode == figure.InitiativeCode && s.PrefectureCode == figure.PrefectureCode && s.IsSynthetic == figure.IsSynthetic,
            cancellationToken);
        var value = await SameFigure(db.IndicatorValues, figure).FirstOrDefaultAsync(cancellationToken);
        var replaced = value?.Value;
        var replacedText = value is null ? null : ValueChanges.ValueText(value.ActivityStatus, value.Value, value.Qualifier);
        if (value is null)
        {
            value = new IndicatorValue
            {
                InitiativeCode = figure.InitiativeCode,
                FiscalYear = figure.FiscalYear,
                IndicatorCode = figure.IndicatorCode,
                PrefectureCode = figure.PrefectureCode,
                IsOnlinePart = figure.IsOnlinePart,
                IsSynthetic = figure.IsSynthetic,
            };
            db.IndicatorValues.Add(value);
        }

        value.Value = figure.Value;
        value.Qualifier = ValueQualifier.Exact;
        value.Format = figure.Format ?? value.Format;
        value.NoteJa = figure.DescriptionJa;
        value.ComputedFigureId = figure.Id;
        value.ReviewState = report?.State ?? ReviewState.Approved;
        value.Version = Guid.NewGuid();
        figure.Accept(actor.UserName, replaced, now);

        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        try
        {
            if (report is not null)
            {
                report.Touch(actor.UserName, now);
                db.ReportingAuditEntries.Add(ValueChanges.AuditEntry(
                    report, AuditAction.ComputedFigureAccepted, figure.IndicatorCode, figure.IsOnlinePart,
                    replacedText, ValueChanges.ValueText(null, figure.Value, ValueQualifier.Exact), figure.DescriptionJa, actor.UserName, now));
            }

            await db.SaveChangesAsync(cancellationToken);
            if (value.ReviewState == ReviewState.Approved && !value.IsSynthetic)
            {
                // The published report and dashboards show approved values: their caches move on in this transaction.
                await db.MarkChangedAsync(now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return ComputedReviewOutcome.Conflict;
        }

        return ComputedReviewOutcome.Done;
    }

    public async Task<ComputedReviewOutcome> RejectAsync(int id, Guid version, string? comment, ReportingActor actor, CancellationToken cancellationToken)
    {
        var (figure, refused) = await DecidableAsync(id, version, actor, cancellationToken);
        if (figure is null)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(comment) || comment.Trim().Length > ComputedFigure.CommentMaxLength)
        {
            return ComputedReviewOutcome.CommentRequired;
        }

        figure.Reject(actor.UserName, comment, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ComputedReviewOutcome.Conflict;
        }

        return ComputedReviewOutcome.Done;
    }

    /// <summary>The proposal an official may decide now, or why not: not an official, no such proposal, decided, changed meanwhile.</summary>
    private async Task<(ComputedFigure? Figure, ComputedReviewOutcome Refused)> DecidableAsync(int id, Guid version, ReportingActor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsOfficial)
        {
            return (null, ComputedReviewOutcome.Forbidden);
        }

        var figure = await db.ComputedFigures.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return figure switch
        {
            null => (null, ComputedReviewOutcome.NotFound),
            { State: not ComputedFigureState.Proposed } => (null, ComputedReviewOutcome.AlreadyDecided),
            _ when figure.Version != version => (null, ComputedReviewOutcome.Conflict),
            _ => (figure, ComputedReviewOutcome.Done),
        };
    }

    private static IQueryable<IndicatorValue> SameFigure(IQueryable<IndicatorValue> values, ComputedFigure f) =>
        values.Where(v => v.FiscalYear == f.FiscalYear && v.InitiativeCode == f.InitiativeCode && v.IndicatorCode == f.IndicatorCode
            && v.PrefectureCode == f.PrefectureCode && v.IsOnlinePart == f.IsOnlinePart && v.IsSynthetic == f.IsSynthetic);

    /// <summary>The value each figure would replace today (one query for the page's years and measures).</summary>
    private async Task<Dictionary<int, decimal>> CurrentValuesAsync(List<ComputedFigure> figures, CancellationToken cancellationToken)
    {
        if (figures.Count == 0)
        {
            return [];
        }

        var years = figures.Select(f => f.FiscalYear).Distinct().ToList();
        var initiatives = figures.Select(f => f.InitiativeCode).Distinct().ToList();
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => years.Contains(v.FiscalYear) && initiatives.Contains(v.InitiativeCode))
            .Select(v => new { v.FiscalYear, v.InitiativeCode, v.IndicatorCode, v.PrefectureCode, v.IsOnlinePart, v.IsSynthetic, v.Value })
            .ToListAsync(cancellationToken);
        var current = new Dictionary<int, decimal>();
        foreach (var f in figures)
        {
            var match = values.FirstOrDefault(v => v.FiscalYear == f.FiscalYear && v.InitiativeCode == f.InitiativeCode && v.IndicatorCode == f.IndicatorCode
                && v.PrefectureCode == f.PrefectureCode && v.IsOnlinePart == f.IsOnlinePart && v.IsSynthetic == f.IsSynthetic);
            if (match is not null)
            {
                current[f.Id] = match.Value;
            }
        }

        return current;
    }
}
