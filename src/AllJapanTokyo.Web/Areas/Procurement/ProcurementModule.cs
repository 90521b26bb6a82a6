using AllJapanTokyo.Web.Areas.Procurement.Bidding;
using AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;
using AllJapanTokyo.Web.Areas.Procurement.MyPage;
using AllJapanTokyo.Web.Areas.Procurement.Notices;
using AllJapanTokyo.Web.Areas.Procurement.Ocds;
using AllJapanTokyo.Web.Areas.Procurement.Recommendations;
using AllJapanTokyo.Web.Areas.Procurement.SavedSearches;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Areas.Procurement.TenderPage;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>The tender portal's use cases, one service each.</summary>
public static class ProcurementModule
{
    public static IServiceCollection AddProcurement(this IServiceCollection services)
    {
        services.AddScoped<TenderSearchService>();
        services.AddOptions<TenderSearchCacheOptions>().BindConfiguration("Procurement:SearchCache");
        services.AddSingleton<IPostConfigureOptions<TenderSearchCacheOptions>, DevelopmentSearchCacheOff>();
        services.AddSingleton<TenderSearchCache>();
        services.AddSingleton<TenderSearchMemory>();
        services.AddSingleton<TenderSearchPageTemplates>();
        services.AddScoped<TenderPageService>();
        services.AddScoped<BiddingService>();
        services.AddScoped<TenderFormService>();
        services.AddScoped<BuyerWorkspaceService>();
        services.AddScoped<TenderNotices>();
        services.AddScoped<MyProcurementService>();
        services.AddScoped<SavedSearchService>();
        services.AddScoped<AlertDispatcher>();
        services.AddOptions<AlertOptions>().BindConfiguration("Alerts");
        services.AddHostedService<AlertWorker>();
        services.AddScoped<RecommendationService>();
        services.AddScoped<OcdsService>();
        services.AddScoped<OcdsHistory>();
        services.AddOptions<OcdsOptions>().BindConfiguration("Procurement:Ocds").ValidateOnStart();
        services.AddSingleton<IValidateOptions<OcdsOptions>, OcdsOptionsValidation>();
        services.AddEnterprises();
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
