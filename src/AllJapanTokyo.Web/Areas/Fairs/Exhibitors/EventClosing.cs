using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Fairs.Exhibitors;

/// <summary>
/// Closing an event the portal runs: it becomes held, and its figures — confirmed exhibitors (with the online part),
/// their prefectures, and each prefecture's exhibitors — are proposed for the measure's fiscal year, in the same save,
/// for an official to accept or reject at /reporting/computed. Only indicators on the measure's reporting form are
/// proposed.
/// </summary>
public sealed class EventClosing(AppDbContext db, ComputedFigureProposals proposals, ExhibitorService exhibitors, TimeProvider clock)
{
    public const string SourceKind = "fairs.event";

    public async Task<ApplicationProblem?> CloseAsync(int eventId, CancellationToken cancellationToken)
    {
        var e = await db.Events.SingleOrDefaultAsync(x => x.Id == eventId && x.Type != null, cancellationToken);
        if (e is null)
        {
            return ApplicationProblem.EventNotStarted;
        }

        var problem = e.Close(exhibitors.TodayInJapan, clock.GetUtcNow().UtcDateTime);
        if (problem is not null)
        {
            return problem;
        }

        var figures = await FiguresAsync(e, cancellationToken);
        await proposals.ProposeAsync(new FigureSource(SourceKind, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"「{e.NameJa}」の確定出展者から算出", e.IsSynthetic), figures, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>What the event's confirmed exhibitors add up to, for the indicators the measure's form has.</summary>
    public async Task<IReadOnlyList<FigureProposal>> FiguresAsync(Event e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var confirmed = await db.ExhibitorApplications.AsNoTracking()
            .Where(a => a.EventId == e.Id && a.Status == ApplicationStatus.Confirmed)
            .Select(a => new { a.PrefectureCode, a.IsOnline })
            .ToListAsync(cancellationToken);
        var form = await db.FormIndicators.AsNoTracking().Where(f => f.InitiativeCode == e.InitiativeCode).ToListAsync(cancellationToken);
        var exhibitorsLine = form.Find(f => f.IndicatorCode == "exhibitors");
        var figures = new List<FigureProposal>();
        if (exhibitorsLine is not null)
        {
            figures.Add(new FigureProposal(e.FiscalYear, e.InitiativeCode, "exhibitors", null, confirmed.Count, e.Format));
            if (exhibitorsLine.SplitByFormat)
            {
                figures.Add(new FigureProposal(e.FiscalYear, e.InitiativeCode, "exhibitors", null, confirmed.Count(a => a.IsOnline), e.Format, IsOnlinePart: true));
            }

            figures.AddRange(confirmed.GroupBy(a => a.PrefectureCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FigureProposal(e.FiscalYear, e.InitiativeCode, "exhibitors", g.Key, g.Count(), e.Format)));
        }

        if (form.Exists(f => f.IndicatorCode == "participating_prefectures"))
        {
            figures.Add(new FigureProposal(e.FiscalYear, e.InitiativeCode, "participating_prefectures", null, confirmed.Select(a => a.PrefectureCode).Distinct().Count(), e.Format));
        }

        return figures;
    }
}
