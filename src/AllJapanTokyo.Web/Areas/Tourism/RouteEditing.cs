using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Tourism;

/// <summary>A stop as staff type it on the route's editing page.</summary>
public sealed record StopInput(string? Name, string? WhatToSee, string? Access, string? Time, string? Latitude, string? Longitude);

public enum RouteEditOutcome
{
    Done,
    NotFound,
    Refused,
}

/// <summary>
/// Tokyo staff keep the model routes: they change a stop or add one to a day. Every stop written here has a place on
/// the map (<see cref="RouteStopRules"/>); a refused stop stores nothing. The route pages are published pages, so a
/// change moves the published-data mark in the same transaction (ADR 0005) and anonymous visitors see it at once.
/// </summary>
public sealed class RouteEditing(AppDbContext db, TimeProvider clock)
{
    public async Task<(RouteEditOutcome Outcome, RouteStopProblem? Problem)> UpdateStopAsync(int routeId, int stopId, StopInput input, CancellationToken cancellationToken)
    {
        var stop = await (from s in db.TouristRouteStops
                          join d in db.Set<TouristRouteDay>() on s.TouristRouteDayId equals d.Id
                          where s.Id == stopId && d.TouristRouteId == routeId
                          select s).FirstOrDefaultAsync(cancellationToken);
        if (stop is null)
        {
            return (RouteEditOutcome.NotFound, null);
        }

        if (Check(input, out var place) is { } problem)
        {
            return (RouteEditOutcome.Refused, problem);
        }

        Apply(stop, input, place);
        await SaveAsync(cancellationToken);
        return (RouteEditOutcome.Done, null);
    }

    public async Task<(RouteEditOutcome Outcome, RouteStopProblem? Problem)> AddStopAsync(int routeId, int dayNumber, StopInput input, CancellationToken cancellationToken)
    {
        var day = await db.Set<TouristRouteDay>().Include(d => d.Stops)
            .FirstOrDefaultAsync(d => d.TouristRouteId == routeId && d.DayNumber == dayNumber, cancellationToken);
        if (day is null)
        {
            return (RouteEditOutcome.NotFound, null);
        }

        if (Check(input, out var place) is { } problem)
        {
            return (RouteEditOutcome.Refused, problem);
        }

        var stop = new TouristRouteStop { NameJa = "", Order = day.Stops.Count == 0 ? 1 : day.Stops.Max(s => s.Order) + 1 };
        Apply(stop, input, place);
        day.Stops.Add(stop);
        await SaveAsync(cancellationToken);
        return (RouteEditOutcome.Done, null);
    }

    private static RouteStopProblem? Check(StopInput input, out (double Latitude, double Longitude) place) =>
        RouteStopRules.Check(input.Name, input.WhatToSee, input.Access, input.Time, input.Latitude, input.Longitude, out place);

    private static void Apply(TouristRouteStop stop, StopInput input, (double Latitude, double Longitude) place)
    {
        stop.NameJa = input.Name!.Trim();
        stop.WhatToSeeJa = Blank(input.WhatToSee);
        stop.AccessJa = Blank(input.Access);
        stop.TimeJa = Blank(input.Time);
        (stop.Latitude, stop.Longitude) = place;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.MarkChangedAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
