using AllJapanTokyo.Web.Areas.Reporting.Administration;
using AllJapanTokyo.Web.Areas.Reporting.Completeness;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using AllJapanTokyo.Web.Areas.Reporting.Entry;
using AllJapanTokyo.Web.Areas.Reporting.History;
using AllJapanTokyo.Web.Areas.Reporting.Notifications;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Areas.Reporting.Results;
using AllJapanTokyo.Web.Areas.Reporting.Review;
using AllJapanTokyo.Web.Areas.Reporting.Transfer;

namespace AllJapanTokyo.Web.Areas.Reporting;

public static class ReportingModule
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddScoped<ReportStore>();
        services.AddScoped<ResultsService>();
        services.AddScoped<FormService>();
        services.AddScoped<ReopeningRequestService>();
        services.AddScoped<ReportHandOvers>();
        services.AddScoped<ReviewService>();
        services.AddScoped<HistoryService>();
        services.AddScoped<CompletenessService>();
        services.AddScoped<ReminderService>();
        services.AddScoped<ExportService>();
        services.AddScoped<ImportService>();
        services.AddScoped<ReportingAdminService>();
        services.AddScoped<ComputedFigureProposals>();
        services.AddScoped<ComputedFigureReview>();
        services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section);
        return services;
    }
}
