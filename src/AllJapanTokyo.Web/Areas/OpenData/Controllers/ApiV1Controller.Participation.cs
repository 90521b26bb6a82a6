using System.Globalization;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>The participation matrix: which prefecture took part in which measure in which fiscal year.</summary>
public sealed partial class ApiV1Controller
{
    /// <summary>
    /// The participation matrix, one row per prefecture, measure and fiscal year taken part in, with the records that
    /// show it. 参加マトリクス（都道府県×施策×年度）と、その根拠となる記録の種類。
    /// </summary>
    /// <param name="fy">Only this fiscal year: 2020. この年度だけ（例: 2020）。</param>
    /// <param name="measure">Only this measure: "1-2". この施策だけ（例: 1-2）。</param>
    /// <param name="prefecture">Only this prefecture (JIS code): "13". この都道府県だけ（JISコード、例: 13）。</param>
    /// <param name="cursor">The next value of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">json (the default) or csv. json（既定）または csv。</param>
    [HttpGet("participation")]
    [ProducesResponseType<ApiList<ApiParticipation>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Participation(
        [FromServices] ParticipationOpenData participation,
        [FromQuery] string? fy,
        [FromQuery] string? measure,
        [FromQuery] string? prefecture,
        [FromQuery] string? cursor,
        [FromQuery] string? limit,
        [FromQuery] string? format,
        CancellationToken cancellationToken)
    {
        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        if (ListProblem(limit, format) is { } problem)
        {
            return problem;
        }

        var (year, filterProblem) = YearAndMeasure(fy, measure);
        if (filterProblem is not null)
        {
            return filterProblem;
        }

        if (PrefectureCodeProblem(prefecture) is { } prefectureProblem)
        {
            return prefectureProblem;
        }

        if (await participation.CellsAsync(new ApiParticipationFilter(year, measure, prefecture), cursor, OpenDataApi.ParseLimit(limit).Limit, cancellationToken)
            is not { } page)
        {
            return CursorProblem();
        }

        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        return IsCsv(format)
            ? Csv(["prefecture", "measure", "fiscal_year", "sources"],
                page.Items.Select(c => new[] { c.PrefectureCode, c.MeasureCode, c.FiscalYear.ToString(CultureInfo.InvariantCulture), string.Join(' ', c.Sources) }),
                next)
            : ApiJsonResult(new ApiList<ApiParticipation>(page.Items, next));
    }
}
