using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;

namespace AllJapanTokyo.Web.Areas.Fairs.Exhibitors;

/// <summary>Who may organise which event the portal runs: Tokyo officials and administrators every one.</summary>
public sealed class OrganiserAccess
{
    public bool OrganisesAll(ClaimsPrincipal user) => user.IsInRole(Roles.TokyoOfficial) || user.IsInRole(Roles.Administrator);

    /// <summary>The events assigned to the person (empty for those who organise every event).</summary>
    public Task<IReadOnlyList<int>> EventsOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<int>>([]);

    public Task<bool> MayOrganiseAsync(ClaimsPrincipal user, int eventId, CancellationToken cancellationToken) =>
        Task.FromResult(OrganisesAll(user));
}
