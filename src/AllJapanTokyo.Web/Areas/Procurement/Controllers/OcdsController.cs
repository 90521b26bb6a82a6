using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.Ocds;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// Open contracting data: published tenders as OCDS 1.1.5 release packages (JSON), open to everyone, and the
/// publication policy that explains them.
/// </summary>
[Area("Procurement")]
[Route("procurement/ocds")]
[AllLanguages]
public sealed class OcdsController(OcdsService ocds, OcdsHistory history, TimeProvider clock, IStringLocalizer L) : Controller
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>
    /// The record of one published tender: every release of its history, oldest first, and the compiled release they
    /// merge into (OCDS merge rules, <see cref="OcdsMerge"/>), in a record package.
    /// </summary>
    [HttpGet("records/{ocid}")]
    public async Task<IActionResult> Record(string ocid, CancellationToken cancellationToken)
    {
        if (await history.ReleasesAsync(ocid, cancellationToken) is not { } found)
        {
            return Error(StatusCodes.Status404NotFound, [Text(language => L.In(language, "公開中の案件の記録「{0}」はありません。", ocid))]);
        }

        var links = Links(null, null);
        var releases = found.Releases.Select(json => JsonNode.Parse(json)!.AsObject()).ToList();
        var compiled = OcdsMerge.Compile(releases.Select(r => r.DeepClone().AsObject()));
        var package = new JsonObject
        {
            ["uri"] = links.Self,
            ["version"] = OcdsService.OcdsVersion,
            ["extensions"] = new JsonArray([.. OcdsService.Extensions(links).Select(e => (JsonNode?)JsonValue.Create(e))]),
            ["publishedDate"] = JsonSerializer.SerializeToNode(OcdsReleaseBuilder.InJapan(clock.GetUtcNow().UtcDateTime), OcdsService.JsonOptions),
            ["publisher"] = JsonSerializer.SerializeToNode(new OcdsPublisher(OcdsService.PublisherName, links.Portal), OcdsService.JsonOptions),
            ["license"] = OcdsService.License,
            ["publicationPolicy"] = links.PublicationPolicy,
            ["records"] = new JsonArray(new JsonObject
            {
                ["ocid"] = ocid,
                ["releases"] = new JsonArray([.. releases]),
                ["compiledRelease"] = compiled,
            }),
        };
        return Content(package.ToJsonString(OcdsService.JsonOptions), JsonContentType);
    }

    /// <summary>
    /// Every release of every published tender, one JSON object a line, gzip-compressed: the whole history for a bulk
    /// harvest. Its ETag moves whenever a tender changes or a release is added; a matching If-None-Match answers 304.
    /// </summary>
    [HttpGet("releases.jsonl.gz")]
    public async Task<IActionResult> Bulk(CancellationToken cancellationToken)
    {
        var etag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{await history.VersionAsync(cancellationToken)}\"");
        Response.Headers.ETag = etag.ToString();
        Response.Headers.CacheControl = "public, no-cache";
        if (Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(t => t.Tag == "*" || t.Compare(etag, useStrongComparison: false)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Response.ContentType = "application/gzip";
        Response.Headers.ContentDisposition = "attachment; filename=\"releases.jsonl.gz\"";
        // Every write asynchronous, the gzip footer too: the writer leaves the gzip stream open, which is disposed on its own.
        var gzip = new GZipStream(Response.Body, CompressionLevel.Fastest, leaveOpen: true);
        await using (gzip.ConfigureAwait(false))
        {
            var writer = new StreamWriter(gzip, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
            await using (writer.ConfigureAwait(false))
            {
                await foreach (var line in history.AllAsync(cancellationToken))
                {
                    await writer.WriteAsync(line);
                    await writer.WriteAsync('\n');
                }

                await writer.FlushAsync(cancellationToken);
            }
        }

        return new EmptyResult();
    }

    /// <summary>The portal's own OCDS extension (synthetic data): its extension.json.</summary>
    [HttpGet("extension/extension.json")]
    public IActionResult Extension() => Content(OcdsExtension.ExtensionJson, JsonContentType);

    /// <summary>The extension's patch of the release schema.</summary>
    [HttpGet("extension/release-schema.json")]
    public IActionResult ExtensionSchema() => Content(OcdsExtension.ReleaseSchemaPatch, JsonContentType);

    /// <summary>?page=1&amp;pageSize=1000&amp;since=2020-04-01: a page of published tenders, with links.next while more remain.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? page, [FromQuery] string? pageSize, [FromQuery] string? since, CancellationToken cancellationToken)
    {
        var (query, problems) = OcdsService.ParseQuery(page, pageSize, since);
        if (query is null)
        {
            return Error(StatusCodes.Status400BadRequest, problems.Select(Text).ToList());
        }

        var result = await ocds.PageAsync(query, Links(query, since), cancellationToken);
        return result.Package is { } package
            ? Package(package)
            : Error(StatusCodes.Status404NotFound, [Text(language => L.In(language, "{0}ページ目はありません（全{1}ページ）。", query.Page, result.PageCount))]);
    }

    [HttpGet("policy")]
    public IActionResult Policy() => View(ocds.Policy());

    /// <summary>The release package of one published tender; drafts and unknown references answer 404.</summary>
    [HttpGet("{reference}")]
    public async Task<IActionResult> Release(string reference, CancellationToken cancellationToken) =>
        await ocds.ReleaseAsync(reference, Links(null, null), cancellationToken) is { } package
            ? Package(package)
            : Error(StatusCodes.Status404NotFound, [Text(language => L.In(language, "公開中の案件「{0}」はありません。", reference))]);

    private static JsonResult Package(OcdsReleasePackage package) => new(package, OcdsService.JsonOptions) { ContentType = JsonContentType };

    private static JsonResult Error(int status, IReadOnlyList<string> errors) =>
        new(new OcdsError(status, errors), OcdsService.JsonOptions) { ContentType = JsonContentType, StatusCode = status };

    private string Text(OcdsQueryProblem problem) => problem switch
    {
        OcdsQueryProblem.PageNotAWholeNumber => Text(language => L.In(language, "page には1以上の整数を指定してください。")),
        OcdsQueryProblem.PageSizeOutOfRange => Text(language => L.In(language, "pageSize には1から{0}までの整数を指定してください。", OcdsService.MaxPageSize)),
        OcdsQueryProblem.SinceNotIso8601 => Text(language => L.In(language, "since には ISO 8601 形式の日付または日時を指定してください（例: 2020-04-01、2020-04-01T09:00:00+09:00）。")),
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>
    /// An error of the data API in the language of its address; at the root, whose harvesters read Japanese or English,
    /// in Japanese followed by English.
    /// </summary>
    private static string Text(Func<PortalLanguage, string> text) =>
        PortalLanguage.Current == PortalLanguage.Japanese
            ? $"{text(PortalLanguage.Japanese)} / {text(PortalLanguage.English)}"
            : text(PortalLanguage.Current);

    private OcdsLinkTargets Links(OcdsListQuery? query, string? since)
    {
        var root = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        return new OcdsLinkTargets(
            Self: Request.GetEncodedUrl(),
            Portal: Url.Action("Index", "Home", new { area = "" }, Request.Scheme)!,
            PublicationPolicy: Url.Action(nameof(Policy), "Ocds", new { area = "Procurement" }, Request.Scheme)!,
            Page: number => root + Request.Path + QueryString.Create(PageQuery(number, query, since)))
        {
            SyntheticExtension = Url.Action(nameof(Extension), "Ocds", new { area = "Procurement" }, Request.Scheme),
        };
    }

    private static IEnumerable<KeyValuePair<string, string?>> PageQuery(int number, OcdsListQuery? query, string? since)
    {
        yield return new("page", number.ToString(CultureInfo.InvariantCulture));
        if (query is not null)
        {
            yield return new("pageSize", query.PageSize.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(since))
        {
            yield return new("since", since.Trim());
        }
    }
}
