namespace AllJapanTokyo.Web.Areas.Admin;

public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<AdminService>();
        services.AddScoped<EnterpriseScreeningService>();
        services.AddScoped<Users.UserAdminService>();
        services.AddScoped<Users.SecurityEventList>();
        services.AddScoped<OutboxAdminService>();
        return services;
    }
}
