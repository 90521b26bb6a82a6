using AllJapanTokyo.Web.Areas.Fairs.Exhibitors;

namespace AllJapanTokyo.Web.Areas.Fairs;

public static class FairsModule
{
    public static IServiceCollection AddFairs(this IServiceCollection services)
    {
        services.AddScoped<FairsService>();
        services.AddScoped<EventOrganisers>();
        services.AddScoped<ExhibitorService>();
        services.AddScoped<EventFormService>();
        services.AddScoped<OrganiserAccess>();
        services.AddScoped<EventClosing>();
        services.AddScoped<Meetings.MeetingsService>();
        return services;
    }
}
