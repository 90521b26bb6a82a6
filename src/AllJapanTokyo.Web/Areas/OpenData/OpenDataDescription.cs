using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>
/// The OpenAPI 3.1 description of the open-data API at /openapi/v1.json, generated from the code (the actions, their
/// XML comments and ProducesResponseType attributes) by the framework's own OpenAPI support. Only /api/v1 goes in; the
/// habits every list shares (ETag and 304, CSV, cursor paging, 429 with Retry-After, problem+json, the codes of the
/// parameters) are added here once, by parameter name, so a list added later is described like the others.
/// </summary>
public static class OpenDataDescription
{
    public const string DocumentName = "v1";
    public const string Path = "/openapi/v1.json";

    private const string ApiPrefix = "api/v1/";

    public static IServiceCollection AddOpenDataDescription(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, o =>
        {
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            o.ShouldInclude = description => description.RelativePath?.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer((document, context, _) =>
            {
                var baseUrl = context.ApplicationServices.GetRequiredService<PortalAddress>().BaseUrl;
                var L = context.ApplicationServices.GetRequiredService<IStringLocalizer>();
                document.Info = new OpenApiInfo
                {
                    Title = "ALL JAPAN & TOKYO open data API / ALL JAPAN & TOKYO オープンデータAPI",
                    Version = "1",
                    Description =
                        "Published figures, reference data and registers of the ALL JAPAN & TOKYO programme (Tokyo Metropolitan Government with the 47 prefectures). "
                        + "Every answer carries the published-data version as its ETag and answers 304 to a matching If-None-Match; every list is also CSV (format=csv, UTF-8 with BOM) and pages with a cursor (cursor, limit; the next page's address is in next and the Link header); "
                        + "any origin may read it (CORS GET); anonymous use is rate-limited (429 with Retry-After); a bad parameter is 400 and an unknown id 404, as application/problem+json in the language of Accept-Language (ja, en, zh-Hans, ko). "
                        + "Synthetic (" + "架空" + ") demonstration rows appear only with synthetic=include, and then labelled. "
                        + "ALL JAPAN & TOKYO プロジェクト（東京都と47都道府県）の公表済みの実績値・基準データ・登録情報。"
                        + "すべての応答は公表データの版を ETag として返し、一致する If-None-Match には 304 を返します。一覧はすべて CSV でも取得でき（format=csv、BOM付きUTF-8）、カーソルでページを送ります（cursor、limit。次のページのアドレスは next と Link ヘッダー）。"
                        + "どのオリジンからも読めます（CORS GET）。匿名の利用には回数制限があります（429 と Retry-After）。パラメーターの誤りは 400、存在しないIDは 404 で、Accept-Language の言語の application/problem+json で返します。"
                        + "デモ用の架空データは synthetic=include を指定したときだけ、その旨を示して返します。",
                    // The terms of use (OpenDataTerms, ADR 0008), named in English with their Japanese name.
                    License = new OpenApiLicense
                    {
                        Name = L.Within(PortalLanguage.English, () => L.Of(OpenDataTerms.Current).Value) + ", compatible with CC BY 4.0",
                        Url = new Uri(OpenDataTerms.Url),
                    },
                    Contact = new OpenApiContact
                    {
                        Name = "Tokyo Metropolitan Government, ALL JAPAN & TOKYO portal / 東京都 ALL JAPAN & TOKYO ポータル",
                        Url = new Uri(baseUrl + "/api"),
                    },
                };
                document.Servers = [new OpenApiServer { Url = baseUrl }];
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                DescribeHabits(operation, context.Description.RelativePath ?? "");
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                // The API writes every field of its answer records, null or not (ApiJson), so all are required.
                if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object
                    && context.JsonTypeInfo.Type.Namespace?.StartsWith("AllJapanTokyo", StringComparison.Ordinal) == true
                    && schema.Properties is { Count: > 0 } properties)
                {
                    schema.Required = new HashSet<string>(properties.Keys, StringComparer.Ordinal);
                }

                return Task.CompletedTask;
            });
        });
        services.AddSingleton<OpenDataDescriptionCache>();
        return services;
    }

    /// <summary>Serves /openapi/v1.json: anonymous, readable from any origin, generated once per process.</summary>
    public static IEndpointConventionBuilder MapOpenDataDescription(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, async (HttpContext http, OpenDataDescriptionCache cache) =>
        {
            var body = await cache.GetAsync(http.RequestAborted);
            http.Response.Headers.AccessControlAllowOrigin = "*";
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(body, "application/json; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();

    /// <summary>What one parameter name means wherever a list uses it: its pattern or values, an example, and words.</summary>
    private sealed record ParameterRule(string Description, string? Pattern = null, string[]? Values = null, string? Example = null);

    private static readonly ParameterRule PrefectureCode = new(
        "JIS X 0401 prefecture code, two digits. " + "JIS X 0401 の都道府県コード（2桁）。", "^[0-9]{2}$", Example: "13");

    /// <summary>A code that must name one of the 47 prefectures (01 to 47): any other value is a bad parameter, not an unknown one.</summary>
    private static readonly ParameterRule JisPrefectureCode = PrefectureCode with { Pattern = "^(0[1-9]|[1-3][0-9]|4[0-7])$" };

    private static readonly ParameterRule MeasureCode = new(
        "Measure (initiative) code, e.g. 1-1. " + "施策（取組）コード（例：1-1）。", "^[0-9]{1,2}-[0-9]{1,2}$", Example: "1-1");

    private static readonly ParameterRule IndicatorCode = new(
        "Indicator code. " + "指標コード。", "^[a-z0-9_]{1,64}$", Example: "registered_enterprises");

    private static readonly Dictionary<string, ParameterRule> QueryRules = new(StringComparer.Ordinal)
    {
        ["format"] = new("json (default) or csv: csv answers text/csv (UTF-8 with BOM, a header row). " + "json（既定）または csv。csv は text/csv（BOM付きUTF-8、見出し行つき）で返します。", Values: ["json", "csv"], Example: "csv"),
        ["limit"] = new($"Items per page, 1 to {OpenDataApi.MaxLimit} ({OpenDataApi.DefaultLimit} when not given). " + $"1ページの件数。1から{OpenDataApi.MaxLimit}まで（省略時は{OpenDataApi.DefaultLimit}）。", "^[0-9]{1,4}$", Example: "2"),
        ["cursor"] = new("The cursor of the next page: take the next address of the page before. " + "次のページのカーソル。前のページの next のアドレスをそのまま使います。"),
        ["fy"] = new("Fiscal year (April to March), four digits. " + "年度（4月〜翌年3月）、4桁。", "^[0-9]{4}$", Example: "2020"),
        ["measure"] = MeasureCode,
        ["indicator"] = IndicatorCode,
        ["prefecture"] = JisPrefectureCode,
        ["event"] = new("Event id (as in /api/v1/events). " + "イベントID（/api/v1/events の ID）。", "^[0-9]{1,9}$", Example: "1"),
        ["kind"] = new("crafts (traditional crafts) or textiles (designers and textile regions). " + "crafts（伝統工芸）または textiles（デザイナーとテキスタイル産地）。", Values: ["crafts", "textiles"], Example: "crafts"),
        ["synthetic"] = new("include: also the synthetic demonstration rows, labelled as such; exclude (default): real data only. " + "include で架空のデモ用データも（その旨を示して）含めます。exclude（既定）は実データのみ。", Values: ["exclude", "include"], Example: "include"),
    };

    /// <summary>
    /// Path parameters by the list they name (the segment before them): prefectures/{code} is a prefecture code; a rule
    /// for the whole rest of the path (prefectures/{code}/profile) comes first.
    /// </summary>
    private static readonly Dictionary<string, ParameterRule> PathRules = new(StringComparer.Ordinal)
    {
        ["prefectures"] = PrefectureCode,
        ["prefectures/{code}/profile"] = JisPrefectureCode,
        ["measures"] = MeasureCode,
        ["indicators"] = IndicatorCode,
    };

    private static void DescribeHabits(OpenApiOperation operation, string relativePath)
    {
        var segments = relativePath.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            var at = Array.IndexOf(segments, "{" + parameter.Name + "}");
            var rule = parameter.In == ParameterLocation.Path
                ? at > 0 && parameter.Name == "code" ? PathRules.GetValueOrDefault(string.Join('/', segments[(at - 1)..])) ?? PathRules.GetValueOrDefault(segments[at - 1]) : null
                : QueryRules.GetValueOrDefault(parameter.Name ?? "");
            if (rule is not null)
            {
                Apply(parameter, rule);
            }
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "The ETag of an earlier answer: 304 without a body when the published data has not changed since. " + "以前の応答の ETag。公表データがその後変わっていなければ、本文なしの 304 を返します。",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Accept-Language",
            In = ParameterLocation.Header,
            Description = "The language of problem answers: ja (default), en, zh-Hans or ko. " + "問題の応答の言語。ja（既定）、en、zh-Hans、ko。",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Example = JsonValue.Create("en"),
        });

        operation.Responses ??= [];
        var isList = operation.Parameters.Any(p => p.Name == "format");
        if (operation.Responses.TryGetValue("200", out var okResponse) && okResponse is OpenApiResponse ok)
        {
            ok.Description = "OK. " + "成功。";
            ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
            ok.Headers["ETag"] = Header("The published-data version. " + "公表データの版。");
            ok.Headers["Access-Control-Allow-Origin"] = Header("*: any origin may read the answer. " + "*（どのオリジンからも読めます）。");
            if (isList)
            {
                ok.Headers["Link"] = Header("The next page (rel=\"next\") of a CSV answer. " + "CSV の応答の次のページ（rel=\"next\"）。");
            }

            if (ok.Content?.TryGetValue("text/csv", out var csv) == true)
            {
                csv.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "CSV (RFC 4180, UTF-8 with BOM): a header row of snake_case column names, then one line per item. " + "CSV（RFC 4180、BOM付きUTF-8）。見出し行（snake_case の列名）と、項目ごとに1行。",
                };
            }
        }

        IOpenApiSchema? problemSchema = null;
        foreach (var (status, words) in new[]
        {
            ("400", "A parameter has a value that cannot be used; problem+json in the caller's language. " + "パラメーターの値が使えません（呼び出し側の言語の problem+json）。"),
            ("404", "No item has this code or id; problem+json in the caller's language. " + "このコードまたはIDの項目はありません（呼び出し側の言語の problem+json）。"),
        })
        {
            if (operation.Responses.TryGetValue(status, out var response) && response is OpenApiResponse problem)
            {
                problem.Description = words;
                problemSchema ??= problem.Content?.Values.FirstOrDefault()?.Schema;
            }
        }

        if (operation.Responses.TryGetValue("304", out var notModifiedResponse) && notModifiedResponse is OpenApiResponse notModified)
        {
            notModified.Description = "Not Modified: the If-None-Match matched the current ETag. " + "更新なし：If-None-Match が現在の ETag と一致しました。";
        }

        operation.Responses["429"] = new OpenApiResponse
        {
            Description = "Too many requests from this client address; try again after Retry-After seconds. " + "このクライアントからの要求が多すぎます。Retry-After 秒後に再試行してください。",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = Header("Seconds to wait. " + "待つ秒数。", JsonSchemaType.Integer),
                ["Access-Control-Allow-Origin"] = Header("*"),
            },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = problemSchema ?? new OpenApiSchema { Type = JsonSchemaType.Object } },
            },
        };
    }

    private static void Apply(OpenApiParameter parameter, ParameterRule rule)
    {
        parameter.Description = rule.Description;
        parameter.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Pattern = rule.Pattern,
            Enum = rule.Values?.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
        };
        if (rule.Example is not null)
        {
            parameter.Example = JsonValue.Create(rule.Example);
        }
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}

/// <summary>The serialized description, made on first request: it cannot change while the process runs.</summary>
public sealed class OpenDataDescriptionCache([FromKeyedServices(OpenDataDescription.DocumentName)] IOpenApiDocumentProvider provider)
{
    private readonly Lazy<Task<byte[]>> _body = new(async () =>
    {
        var document = await provider.GetOpenApiDocumentAsync(CancellationToken.None);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var writer = new OpenApiJsonWriter(text);
        document.SerializeAsV31(writer);
        return Encoding.UTF8.GetBytes(text.ToString());
    });

    public Task<byte[]> GetAsync(CancellationToken cancellationToken) => _body.Value.WaitAsync(cancellationToken);
}
