namespace AllJapanTokyo.Web.Areas.Fairs;

public static class FairsModule
{
    public static IServiceCollection AddFairs(this IServiceCollection services)
    {
        services.AddScoped<FairsService>();
        services.AddScoped<EventOrganisers>();
        services.AddScoped<Meetings.MeetingsService>();
        return services;
    }
}
