using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Fairs.Exhibitors;

/// <summary>
/// Which events a person runs, for the organiser's pages: Tokyo officials and administrators every one, an
/// EventOrganizer those delegated to it. The decision on one event is <see cref="EventOrganisers"/>'.
/// </summary>
public sealed class OrganiserAccess(AppDbContext db, EventOrganisers organisers)
{
    public static bool OrganisesAll(ClaimsPrincipal user) => user.IsInRole(Roles.TokyoOfficial) || user.IsInRole(Roles.Administrator);

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
}
