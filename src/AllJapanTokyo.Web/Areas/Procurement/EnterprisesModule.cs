namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>Issue 5 items 1 and 5 in the Procurement area: enterprise PR pages and company accounts, saved searches and their alerts.</summary>
public static class EnterprisesModule
{
    public static IServiceCollection AddEnterprisesAndAlerts(this IServiceCollection services)
    {
        services.AddScoped<EnterpriseProfileService>();
        services.AddScoped<SavedSearchService>();
        services.AddScoped<AlertDispatcher>();
        services.AddOptions<AlertOptions>().BindConfiguration("Alerts");
        services.AddHostedService<AlertWorker>();
        return services;
    }
}
