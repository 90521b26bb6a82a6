namespace AllJapanTokyo.Web.Areas.Reporting;

public static class ReportingModule
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddScoped<ReportingService>();
        return services;
    }
}
