namespace AllJapanTokyo.Web.Areas.Procurement;

public static class ProcurementModule
{
    public static IServiceCollection AddProcurement(this IServiceCollection services)
    {
        services.AddScoped<ProcurementService>();
        services.AddScoped<OcdsService>();
        services.AddEnterprisesAndAlerts();
        services.AddScoped<BiddingService>();
        services.AddScoped<BuyerWorkspaceService>();
        services.AddScoped<RecommendationService>();
        return services;
    }
}
