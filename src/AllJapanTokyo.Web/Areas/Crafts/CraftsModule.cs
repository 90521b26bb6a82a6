using AllJapanTokyo.Web.Areas.Crafts.Makers;
using AllJapanTokyo.Web.Areas.Crafts.Register;
using AllJapanTokyo.Web.Areas.Crafts.Rounds;

namespace AllJapanTokyo.Web.Areas.Crafts;

public static class CraftsModule
{
    public static IServiceCollection AddCrafts(this IServiceCollection services)
    {
        services.AddScoped<CraftsService>();
        services.AddScoped<CraftRegister>();
        services.AddScoped<MakerProfiles>();
        services.AddScoped<CallRounds>();
        services.AddScoped<MatchingSessions>();
        services.AddScoped<Teams.CraftTeams>();
        return services;
    }
}
