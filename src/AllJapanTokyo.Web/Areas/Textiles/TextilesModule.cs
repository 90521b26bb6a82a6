using AllJapanTokyo.Web.Areas.Textiles.Designers;
using AllJapanTokyo.Web.Areas.Textiles.Regions;
using AllJapanTokyo.Web.Areas.Textiles.Registration;
using AllJapanTokyo.Web.Areas.Textiles.Requests;

namespace AllJapanTokyo.Web.Areas.Textiles;

public static class TextilesModule
{
    public static IServiceCollection AddTextiles(this IServiceCollection services)
    {
        services.AddScoped<TextilesService>();
        services.AddScoped<RegionDirectory>();
        services.AddScoped<RequestDesk>();
        services.AddScoped<DesignerProfiles>();
        services.AddScoped<SelfRegistration>();
        services.AddScoped<IDesignerProfileReaders, IntroducedRegionsReadDesigners>();
        return services;
    }
}
