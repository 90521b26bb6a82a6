using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>Reading the open-data API's answers in tests: every item of a list, a CSV's lines, a problem's detail.</summary>
internal static class ApiAnswers
{
    /// <summary>Every item of a list, following its next links.</summary>
    public static async Task<List<JsonNode>> AllAsync(PortalClient client, string url)
    {
        var items = new List<JsonNode>();
        string? next = url;
        while (next is not null)
        {
            var json = JsonNode.Parse(await client.Http.GetStringAsync(next))!;
            items.AddRange(json["items"]!.AsArray().Select(i => i!));
            next = (string?)json["next"];
        }

        return items;
    }

    /// <summary>The lines of a CSV answer, header first, without the byte-order mark.</summary>
    public static async Task<string[]> CsvLinesAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Asks in <paramref name="acceptLanguage"/> and checks the answer is a problem+json of <paramref name="status"/> with <paramref name="detail"/>.</summary>
    public static async Task AssertProblemAsync(PortalClient client, string url, string acceptLanguage, HttpStatusCode status, string detail)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        var response = await client.Http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, (int?)problem["status"]);
        Assert.Equal(detail, (string?)problem["detail"]);
    }
}
