using AllJapanTokyo.Web.Areas.Funds.Books;

namespace AllJapanTokyo.Web.Areas.Funds;

public static class FundsModule
{
    public static IServiceCollection AddFunds(this IServiceCollection services)
    {
        services.AddScoped<FundsService>();
        services.AddScoped<FundAccess>();
        services.AddScoped<FundBooksService>();
        return services;
    }
}
