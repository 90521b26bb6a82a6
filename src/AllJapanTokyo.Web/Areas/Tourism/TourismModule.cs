namespace AllJapanTokyo.Web.Areas.Tourism;

public static class TourismModule
{
    public static IServiceCollection AddTourism(this IServiceCollection services)
    {
        services.AddScoped<TourismService>();
        services.AddScoped<RouteEditing>();
        services.AddScoped<PrCorner>();
        services.AddScoped<InfoCenters.InfoCenterDirectory>();
        services.AddScoped<Mice.MicePromotions>();
        return services;
    }
}
