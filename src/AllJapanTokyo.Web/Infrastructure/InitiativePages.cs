using AllJapanTokyo.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>Where each measure is run: its area's front page, or its own page on the dashboard for measures without one.</summary>
public static class InitiativePages
{
    /// <summary>The address of the page that runs the measure, in the current page's language.</summary>
    public static string InitiativePage(this IUrlHelper url, PortalArea area, string initiativeCode) => area switch
    {
        PortalArea.Procurement => url.Action("Index", "Tenders", new { area = "Procurement" }),
        PortalArea.Fairs => url.Action("Index", "Fairs", new { area = "Fairs" }),
        PortalArea.Textiles => url.Action("Index", "Textiles", new { area = "Textiles" }),
        PortalArea.Crafts => url.Action("Index", "Crafts", new { area = "Crafts" }),
        PortalArea.Funds => url.Action("Index", "Funds", new { area = "Funds" }),
        PortalArea.Tourism => url.Action("Index", "Tourism", new { area = "Tourism" }),
        PortalArea.AntennaShops => url.Action("Index", "AntennaShops", new { area = "AntennaShops" }),
        _ => url.Action("Initiative", "Dashboard", new { area = "Dashboard", code = initiativeCode }),
    } ?? throw new InvalidOperationException($"No page for the area {area}.");
}
