using Microsoft.Extensions.Options;

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
        services.AddOptions<TenderSearchCacheOptions>().BindConfiguration("Procurement:SearchCache");
        services.AddSingleton<IPostConfigureOptions<TenderSearchCacheOptions>, DevelopmentSearchCacheOff>();
        services.AddSingleton<TenderSearchCache>();
        return services;
    }
}

/// <summary>In Development (and so in the functional tests) the search cache is off unless configured: changes show at once.</summary>
internal sealed class DevelopmentSearchCacheOff(IHostEnvironment environment, IConfiguration configuration) : IPostConfigureOptions<TenderSearchCacheOptions>
{
    public void PostConfigure(string? name, TenderSearchCacheOptions options)
    {
        if (environment.IsDevelopment() && configuration["Procurement:SearchCache:Seconds"] is null)
        {
            options.Seconds = 0;
        }
    }
}
