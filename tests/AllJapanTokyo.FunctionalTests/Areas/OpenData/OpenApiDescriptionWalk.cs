using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// /openapi/v1.json describes the API as it answers: every documented GET, whatever list it is, is called with the
/// document's own example values (or an id taken from its list) and answers 200 in a documented content type with the
/// schema's required fields, 304 to its ETag, 400 problem+json in the caller's language for a value that breaks a
/// parameter's pattern or values, and 404 for an unknown id, as JSON and as CSV.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OpenApiDescriptionWalk(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheDocumentIsOpenApi31OfTheApiOnly(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);

        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.StartsWith("3.1.", (string)document["openapi"]!, StringComparison.Ordinal);
        Assert.Contains("政府標準利用規約", (string)document["info"]!["license"]!["name"]!, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", (string)document["info"]!["license"]!["name"]!, StringComparison.Ordinal);
        Assert.NotNull(document["info"]!["contact"]?["url"]);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/prefectures", paths);
        Assert.Contains("/api/v1/values", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));

        // Generated once: the second answer is the same document.
        Assert.Equal(document.ToJsonString(), JsonNode.Parse(await client.Http.GetStringAsync("/openapi/v1.json"))!.ToJsonString());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryDocumentedPathAnswersAsDescribed(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var document = JsonNode.Parse(await client.Http.GetStringAsync("/openapi/v1.json"))!;

        var walked = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item?["get"] is not { } get)
            {
                continue;
            }

            walked++;
            var summary = (string?)get["summary"] ?? (string?)get["description"] ?? "";
            Assert.True(summary.Any(c => c < 128 && char.IsAsciiLetter(c)) && summary.Any(c => c >= 0x3000), $"{path}: its summary is not in English and Japanese: {summary}");
            foreach (var status in new[] { "200", "304", "400", "429" })
            {
                Assert.True(get["responses"]?[status] is not null, $"{path}: no {status} documented");
            }

            var parameters = get["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
            var pathParameters = parameters.Where(p => (string?)p["in"] == "path").ToList();
            var queryParameters = parameters.Where(p => (string?)p["in"] == "query").ToList();
            var values = new Dictionary<string, string>();
            foreach (var parameter in pathParameters)
            {
                var name = (string)parameter["name"]!;
                values[name] = Example(parameter) ?? await IdFromListAsync(client, document, path, name);
            }

            var url = Fill(path, values);
            var content = get["responses"]!["200"]!["content"]!.AsObject();
            // A list answers JSON and, through ?format=csv, CSV; a dataset file in a fixed layout answers CSV alone.
            var hasJson = content.ContainsKey("application/json");
            var hasCsv = hasJson && content.ContainsKey("text/csv");
            var mediaType = hasJson ? "application/json" : "text/csv";
            Assert.Equal(hasCsv, queryParameters.Any(p => (string?)p["name"] == "format"));

            // Valid: as it is, as CSV, and with each query parameter's example.
            await AnswersAsync(client, document, get, url, mediaType);
            if (hasCsv)
            {
                await AnswersAsync(client, document, get, With(url, "format", "csv"), "text/csv");
            }

            foreach (var parameter in queryParameters.Where(p => Example(p) is not null && (string?)p["name"] != "format"))
            {
                await AnswersAsync(client, document, get, With(url, (string)parameter["name"]!, Example(parameter)!), mediaType);
            }

            // Invalid: a value that breaks the pattern or the values of each parameter that has them.
            foreach (var parameter in parameters.Where(p => p["schema"]?["pattern"] is not null || p["schema"]?["enum"] is not null))
            {
                var name = (string)parameter["name"]!;
                var bad = (string?)parameter["in"] == "path"
                    ? Fill(path, new Dictionary<string, string>(values) { [name] = "x!" })
                    : With(url, name, "x!");
                await ProblemAsync(client, bad, "ja", HttpStatusCode.BadRequest);
                await ProblemAsync(client, hasCsv && name != "format" ? With(bad, "format", "csv") : bad, "en", HttpStatusCode.BadRequest);
            }

            // Unknown ids: a value of the right form that names nothing. Where the documented pattern admits only codes
            // that exist (a JIS prefecture code, 01 to 47), that value breaks the pattern and is a bad parameter.
            foreach (var parameter in pathParameters)
            {
                Assert.True(get["responses"]!["404"] is not null, $"{path}: no 404 documented");
                var name = (string)parameter["name"]!;
                var unknownValue = Unknown(values[name], parameter);
                var status = (string?)parameter["schema"]?["pattern"] is { } pattern && !Regex.IsMatch(unknownValue, pattern)
                    ? HttpStatusCode.BadRequest
                    : HttpStatusCode.NotFound;
                var unknown = Fill(path, new Dictionary<string, string>(values) { [name] = unknownValue });
                await ProblemAsync(client, unknown, "ja", status);
                await ProblemAsync(client, hasCsv ? With(unknown, "format", "csv") : unknown, "en", status);
            }
        }

        Assert.True(walked >= 4, $"only {walked} paths walked");
    }

    /// <summary>200 in <paramref name="mediaType"/> (documented), the schema's required fields, then 304 to its ETag.</summary>
    private static async Task AnswersAsync(PortalClient client, JsonNode document, JsonNode get, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(get["responses"]!["200"]!["content"]![mediaType] is not null, $"{url}: {mediaType} is not documented");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.NotNull(response.Headers.ETag);

        if (mediaType == "text/csv")
        {
            Assert.StartsWith("\uFEFF", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }
        else
        {
            HasRequiredFields(document, get["responses"]!["200"]!["content"]!["application/json"]!["schema"]!, JsonNode.Parse(body), url, 0);
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.Http.SendAsync(again)).StatusCode);
    }

    private static async Task ProblemAsync(PortalClient client, string url, string language, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{url} ({language}): {(int)response.StatusCode}, not {(int)status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(language, response.Content.Headers.ContentLanguage.Single());
        var problem = JsonNode.Parse(body)!;
        Assert.Equal((int)status, (int)problem["status"]!);
        var title = status == HttpStatusCode.NotFound ? "見つかりません。" : "指定された値が正しくありません。";
        Assert.Equal(language == "en" ? Texts.En(title) : title, (string?)problem["title"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
    }

    /// <summary>Every required field of the schema is in the answer, down through its objects and arrays.</summary>
    private static void HasRequiredFields(JsonNode document, JsonNode schema, JsonNode? value, string url, int depth)
    {
        schema = Resolve(document, schema);
        if (value is null || depth > 4)
        {
            return;
        }

        if (value is JsonArray array && schema["items"] is { } itemSchema)
        {
            foreach (var element in array.Take(5))
            {
                HasRequiredFields(document, itemSchema, element, url, depth + 1);
            }
        }
        else if (value is JsonObject answer)
        {
            foreach (var required in schema["required"]?.AsArray().Select(r => (string)r!) ?? [])
            {
                Assert.True(answer.ContainsKey(required), $"{url}: the required field {required} is missing");
            }

            foreach (var (name, propertySchema) in schema["properties"]?.AsObject() ?? [])
            {
                if (answer.TryGetPropertyValue(name, out var property) && propertySchema is not null)
                {
                    HasRequiredFields(document, propertySchema, property, url, depth + 1);
                }
            }
        }
    }

    private static JsonNode Resolve(JsonNode document, JsonNode schema)
    {
        while ((string?)schema["$ref"] is { } reference)
        {
            schema = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(document, (node, key) => node[key]!);
        }

        return schema;
    }

    private static string? Example(JsonNode parameter) =>
        (string?)parameter["example"] ?? (string?)parameter["schema"]?["example"] ?? (string?)parameter["schema"]?["enum"]?[0];

    /// <summary>The id of the first item of the list the path parameter belongs to (/api/v1/x for /api/v1/x/{id}).</summary>
    private static async Task<string> IdFromListAsync(PortalClient client, JsonNode document, string path, string name)
    {
        var list = path[..path.IndexOf("/{" + name + "}", StringComparison.Ordinal)];
        Assert.True(document["paths"]![list] is not null, $"{path}: no example for {name} and no list {list} to take one from");
        var items = JsonNode.Parse(await client.Http.GetStringAsync(list))!["items"]!.AsArray();
        Assert.True(items.Count > 0, $"{list} is empty: no {name} to call {path} with");
        var first = items[0]!;
        return (first[name] ?? first["code"] ?? first["id"])!.ToString();
    }

    /// <summary>Of the same form as a real value (digits stay digits) but naming nothing.</summary>
    private static string Unknown(string value, JsonNode parameter) =>
        parameter["schema"]?["pattern"] is null && value.All(char.IsAsciiDigit)
            ? "999999999"
            : new string(value.Select(c => char.IsAsciiDigit(c) ? '9' : char.IsAsciiLetter(c) ? 'z' : c).ToArray());

    private static string Fill(string path, Dictionary<string, string> values) =>
        values.Aggregate(path, (p, v) => p.Replace("{" + v.Key + "}", Uri.EscapeDataString(v.Value), StringComparison.Ordinal));

    private static string With(string url, string name, string value) =>
        $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{name}={Uri.EscapeDataString(value)}";
}
