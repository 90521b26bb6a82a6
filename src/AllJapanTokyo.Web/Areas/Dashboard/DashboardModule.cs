namespace AllJapanTokyo.Web.Areas.Dashboard;

public static class DashboardModule
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        services.AddScoped<ProgressReportService>();
        services.AddScoped<TrendsService>();
        services.AddScoped<MatrixService>();
        services.AddScoped<ProcurementFiguresService>();
        services.AddSingleton<PublishedViewCacheStore>();

        // Issue 5 item 6 (Areas/Procurement/RecommendationService.cs), registered here so ProcurementModule (another helper's) stays untouched.
        services.AddScoped<Procurement.RecommendationService>();
        services.AddScoped<PublishedViewCache>();
        return services;
    }
}
