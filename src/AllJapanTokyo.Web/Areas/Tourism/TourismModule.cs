namespace AllJapanTokyo.Web.Areas.Tourism;

public static class TourismModule
{
    public static IServiceCollection AddTourism(this IServiceCollection services)
    {
        services.AddScoped<TourismService>();
        return services;
    }
}
