namespace AllJapanTokyo.Web.Areas.Textiles;

public static class TextilesModule
{
    public static IServiceCollection AddTextiles(this IServiceCollection services)
    {
        services.AddScoped<TextilesService>();
        return services;
    }
}
