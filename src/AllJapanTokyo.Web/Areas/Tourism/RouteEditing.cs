using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Tourism;

/// <summary>A stop as staff type it on the route's editing page.</summary>
/// <remarks><paramref name="NameEn"/> is the optional romanised name ("Eiheiji Temple").</remarks>
public sealed record StopInput(string? Name, string? WhatToSee, string? Access, string? Time, string? Latitude, string? Longitude, string? NameEn = null);

public enum RouteEditOutcome
{
    Done,
    NotFound,
    Refused,
    Forbidden,
    AlreadyDecided,
    ReasonRequired,
}

/// <summary>A proposed change waiting for Tokyo, beside the stop it would change.</summary>
public sealed record StopProposalItem(int Id, int StopId, string CurrentNameJa, string NameJa, string? WhatToSeeJa, string? AccessJa, string? TimeJa, double Latitude, double Longitude, RouteStopProposalState State, string? DeclineReasonJa);

/// <summary>
/// Tokyo staff keep the model routes: they change a stop or add one to a day. Every stop written here has a place on
/// the map (<see cref="RouteStopRules"/>); a refused stop stores nothing. The route pages are published pages, so a
/// change moves the published-data mark in the same transaction (ADR 0005) and anonymous visitors see it at once.
/// </summary>
public sealed class RouteEditing(AppDbContext db, Notifier notifier, LinkGenerator links, TimeProvider clock)
{
    /// <summary>
    /// Staff of the prefecture a stop's day is in propose a change to it; it waits for Tokyo. A stop of another
    /// prefecture is <see cref="RouteEditOutcome.Forbidden"/>, and a proposal breaking the stop rules is refused unstored.
    /// </summary>
    public async Task<(RouteEditOutcome Outcome, RouteStopProblem? Problem)> ProposeAsync(int routeId, int stopId, StopInput input, string prefectureCode, string userId, CancellationToken cancellationToken)
    {
        var stop = await (from s in db.TouristRouteStops.AsNoTracking()
                          join d in db.Set<TouristRouteDay>() on s.TouristRouteDayId equals d.Id
                          where s.Id == stopId && d.TouristRouteId == routeId
                          select new { s.Id, d.PrefectureCode }).FirstOrDefaultAsync(cancellationToken);
        if (stop is null)
        {
            return (RouteEditOutcome.NotFound, null);
        }

        if (stop.PrefectureCode != prefectureCode)
        {
            return (RouteEditOutcome.Forbidden, null);
        }

        if (Check(input, out var place) is { } problem)
        {
            return (RouteEditOutcome.Refused, problem);
        }

        db.RouteStopProposals.Add(new RouteStopProposal
        {
            TouristRouteStopId = stopId,
            PrefectureCode = prefectureCode,
            ProposedByUserId = userId,
            NameJa = input.Name!.Trim(),
            NameEn = Blank(input.NameEn),
            WhatToSeeJa = Blank(input.WhatToSee),
            AccessJa = Blank(input.Access),
            TimeJa = Blank(input.Time),
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            ProposedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        var editor = links.GetPathByAction("Edit", "RouteEditor", new { area = "Tourism", id = routeId }) ?? throw new InvalidOperationException("The route editor has no route.");
        var prefectureJa = (await db.PrefectureNamesAsync(cancellationToken))[prefectureCode].Ja;
        await notifier.NotifyAsync(await TourismOfficials.IdsAsync(db, cancellationToken), new RouteStopProposedNotification(prefectureJa, input.Name.Trim(), editor), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (RouteEditOutcome.Done, null);
    }

    /// <summary>The proposals for a route's stops: those waiting, or (for a prefecture) its own, newest first.</summary>
    public Task<List<StopProposalItem>> ProposalsAsync(int routeId, string? prefectureCode, CancellationToken cancellationToken) =>
        (from p in db.RouteStopProposals.AsNoTracking()
         join s in db.TouristRouteStops on p.TouristRouteStopId equals s.Id
         join d in db.Set<TouristRouteDay>() on s.TouristRouteDayId equals d.Id
         where d.TouristRouteId == routeId && (prefectureCode == null ? p.State == RouteStopProposalState.Proposed : p.PrefectureCode == prefectureCode)
         orderby p.Id descending
         select new StopProposalItem(p.Id, s.Id, s.NameJa, p.NameJa, p.WhatToSeeJa, p.AccessJa, p.TimeJa, p.Latitude, p.Longitude, p.State, p.DeclineReasonJa))
        .ToListAsync(cancellationToken);

    /// <summary>Tokyo accepts (the stop takes the proposal, the public pages move on) or declines with a reason; the proposer is told.</summary>
    public async Task<RouteEditOutcome> DecideAsync(int routeId, int proposalId, bool accept, string? reason, string decidedBy, CancellationToken cancellationToken)
    {
        var proposal = await db.RouteStopProposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        var stop = proposal is null ? null : await StopsOf(routeId).FirstOrDefaultAsync(s => s.Id == proposal.TouristRouteStopId, cancellationToken);
        if (proposal is null || stop is null)
        {
            return RouteEditOutcome.NotFound;
        }

        if (proposal.State != RouteStopProposalState.Proposed)
        {
            return RouteEditOutcome.AlreadyDecided;
        }

        if (!accept && (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > RouteStopProposal.ReasonMaxLength))
        {
            return RouteEditOutcome.ReasonRequired;
        }

        proposal.State = accept ? RouteStopProposalState.Accepted : RouteStopProposalState.Declined;
        proposal.DecidedBy = decidedBy;
        proposal.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        proposal.DeclineReasonJa = accept ? null : reason!.Trim();
        if (accept)
        {
            (stop.NameJa, stop.NameEn, stop.WhatToSeeJa, stop.AccessJa, stop.TimeJa, stop.Latitude, stop.Longitude) =
                (proposal.NameJa, proposal.NameEn, proposal.WhatToSeeJa, proposal.AccessJa, proposal.TimeJa, proposal.Latitude, proposal.Longitude);
        }

        var path = links.GetPathByAction("Propose", "RouteProposals", new { area = "Tourism", id = routeId }) ?? throw new InvalidOperationException("The proposals page has no route.");
        await notifier.NotifyAsync([proposal.ProposedByUserId], new RouteStopProposalDecidedNotification(proposal.NameJa, accept, proposal.DeclineReasonJa, path), cancellationToken);
        if (accept)
        {
            await SaveAsync(cancellationToken);
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return RouteEditOutcome.Done;
    }

    public async Task<(RouteEditOutcome Outcome, RouteStopProblem? Problem)> UpdateStopAsync(int routeId, int stopId, StopInput input, CancellationToken cancellationToken)
    {
        var stop = await StopsOf(routeId).FirstOrDefaultAsync(s => s.Id == stopId, cancellationToken);
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

    /// <summary>The stops of one route (a stop id of another route finds nothing).</summary>
    private IQueryable<TouristRouteStop> StopsOf(int routeId) =>
        from s in db.TouristRouteStops
        join d in db.Set<TouristRouteDay>() on s.TouristRouteDayId equals d.Id
        where d.TouristRouteId == routeId
        select s;

    private static RouteStopProblem? Check(StopInput input, out (double Latitude, double Longitude) place) =>
        RouteStopRules.Check(input.Name, input.WhatToSee, input.Access, input.Time, input.Latitude, input.Longitude, out place)
        ?? RouteStopRules.CheckEnglishName(input.NameEn);

    /// <summary>Tokyo staff give the route its romanised English name (or take it away, blank); the public pages move on.</summary>
    public async Task<(RouteEditOutcome Outcome, RouteStopProblem? Problem)> NameRouteAsync(int routeId, string? nameEn, CancellationToken cancellationToken)
    {
        if (await db.TouristRoutes.FirstOrDefaultAsync(r => r.Id == routeId, cancellationToken) is not { } route)
        {
            return (RouteEditOutcome.NotFound, null);
        }

        if (RouteStopRules.CheckEnglishName(nameEn) is { } problem)
        {
            return (RouteEditOutcome.Refused, problem);
        }

        route.NameEn = Blank(nameEn);
        await SaveAsync(cancellationToken);
        return (RouteEditOutcome.Done, null);
    }

    private static void Apply(TouristRouteStop stop, StopInput input, (double Latitude, double Longitude) place)
    {
        stop.NameJa = input.Name!.Trim();
        stop.NameEn = Blank(input.NameEn);
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
