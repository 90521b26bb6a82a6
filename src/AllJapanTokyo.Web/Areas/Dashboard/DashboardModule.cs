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

        services.AddScoped<PublishedViewCache>();
        return services;
    }
}
