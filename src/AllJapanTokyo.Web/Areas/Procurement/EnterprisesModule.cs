namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>The enterprises' side of the Procurement area: public PR pages and company accounts.</summary>
public static class EnterprisesModule
{
    public static IServiceCollection AddEnterprises(this IServiceCollection services)
    {
        services.AddScoped<EnterpriseProfileService>();
        return services;
    }
}
