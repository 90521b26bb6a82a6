using System.Security.Claims;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Fairs.Exhibitors;

/// <summary>Why an event cannot be delegated to an account; the web layer words it.</summary>
public enum DelegationProblem
{
    /// <summary>No account of that e-mail has the EventOrganizer role.</summary>
    NoSuchOrganiser,

    AlreadyDelegated,
}

/// <summary>An organiser account an event is delegated to.</summary>
public sealed record DelegatedOrganiser(string UserId, string Email, string DisplayName);

/// <summary>
/// Which events a person runs, for the organiser's pages: Tokyo officials and administrators every one, an
/// EventOrganizer those delegated to it. The decision on one event is <see cref="EventOrganisers"/>'.
/// </summary>
public sealed class OrganiserAccess(AppDbContext db, EventOrganisers organisers)
{
    /// <summary>The events delegated to the person (empty for anyone else).</summary>
    public async Task<IReadOnlyList<int>> EventsOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!user.IsInRole(Roles.EventOrganizer) || userId is null)
        {
            return [];
        }

        return await db.EventOrganizerAssignments.AsNoTracking().Where(a => a.UserId == userId).Select(a => a.EventId).ToListAsync(cancellationToken);
    }

    public Task<bool> MayOrganiseAsync(ClaimsPrincipal user, int eventId, CancellationToken cancellationToken) =>
        organisers.MayOrganiseAsync(user, eventId, cancellationToken);

    public async Task<IReadOnlyList<DelegatedOrganiser>> DelegatedAsync(int eventId, CancellationToken cancellationToken) =>
        await (from a in db.EventOrganizerAssignments.AsNoTracking()
               join u in db.Users.AsNoTracking() on a.UserId equals u.Id
               where a.EventId == eventId
               orderby u.Email
               select new DelegatedOrganiser(u.Id, u.Email ?? "", u.DisplayName))
            .ToListAsync(cancellationToken);

    /// <summary>Delegates the event to the EventOrganizer account of <paramref name="email"/> (Tokyo officials only).</summary>
    public async Task<DelegationProblem?> DelegateAsync(int eventId, string? email, CancellationToken cancellationToken)
    {
        var normalized = email?.Trim().ToUpperInvariant();
        var userId = string.IsNullOrEmpty(normalized) ? null : await (
                from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where u.NormalizedEmail == normalized && r.Name == Roles.EventOrganizer
                select u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return DelegationProblem.NoSuchOrganiser;
        }

        if (await db.EventOrganizerAssignments.AnyAsync(a => a.EventId == eventId && a.UserId == userId, cancellationToken))
        {
            return DelegationProblem.AlreadyDelegated;
        }

        db.EventOrganizerAssignments.Add(new EventOrganizerAssignment { EventId = eventId, UserId = userId });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return DelegationProblem.AlreadyDelegated;
        }
    }

    public async Task UndelegateAsync(int eventId, string userId, CancellationToken cancellationToken) =>
        await db.EventOrganizerAssignments.Where(a => a.EventId == eventId && a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
