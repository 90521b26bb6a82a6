using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Textiles;

/// <summary>
/// Who acts in the textiles measure: a designer, a prefecture's staff member (for the regions of their prefecture), or
/// Tokyo staff — the coordinator of the measure is Tokyo's officials (and administrators), who see every region and
/// request and take the pipeline's steps.
/// </summary>
public sealed record TextilesActor(string UserId, bool IsTokyoStaff, string? PrefectureCode, bool IsDesigner)
{
    public bool IsPrefectureStaff => !IsTokyoStaff && PrefectureCode is { Length: > 0 };

    public static TextilesActor? Of(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return null;
        }

        var tokyo = user.IsInRole(Roles.TokyoOfficial) || user.IsInRole(Roles.Administrator);
        return new(id, tokyo, user.IsInRole(Roles.PrefectureStaff) ? user.PrefectureCode() : null, user.IsInRole(Roles.Designer));
    }

    /// <summary>Whether the actor keeps a region's profile: Tokyo staff any, a prefecture's staff the regions of their prefecture.</summary>
    public bool MayKeep(Domain.Textiles.ProductionRegion region) => IsTokyoStaff || (IsPrefectureStaff && region.PrefectureCode == PrefectureCode);
}
