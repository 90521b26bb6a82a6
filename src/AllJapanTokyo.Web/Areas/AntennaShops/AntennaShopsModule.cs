namespace AllJapanTokyo.Web.Areas.AntennaShops;

public static class AntennaShopsModule
{
    public static IServiceCollection AddAntennaShops(this IServiceCollection services)
    {
        services.AddScoped<AntennaShopsService>();
        return services;
    }
}
