using AllJapanTokyo.Web.Startup;
using Microsoft.AspNetCore.RateLimiting;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>The open-data API (/api/v1): its services and its anonymous rate limit.</summary>
public static class OpenDataModule
{
    /// <summary>Per client address, RateLimits:ApiPerMinute requests a minute (600 unless configured); 429 with Retry-After beyond.</summary>
    public const string RateLimitPolicy = "open-data-api";

    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddScoped<OpenDataApi>();
        services.AddScoped<FundInvesteesOpenData>();
        services.AddScoped<FacilitiesOpenData>();
        services.AddScoped<MeasuresOpenData>();
        services.AddScoped<EventsOpenData>();
        services.AddScoped<ParticipationOpenData>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RateLimitPolicy, context =>
            RateLimitPolicies.PerClientPerMinute(context, "RateLimits:ApiPerMinute", 600)));
        return services;
    }
}
