using System.Text.Json;
using System.Text.Json.Nodes;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>
/// /api: the open-data API for people. Its lists are read from the OpenAPI description (so a list added to the API
/// appears here by itself), with an example request each, and real answers made from the published data when the page
/// is rendered; the page changes only with the published data, so it is a published page (ADR 0005).
/// </summary>
[Area("OpenData")]
[AllLanguages]
[PublishedPage]
public sealed class ApiGuideController(OpenDataApi api, OpenDataDescriptionCache description, PortalAddress address, Translations translations) : Controller
{
    private static readonly JsonSerializerOptions Indented = new(ApiJson.Options) { WriteIndented = true };

    [HttpGet("/api")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = JsonNode.Parse(await description.GetAsync(cancellationToken))!;
        var lists = new List<ApiGuideList>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item?["get"] is not { } get)
            {
                continue;
            }

            var parameters = get["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
            var example = parameters.Where(p => (string?)p["in"] == "path")
                .Aggregate(path, (p, parameter) => p.Replace("{" + (string)parameter["name"]! + "}", (string?)parameter["example"] ?? "1", StringComparison.Ordinal));
            var isList = parameters.Any(p => (string?)p["name"] == "limit");
            var summary = ApiGuideList.Split((string?)get["summary"] ?? "");
            lists.Add(new ApiGuideList(path, summary, Describe(summary, PortalLanguage.Current), isList ? example + "?limit=2" : example,
                parameters.Any(p => (string?)p["name"] == "format")));
        }

        var baseUrl = address.BaseUrl;
        var prefectures = await api.PrefecturesAsync(null, 2, cancellationToken);
        var values = await api.ValuesAsync(new ApiValueFilter(null, null, null, null, false), null, 1, cancellationToken);
        return View(new ApiGuidePage(
            lists,
            baseUrl,
            JsonSerializer.Serialize(new ApiList<ApiPrefecture>(prefectures.Items, prefectures.NextCursor is { } p ? $"{baseUrl}/api/v1/prefectures?limit=2&cursor={p}" : null), Indented),
            JsonSerializer.Serialize(new ApiList<ApiValue>(values.Items, values.NextCursor is { } v ? $"{baseUrl}/api/v1/values?limit=1&cursor={v}" : null), Indented)));
    }

    /// <summary>
    /// A list's description in the page's language: the Japanese or English half of its summary, or, in Chinese and
    /// Korean, the translation whose key is the Japanese half (zh-Hans.tsv, ko.tsv). The keys are the summaries of the
    /// controller's XML comments, which the translation tests read (ApiListsAreDescribedInEveryLanguage); English where
    /// a translation is missing.
    /// </summary>
    private ApiGuideDescription Describe((string En, string Ja) summary, PortalLanguage language) =>
        language == PortalLanguage.Japanese ? new(summary.Ja, language)
        : language != PortalLanguage.English && translations.Find(language, summary.Ja) is { } translated ? new(translated, language)
        : new(summary.En, PortalLanguage.English);
}

/// <summary>A list's description and the language it is in.</summary>
public sealed record ApiGuideDescription(string Text, PortalLanguage Language);

/// <summary>The /api page: the documented lists and two real answers.</summary>
public sealed record ApiGuidePage(IReadOnlyList<ApiGuideList> Lists, string BaseUrl, string PrefecturesAnswer, string ValuesAnswer);

/// <summary>One documented path: its description in English and in Japanese and in the page's language, an example request, whether it is CSV too.</summary>
public sealed record ApiGuideList(string Path, (string En, string Ja) Summary, ApiGuideDescription Description, string Example, bool HasCsv)
{
    /// <summary>"English sentence. 日本語。" into its two halves (the Japanese starts at the first sentence with kana or kanji).</summary>
    public static (string En, string Ja) Split(string summary)
    {
        summary = string.Join(' ', summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var firstJapanese = summary.IndexOf(summary.FirstOrDefault(c => c >= '\u3000'));
        if (summary.All(c => c < '\u3000'))
        {
            return (summary, summary);
        }

        var end = summary.LastIndexOf(". ", firstJapanese, StringComparison.Ordinal);
        return end < 0 ? (summary, summary) : (summary[..(end + 1)].Trim(), summary[(end + 1)..].Trim());
    }
}
