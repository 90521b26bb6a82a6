namespace AllJapanTokyo.Web.Areas.Crafts;

public static class CraftsModule
{
    public static IServiceCollection AddCrafts(this IServiceCollection services)
    {
        services.AddScoped<CraftsService>();
        return services;
    }
}
