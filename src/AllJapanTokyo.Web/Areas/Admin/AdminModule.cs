using AllJapanTokyo.Web.Account;

namespace AllJapanTokyo.Web.Areas.Admin;

public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<AdminService>();
        services.AddScoped<EnterpriseScreeningService>();

        // The account pages are no area, so Startup/PortalAreas has no line for them yet; the administration, which
        // screens what they register, brings them in until it does.
        services.AddAccounts();
        return services;
    }
}
