namespace AllJapanTokyo.Web.Areas.Funds;

public static class FundsModule
{
    public static IServiceCollection AddFunds(this IServiceCollection services)
    {
        services.AddScoped<FundsService>();
        return services;
    }
}
