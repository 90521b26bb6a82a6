using AllJapanTokyo.Web.Areas.Dashboard.Initiatives;
using AllJapanTokyo.Web.Areas.Dashboard.Matrix;
using AllJapanTokyo.Web.Areas.Dashboard.Overview;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using AllJapanTokyo.Web.Areas.Dashboard.Prefectures;
using AllJapanTokyo.Web.Areas.Dashboard.Procurement;
using AllJapanTokyo.Web.Areas.Dashboard.Reports;
using AllJapanTokyo.Web.Areas.Dashboard.Trends;

namespace AllJapanTokyo.Web.Areas.Dashboard;

public static class DashboardModule
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardReads>();
        services.AddScoped<ParticipationService>();
        services.AddScoped<OverviewService>();
        services.AddScoped<InitiativePageService>();
        services.AddScoped<PrefectureListService>();
        services.AddScoped<PrefectureProfileService>();
        services.AddScoped<MatrixService>();
        services.AddScoped<TrendsService>();
        services.AddScoped<ProgressReportService>();
        services.AddScoped<ProgressReportSections>();
        services.AddScoped<ProcurementFiguresService>();
        services.AddSingleton<PublishedViewCacheStore>();
        services.AddSingleton<PublishedVersions>();
        services.AddScoped<PublishedViewCache>();
        services.AddSingleton<DashboardFragmentStore>();
        services.AddScoped<DashboardFragments>();
        services.AddSingleton<DashboardPageTemplates>();
        return services;
    }
}
