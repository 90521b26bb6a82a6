using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>Where each role lands after signing in.</summary>
public static class RoleHome
{
    public static string For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return "/admin";
        }

        if (user.IsInRole(Roles.TokyoOfficial))
        {
            return "/dashboard";
        }

        if (user.IsInRole(Roles.PrefectureStaff))
        {
            return "/reporting";
        }

        if (user.IsInRole(Roles.BuyerStaff) || user.IsInRole(Roles.Enterprise))
        {
            return "/procurement/mine";
        }

        return user.IsInRole(Roles.Coordinator) ? "/procurement" : "/";
    }
}
