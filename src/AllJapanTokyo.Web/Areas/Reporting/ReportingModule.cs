namespace AllJapanTokyo.Web.Areas.Reporting;

public static class ReportingModule
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddScoped<ReportingService>();
        services.AddScoped<ReportingWorkflowService>();
        services.AddScoped<ReportingDataService>();
        services.AddScoped<ReportingAdminService>();
        services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section);
        return services;
    }
}
