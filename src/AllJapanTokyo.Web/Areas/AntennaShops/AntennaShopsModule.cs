using AllJapanTokyo.Web.Areas.AntennaShops.Rally;
using AllJapanTokyo.Web.Areas.AntennaShops.Shops;

namespace AllJapanTokyo.Web.Areas.AntennaShops;

public static class AntennaShopsModule
{
    public static IServiceCollection AddAntennaShops(this IServiceCollection services)
    {
        services.AddScoped<AntennaShopsService>();
        services.AddScoped<ShopDirectory>();
        services.AddScoped<RallyService>();
        services.AddScoped<RallySignIn>();
        services.AddSingleton<StampCodes>();
        services.AddSingleton<StampAttempts>();
        return services;
    }
}
