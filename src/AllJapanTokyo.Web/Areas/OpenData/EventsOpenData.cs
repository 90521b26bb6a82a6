using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>
/// An event of a measure: its status ("upcoming", "held" or "cancelled" — a cancelled or not-held event, with its
/// reason), the activity status as the report words it (held, cancelled, not_held, ongoing), its dates as precise as
/// known ("2020-11", "2020-11-04"), the host and the prefectures that took part, and whether it is synthetic (架空).
/// </summary>
public sealed record ApiEvent(int Id, int FiscalYear, string MeasureCode, string NameJa, string Status, string ActivityStatus, string? CancelReasonJa,
    string? Start, string? End, string? Format, string? VenueJa, string? HostPrefectureCode, IReadOnlyList<string> PrefectureCodes, bool IsSynthetic)
{
    /// <summary>「架空」 on a synthetic event; null on a real one.</summary>
    public string? SyntheticLabel => IsSynthetic ? "架空" : null;
}

/// <summary>The filters of the events list; each null when not given.</summary>
public sealed record ApiEventFilter(int? FiscalYear, string? MeasureCode, string? Status, bool IncludeSynthetic);

/// <summary>The events of the open-data API: every real event public pages list (cancelled ones included), by id.</summary>
public sealed class EventsOpenData(AppDbContext db, TimeProvider clock)
{
    public const string Upcoming = "upcoming";
    public const string Held = "held";
    public const string Cancelled = "cancelled";

    public static bool IsStatus(string value) => value is Upcoming or Held or Cancelled;

    public async Task<ApiPage<ApiEvent>> EventsAsync(ApiEventFilter filter, int? afterId, int limit, CancellationToken cancellationToken)
    {
        var query = db.Events.AsNoTracking();
        if (!filter.IncludeSynthetic)
        {
            query = query.Where(Event.IsPublished);
        }

        query = query.Where(e => (afterId == null || e.Id > afterId)
            && (filter.FiscalYear == null || e.FiscalYear == filter.FiscalYear)
            && (filter.MeasureCode == null || e.InitiativeCode == filter.MeasureCode));
        var rows = await query.OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.FiscalYear, e.InitiativeCode, e.NameJa, e.Status, e.CancelReasonJa, e.Start, e.End, e.Format, e.VenueJa, e.HostPrefectureCode, e.IsSynthetic })
            .ToListAsync(cancellationToken);

        var today = JapanTime.DayOf(clock.GetUtcNow());
        var chosen = rows.Select(e => (Row: e, Status: e.Status.DidNotTakePlace() ? Cancelled : e.Start is { } start && start.EarliestDay > today ? Upcoming : Held))
            .Where(e => filter.Status is null || e.Status == filter.Status)
            .Take(limit + 1)
            .ToList();
        var ids = chosen.Select(e => e.Row.Id).ToList();
        var taking = await db.Participations.AsNoTracking()
            .Where(p => p.EventId != null && ids.Contains(p.EventId.Value) && (filter.IncludeSynthetic || !p.IsSynthetic))
            .Select(p => new { EventId = p.EventId!.Value, p.PrefectureCode })
            .ToListAsync(cancellationToken);
        var items = chosen.Take(limit).Select(e => new ApiEvent(e.Row.Id, e.Row.FiscalYear, e.Row.InitiativeCode, e.Row.NameJa, e.Status,
                e.Row.Status.ToCode(), e.Row.CancelReasonJa, e.Row.Start?.ToString(), e.Row.End?.ToString(), e.Row.Format?.ToCode(), e.Row.VenueJa,
                e.Row.HostPrefectureCode,
                taking.Where(p => p.EventId == e.Row.Id).Select(p => p.PrefectureCode).Append(e.Row.HostPrefectureCode).OfType<string>()
                    .Distinct().Order(StringComparer.Ordinal).ToList(),
                e.Row.IsSynthetic))
            .ToList();
        return new(items, chosen.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }
}
