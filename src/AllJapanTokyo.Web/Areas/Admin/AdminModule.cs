namespace AllJapanTokyo.Web.Areas.Admin;

public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<AdminService>();
        return services;
    }
}
