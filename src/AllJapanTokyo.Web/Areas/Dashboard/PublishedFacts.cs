using System.Linq.Expressions;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Tourism;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// The published-fact rules of events and partnerships that the dashboard's queries apply, written once as
/// expressions (as <c>IndicatorValue.IsPublished</c> is for figures). They restate <c>Event.WasHeld</c> and
/// <c>TourismPartnership.IsActiveIn</c> for the database and belong beside them on the domain entities.
/// </summary>
public static class PublishedFacts
{
    /// <summary>A real (not synthetic) event, whatever became of it: what the pages list, cancelled ones included.</summary>
    public static Expression<Func<Event, bool>> IsPublishedEvent { get; } = e => !e.IsSynthetic;

    /// <summary>A real event that took place (held or ongoing): an event held, and its host's part in the initiative.</summary>
    public static Expression<Func<Event, bool>> TookPlace { get; } =
        e => !e.IsSynthetic && (e.Status == ActivityStatus.Held || e.Status == ActivityStatus.Ongoing);

    /// <summary>A tourism partnership that ran in <paramref name="fiscalYear"/>.</summary>
    public static Expression<Func<TourismPartnership, bool>> RanIn(int fiscalYear) =>
        p => p.SinceFiscalYear <= fiscalYear && (p.UntilFiscalYear == null || p.UntilFiscalYear >= fiscalYear);
}
