using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>The open-data API's anonymous limit per client: beyond it, 429 with Retry-After, whatever address the client claims, readable from any origin.</summary>
public sealed class ApiRateLimit
{
    [Fact]
    public async Task BeyondTheLimitTheApiAnswers429WithRetryAfter()
    {
        await using var portal = PortalFactory.OnSqlite().With("RateLimits:ApiPerMinute", "3").Started();
        var client = PortalClient.For(portal);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = new();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions");
            // No proxy is configured, so a forwarded address must not give each request a fresh allowance.
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            last = await client.Http.SendAsync(request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var retryAfter = last.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);

        // A browser client reads the 429 and its Retry-After instead of seeing a failed cross-origin request.
        Assert.Equal("*", last.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Retry-After", last.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (int?)System.Text.Json.Nodes.JsonNode.Parse(await last.Content.ReadAsStringAsync())!["status"]);
    }
}
