using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Areas.Admin;
using AllJapanTokyo.Web.Areas.AntennaShops;
using AllJapanTokyo.Web.Areas.Crafts;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Fairs;
using AllJapanTokyo.Web.Areas.Funds;
using AllJapanTokyo.Web.Areas.OpenData;
using AllJapanTokyo.Web.Areas.Procurement;
using AllJapanTokyo.Web.Areas.Reporting;
using AllJapanTokyo.Web.Areas.Textiles;
using AllJapanTokyo.Web.Areas.Tourism;

namespace AllJapanTokyo.Web.Startup;

public static class PortalAreas
{
    /// <summary>
    /// Each area registers its own services (see Areas/&lt;Area&gt;/&lt;Area&gt;Module.cs), and so do the account pages,
    /// which belong to no area (Account/AccountModule.cs).
    /// </summary>
    public static IServiceCollection AddPortalAreas(this IServiceCollection services) => services
        .AddProcurement()
        .AddFairs()
        .AddTextiles()
        .AddCrafts()
        .AddFunds()
        .AddTourism()
        .AddAntennaShops()
        .AddReporting()
        .AddDashboard()
        .AddAdmin()
        .AddOpenData()
        .AddAccounts();
}
