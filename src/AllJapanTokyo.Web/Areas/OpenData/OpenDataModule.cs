using System.Globalization;
using System.Threading.RateLimiting;
using AllJapanTokyo.Web.Startup;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

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
        services.AddScoped<FairExhibitorsOpenData>();
        services.AddScoped<CollaborationProductsOpenData>();
        services.AddScoped<FacilitiesOpenData>();
        services.AddScoped<MeasuresOpenData>();
        services.AddScoped<EventsOpenData>();
        services.AddScoped<ParticipationOpenData>();
        services.AddScoped<PrefectureProfileOpenData>();
        services.AddOpenDataDescription();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RateLimitPolicy, new ApiRateLimitPolicy()));
        return services;
    }

    /// <summary>
    /// The API's limit. Its 429 is the API's own: readable from any origin (a browser client sees the status and
    /// Retry-After, not a CORS failure) and a problem+json body rather than the portal's error page.
    /// </summary>
    private sealed class ApiRateLimitPolicy : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
            // In the caller's language, by the same rule as the API's other problems.
            var language = ApiLanguage.Of(context.HttpContext.Request);
            var L = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            response.Headers.AccessControlAllowOrigin = "*";
            response.Headers.AccessControlExposeHeaders = "ETag, Link, Retry-After";
            response.Headers.ContentLanguage = language.Code;
            await response.WriteAsJsonAsync(
                new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = L.In(language, "要求が多すぎます。"),
                    Detail = L.In(language, "{0}秒後に再試行してください。", seconds),
                },
                options: null,
                contentType: "application/problem+json",
                cancellationToken: cancellationToken);
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPolicies.PerClientPerMinute(httpContext, "RateLimits:ApiPerMinute", 600);
    }
}
