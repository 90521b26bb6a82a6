using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>
/// The open-data API, version 1: published data as JSON, and as CSV for every list (?format=csv). Every answer carries
/// the published-data version as its ETag (304 to a matching If-None-Match) and may be read from any origin; lists page
/// with a cursor (?cursor= the "next" of the page before); anonymous use is rate-limited (429 with Retry-After). A bad
/// parameter is answered 400 and an unknown id 404, as problem+json in the caller's language (Accept-Language).
/// </summary>
[Area("OpenData")]
[Route("api/v1")]
[EnableRateLimiting(OpenDataModule.RateLimitPolicy)]
// A controller with views is left out of the API description unless it says otherwise.
[ApiExplorerSettings(IgnoreApi = false)]
public sealed partial class ApiV1Controller(OpenDataApi api, IStringLocalizer L) : Controller
{
    private const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>The 47 prefectures by JIS code. JIS コード順の47都道府県。</summary>
    /// <param name="cursor">The cursor of the next page (from next). 次のページのカーソル（next から）。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 by default). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">json (default) or csv. json（既定）または csv。</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away. 呼び出し側が切断したときに取り消されます。</param>
    [HttpGet("prefectures")]
    [ProducesResponseType<ApiList<ApiPrefecture>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Prefectures([FromQuery] string? cursor, [FromQuery] string? limit, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        var (size, limitProblem) = OpenDataApi.ParseLimit(limit);
        if (limitProblem is not null)
        {
            return LimitProblem();
        }

        if (cursor is not null && !Domain.Prefectures.Prefecture.IsValidCode(cursor))
        {
            return CursorProblem();
        }

        if (FormatProblem(format) is { } formatProblem)
        {
            return formatProblem;
        }

        var page = await api.PrefecturesAsync(cursor, size, cancellationToken);
        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        if (IsCsv(format))
        {
            return Csv(
                ["code", "name_ja", "name_en", "name_zh_hans", "name_ko", "name_kana", "region_ja", "region_en"],
                page.Items.Select(p => new[] { p.Code, p.NameJa, p.NameEn, p.NameZhHans, p.NameKo, p.NameKana, p.RegionJa, p.RegionEn }),
                next);
        }

        return ApiJsonResult(new ApiList<ApiPrefecture>(page.Items, next));
    }

    /// <summary>One prefecture by its JIS code; a code of another form is 400, a two-digit code that is no prefecture 404. JIS コードで指定した1都道府県。形式の違うコードは 400、該当のない2桁のコードは 404。</summary>
    /// <param name="code">JIS X 0401 prefecture code, two digits (13 for Tokyo). JIS X 0401 の都道府県コード（2桁。東京都は13）。</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away. 呼び出し側が切断したときに取り消されます。</param>
    [HttpGet("prefectures/{code}")]
    [ProducesResponseType<ApiPrefecture>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Prefecture(string code, CancellationToken cancellationToken)
    {
        if (code is not { Length: 2 } || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1]))
        {
            return Problem400(language => L.In(language, "都道府県コードは01から47までの2桁の数字（JIS X 0401）で指定してください。"));
        }

        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        return await api.PrefectureAsync(code, cancellationToken) is { } prefecture
            ? ApiJsonResult(prefecture)
            : Problem(StatusCodes.Status404NotFound, language => L.In(language, "都道府県コード「{0}」の都道府県はありません。", code));
    }

