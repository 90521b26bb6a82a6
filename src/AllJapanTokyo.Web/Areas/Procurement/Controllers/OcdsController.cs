using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// Open contracting data: published tenders as OCDS 1.1.5 release packages (JSON), open to everyone, and the
/// publication policy that explains them.
/// </summary>
[Area("Procurement")]
[Route("procurement/ocds")]
[AllLanguages]
public sealed class OcdsController(OcdsService ocds) : Controller
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>?page=1&amp;pageSize=1000&amp;since=2020-04-01: a page of published tenders, with links.next while more remain.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? page, [FromQuery] string? pageSize, [FromQuery] string? since, CancellationToken cancellationToken)
    {
        var (query, errors) = OcdsService.ParseQuery(page, pageSize, since);
        if (query is null)
        {
            return Error(StatusCodes.Status400BadRequest, errors);
        }

        var result = await ocds.PageAsync(query, Links(query, since), cancellationToken);
        return result.Package is { } package
            ? Package(package)
            : Error(StatusCodes.Status404NotFound, [$"{query.Page}ページ目はありません（全{result.PageCount}ページ）。 / There is no page {query.Page}; there are {result.PageCount}."]);
    }

    [HttpGet("policy")]
    public IActionResult Policy() => View(ocds.Policy());

    /// <summary>The release package of one published tender; drafts and unknown references answer 404.</summary>
    [HttpGet("{reference}")]
    public async Task<IActionResult> Release(string reference, CancellationToken cancellationToken) =>
        await ocds.ReleaseAsync(reference, Links(null, null), cancellationToken) is { } package
            ? Package(package)
            : Error(StatusCodes.Status404NotFound, [$"公開中の案件「{reference}」はありません。 / No published tender has the reference '{reference}'."]);

    private static JsonResult Package(OcdsReleasePackage package) => new(package, OcdsService.JsonOptions) { ContentType = JsonContentType };

    private static JsonResult Error(int status, IReadOnlyList<string> errors) =>
        new(new OcdsError(status, errors), OcdsService.JsonOptions) { ContentType = JsonContentType, StatusCode = status };

    private OcdsLinkTargets Links(OcdsListQuery? query, string? since)
    {
        var root = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        return new OcdsLinkTargets(
            Self: Request.GetEncodedUrl(),
            Portal: root + "/",
            PublicationPolicy: Url.Action(nameof(Policy), "Ocds", new { area = "Procurement" }, Request.Scheme) ?? root + "/procurement/ocds/policy",
            Page: number => root + Request.Path + QueryString.Create(PageQuery(number, query, since)));
    }

    private static IEnumerable<KeyValuePair<string, string?>> PageQuery(int number, OcdsListQuery? query, string? since)
    {
        yield return new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (query is not null)
        {
            yield return new("pageSize", query.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(since))
        {
            yield return new("since", since.Trim());
        }
    }
}
