using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Reporting.Computed;

/// <summary>What produced a set of figures: its kind ("fairs.event"), which one (an event's id), and how, in Japanese.</summary>
public sealed record FigureSource(string Kind, string Key, string DescriptionJa, bool IsSynthetic);

/// <summary>One figure a source proposes for a measure's fiscal year, programme-wide (no prefecture) or for one prefecture.</summary>
public sealed record FigureProposal(
    int FiscalYear, string InitiativeCode, string IndicatorCode, string? PrefectureCode,
    decimal Value, EventFormat? Format = null, bool IsOnlinePart = false);

/// <summary>
/// The one way an area's work reports its figures: the area proposes them, and they wait for a Tokyo official's review at
/// /reporting/computed like any reported value. Proposals join the caller's unit of work (saved by its SaveChanges, in its
/// transaction, or not at all); a source's earlier proposals still awaiting review are superseded, so proposing again
/// after a correction leaves one proposal per figure.
/// </summary>
public sealed class ComputedFigureProposals(AppDbContext db, Notifier notifier, LinkGenerator links, TimeProvider clock)
{
    public async Task ProposeAsync(FigureSource source, IReadOnlyList<FigureProposal> figures, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Key);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.DescriptionJa);
        if (figures.Count == 0)
        {
            return;
        }

        await RefuseIndicatorsOutsideTheFormsAsync(figures, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var proposed = figures.Select(f => new ComputedFigure
        {
            FiscalYear = f.FiscalYear,
            InitiativeCode = f.InitiativeCode,
            IndicatorCode = f.IndicatorCode,
            PrefectureCode = f.PrefectureCode,
            Value = f.Value,
            Format = f.Format,
            IsOnlinePart = f.IsOnlinePart,
            SourceKind = source.Kind,
            SourceKey = source.Key,
            DescriptionJa = source.DescriptionJa.Length > ComputedFigure.DescriptionMaxLength ? source.DescriptionJa[..ComputedFigure.DescriptionMaxLength] : source.DescriptionJa,
            IsSynthetic = source.IsSynthetic,
            ProposedAtUtc = now,
        }).ToList();

        var waiting = await db.ComputedFigures
            .Where(f => f.SourceKind == source.Kind && f.SourceKey == source.Key && f.State == ComputedFigureState.Proposed)
            .ToListAsync(cancellationToken);
        foreach (var earlier in waiting.Where(w => proposed.Any(p => p.IsSameFigureAs(w))))
        {
            earlier.Supersede(now);
        }

        db.ComputedFigures.AddRange(proposed);
        var path = links.GetPathByAction("Index", "Computed", new { area = "Reporting" }) ?? throw new InvalidOperationException("The computed figures page has no route.");
        await notifier.NotifyAsync(await OfficialsAsync(cancellationToken), new ComputedFiguresProposedNotification(source.DescriptionJa, proposed.Count, path), cancellationToken);
    }

    private async Task RefuseIndicatorsOutsideTheFormsAsync(IReadOnlyList<FigureProposal> figures, CancellationToken cancellationToken)
    {
        var initiatives = figures.Select(f => f.InitiativeCode).Distinct().ToList();
        var onForms = await db.FormIndicators.AsNoTracking()
            .Where(f => initiatives.Contains(f.InitiativeCode))
            .Select(f => new { f.InitiativeCode, f.IndicatorCode })
            .ToListAsync(cancellationToken);
        var missing = figures.FirstOrDefault(f => !onForms.Any(o => o.InitiativeCode == f.InitiativeCode && o.IndicatorCode == f.IndicatorCode));
        if (missing is not null)
        {
            throw new ArgumentException($"The reporting form of {missing.InitiativeCode} has no indicator {missing.IndicatorCode}.", nameof(figures));
        }
    }

    private Task<List<string>> OfficialsAsync(CancellationToken cancellationToken) => TokyoOfficialsAsync(db, cancellationToken);

    /// <summary>The accounts of Tokyo's officials, whom an area tells when something awaits their review.</summary>
    public static Task<List<string>> TokyoOfficialsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (from user in db.Users
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join role in db.Roles on userRole.RoleId equals role.Id
         where role.Name == Roles.TokyoOfficial
         select user.Id).ToListAsync(cancellationToken);
}