    /// <summary>The eight regions and their prefectures. 8地方区分とその都道府県。</summary>
    /// <param name="format">json (default) or csv. json（既定）または csv。</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away. 呼び出し側が切断したときに取り消されます。</param>
    [HttpGet("regions")]
    [ProducesResponseType<ApiList<ApiRegion>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Regions([FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        if (FormatProblem(format) is { } formatProblem)
        {
            return formatProblem;
        }

        var regions = await api.RegionsAsync(cancellationToken);
        return IsCsv(format)
            ? Csv(["region_ja", "region_en", "prefecture_codes"], regions.Select(r => new[] { r.RegionJa, r.RegionEn, string.Join(' ', r.PrefectureCodes) }), null)
            : ApiJsonResult(new ApiList<ApiRegion>(regions, null));
    }

    /// <summary>
    /// The approved fiscal-year values by id, narrowed by fiscal year, measure, indicator and prefecture; synthetic values only when asked for, and then labelled.
    /// 承認済みの年度別実績値（ID順）。年度・施策・指標・都道府県で絞り込めます。架空の値は指定したときだけ、その旨を示して返します。
    /// </summary>
    /// <param name="fy">Fiscal year, four digits (2024). 年度（4桁、例：2024）。</param>
    /// <param name="measure">Measure (initiative) code (1-2). 施策（取組）コード（例：1-2）。</param>
    /// <param name="indicator">Indicator code (exhibitors). 指標コード（例：exhibitors）。</param>
    /// <param name="prefecture">JIS prefecture code (13). JIS の都道府県コード（例：13）。</param>
    /// <param name="synthetic">include: also synthetic (架空) values, labelled; exclude (default): none. include で架空の値も（その旨を示して）含めます。exclude（既定）は含めません。</param>
    /// <param name="cursor">The cursor of the next page (from next). 次のページのカーソル（next から）。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 by default). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">json (default) or csv. json（既定）または csv。</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away. 呼び出し側が切断したときに取り消されます。</param>
    [HttpGet("values")]
    [ProducesResponseType<ApiList<ApiValue>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Values(
        [FromQuery] string? fy,
        [FromQuery] string? measure,
        [FromQuery] string? indicator,
        [FromQuery] string? prefecture,
        [FromQuery] string? synthetic,
        [FromQuery] string? cursor,
        [FromQuery] string? limit,
        [FromQuery] string? format,
        CancellationToken cancellationToken)
    {
        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        var (size, limitProblem) = OpenDataApi.ParseLimit(limit);
        if (limitProblem is not null)
        {
            return LimitProblem();
        }

        var (afterId, cursorProblem) = IdCursor(cursor);
        if (cursorProblem is not null)
        {
            return cursorProblem;
        }

        int? year = null;
        if (fy is not null)
        {
            if (fy.Length != 4 || !int.TryParse(fy, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return BadParameter("fy", fy);
            }

            year = parsed;
        }

        if (measure is not null && !MeasureCode().IsMatch(measure))
        {
            return BadParameter("measure", measure);
        }

        if (indicator is not null && !IndicatorCode().IsMatch(indicator))
        {
            return BadParameter("indicator", indicator);
        }

        if (PrefectureCodeProblem(prefecture) is { } prefectureProblem)
        {
            return prefectureProblem;
        }

        if (SyntheticProblem(synthetic) is { } syntheticProblem)
        {
            return syntheticProblem;
        }

        if (FormatProblem(format) is { } formatProblem)
        {
            return formatProblem;
        }

        var page = await api.ValuesAsync(new ApiValueFilter(year, measure, indicator, prefecture, synthetic == "include"), afterId, size, cancellationToken);
        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        if (IsCsv(format))
        {
            return Csv(
                ["id", "fiscal_year", "measure", "indicator", "prefecture", "value", "qualifier", "activity_status", "format", "is_online_part", "synthetic_label"],
                page.Items.Select(v => new[]
                {
                    v.Id.ToString(CultureInfo.InvariantCulture), v.FiscalYear.ToString(CultureInfo.InvariantCulture), v.MeasureCode, v.IndicatorCode,
                    v.PrefectureCode, v.Value.ToString(CultureInfo.InvariantCulture), v.Qualifier, v.ActivityStatus, v.Format,
                    v.IsOnlinePart ? "true" : "false", v.SyntheticLabel,
                }),
                next);
        }

        return ApiJsonResult(new ApiList<ApiValue>(page.Items, next));
    }

    [GeneratedRegex(@"^\d{1,2}-\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureCode();

    [GeneratedRegex("^[a-z0-9_]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorCode();

    private ObjectResult BadParameter(string name, string value) =>
        Problem400(language => L.In(language, "パラメーター {0} の値「{1}」は使えません。", name, value));

    private static bool IsCsv(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);

    private ObjectResult? FormatProblem(string? format) =>
        format is null || IsCsv(format) || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            ? null
            : Problem400(language => L.In(language, "format には json または csv を指定してください。"));

    /// <summary>Sets the ETag and the cross-origin headers; 304 when the caller already has this version.</summary>
    private async Task<IActionResult?> NotModifiedAsync(CancellationToken cancellationToken)
    {
        var etag = new EntityTagHeaderValue($"\"pd-{await api.VersionAsync(cancellationToken)}\"");
        Response.Headers.ETag = etag.ToString();
        Response.Headers.AccessControlAllowOrigin = "*";
        Response.Headers.AccessControlExposeHeaders = "ETag, Link, Retry-After";
        Response.Headers.CacheControl = "public, no-cache";
        return Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(t => t.Tag == "*" || t.Compare(etag, useStrongComparison: false))
            ? StatusCode(StatusCodes.Status304NotModified)
            : null;
    }

    private static JsonResult ApiJsonResult(object value) =>
        new(value, ApiJson.Options) { ContentType = "application/json; charset=utf-8" };

    private FileContentResult Csv(string[] header, IEnumerable<string?[]> rows, string? next)
    {
        if (next is not null)
        {
            Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(CsvField)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(CsvField)).Append("\r\n");
        }

        // UTF-8 with its byte-order mark, so that spreadsheet programs in Japan read the Japanese.
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), CsvContentType);
    }

    private static string CsvField(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private string NextUrl(string cursor)
    {
        var query = Request.Query.Where(q => q.Key != "cursor").Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .Append(new("cursor", cursor));
        return $"{Request.Scheme}://{Request.Host}{Request.PathBase}{Request.Path}{QueryString.Create(query)}";
    }

    private ObjectResult Problem400(Func<PortalLanguage, string> detail) => Problem(StatusCodes.Status400BadRequest, detail);

    /// <summary>A problem+json answer (RFC 9457) whose title and detail are in the caller's language.</summary>
    private ObjectResult Problem(int status, Func<PortalLanguage, string> detail)
    {
        var language = ApiLanguage.Of(Request);
        Response.Headers.AccessControlAllowOrigin = "*";
        Response.Headers.ContentLanguage = language.Code;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status404NotFound
                ? L.In(language, "見つかりません。")
                : L.In(language, "指定された値が正しくありません。"),
            Detail = detail(language),
        };
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }
}

/// <summary>camelCase, nulls kept (a field is always there), Japanese written as characters.</summary>
internal static class ApiJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
