using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Fairs;

/// <summary>
/// Who may run an event: Tokyo officials and administrators organise every event; an EventOrganizer account only the
/// events delegated to it (<see cref="Domain.Events.EventOrganizerAssignment"/>).
/// </summary>
public sealed class EventOrganisers(AppDbContext db)
{
    /// <summary>Tokyo officials and administrators, who run every event without a delegation.</summary>
    public static bool OrganisesAll(ClaimsPrincipal user) => user.IsInRole(Roles.TokyoOfficial) || user.IsInRole(Roles.Administrator);

    public async Task<bool> MayOrganiseAsync(ClaimsPrincipal user, int eventId, CancellationToken cancellationToken)
    {
        if (OrganisesAll(user))
        {
            return true;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return user.IsInRole(Roles.EventOrganizer) && userId is not null
            && await db.EventOrganizerAssignments.AnyAsync(a => a.EventId == eventId && a.UserId == userId, cancellationToken);
    }
}
