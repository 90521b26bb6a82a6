using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;

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
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await last.Content.ReadAsStringAsync())!;
        Assert.Equal(429, (int?)problem["status"]);

        // In the caller's language, as the API's other problems: Japanese when none is asked for.
        var seconds = (int)retryAfter.Value.TotalSeconds;
        Assert.Equal("ja", last.Content.Headers.ContentLanguage.Single());
        Assert.Equal("要求が多すぎます。", (string?)problem["title"]);
        Assert.Equal($"{seconds}秒後に再試行してください。", (string?)problem["detail"]);
        foreach (var (asked, language) in new[] { ("en-GB,en;q=0.9", PortalLanguage.English), ("ko", PortalLanguage.Korean), ("zh-Hans", PortalLanguage.ChineseSimplified) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions");
            request.Headers.AcceptLanguage.ParseAdd(asked);
            var response = await client.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal(language.Code, response.Content.Headers.ContentLanguage.Single());
            var answer = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var wait = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
            Assert.Equal(Texts.In(language, "要求が多すぎます。"), (string?)answer["title"]);
            Assert.Equal(Texts.In(language, "{0}秒後に再試行してください。", wait), (string?)answer["detail"]);
        }
    }
}
