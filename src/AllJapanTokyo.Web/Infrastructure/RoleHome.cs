using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>Where each role lands after signing in.</summary>
public static class RoleHome
{
    /// <summary>The role's start page, linked by route so that it keeps the language of the page it is asked from.</summary>
    public static string HomeOf(this IUrlHelper url, ClaimsPrincipal user)
    {
        // A designer's start is the profile the matching requests are made from.
        if (user.IsInRole(Roles.Designer) && !user.IsInRole(Roles.Administrator) && !user.IsInRole(Roles.TokyoOfficial))
        {
            return url.Action("Mine", "DesignerProfile", new { area = "Textiles" }) ?? "/";
        }

        var (area, controller) =
            user.IsInRole(Roles.Administrator) ? ("Admin", "Overview")
            : user.IsInRole(Roles.TokyoOfficial) ? ("Dashboard", "Dashboard")
            : user.IsInRole(Roles.PrefectureStaff) ? ("Reporting", "Results")
            : user.IsInRole(Roles.BuyerStaff) || user.IsInRole(Roles.Enterprise) ? ("Procurement", "MyProcurement")
            : user.IsInRole(Roles.Coordinator) ? ("Procurement", "Tenders")
            : user.IsInRole(Roles.EventOrganizer) ? ("Fairs", "Fairs")
            : user.IsInRole(Roles.Maker) ? ("Crafts", "CallRounds")
            : user.IsInRole(Roles.FundOperator) ? ("Funds", "FundsManage")
            : ("", "Home");
        return url.Action("Index", controller, new { area }) ?? "/";
    }
}
