using System.Globalization;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>The events of the measures, with what became of them.</summary>
public sealed partial class ApiV1Controller
{
    /// <summary>
    /// The events of the measures by id, with status (upcoming, held, cancelled with its reason), measure, prefectures and
    /// dates. 施策のイベント（開催予定・開催済み・中止と理由、施策、都道府県、日程）。
    /// </summary>
    /// <param name="fy">Only this fiscal year: 2020. この年度だけ（例: 2020）。</param>
    /// <param name="measure">Only this measure: "1-2". この施策だけ（例: 1-2）。</param>
    /// <param name="status">upcoming, held or cancelled. upcoming（開催予定）、held（開催済み）、cancelled（中止・実施せず）。</param>
    /// <param name="synthetic">include to list synthetic (架空) events too, labelled. include で架空のイベントも表示（ラベル付き）。</param>
    /// <param name="cursor">The next value of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">json (the default) or csv. json（既定）または csv。</param>
    [HttpGet("events")]
    [ProducesResponseType<ApiList<ApiEvent>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Events(
        [FromServices] EventsOpenData events,
        [FromQuery] string? fy,
        [FromQuery] string? measure,
        [FromQuery] string? status,
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

        if (ListProblem(limit, format) is { } problem)
        {
            return problem;
        }

        var (afterId, cursorProblem) = IdCursor(cursor);
        if (cursorProblem is not null)
        {
            return cursorProblem;
        }

        var (year, filterProblem) = YearAndMeasure(fy, measure);
        if (filterProblem is not null)
        {
            return filterProblem;
        }

        if (status is not null && !EventsOpenData.IsStatus(status))
        {
            return BadParameter("status", status);
        }

        if (SyntheticProblem(synthetic) is { } syntheticProblem)
        {
            return syntheticProblem;
        }

        var page = await events.EventsAsync(new ApiEventFilter(year, measure, status, synthetic == "include"), afterId,
            OpenDataApi.ParseLimit(limit).Limit, cancellationToken);
        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        return IsCsv(format)
            ? Csv(
                ["id", "fiscal_year", "measure", "name_ja", "status", "activity_status", "cancel_reason_ja", "start", "end", "format", "venue_ja",
                    "host_prefecture", "prefectures", "synthetic_label"],
                page.Items.Select(e => new[]
                {
                    e.Id.ToString(CultureInfo.InvariantCulture), e.FiscalYear.ToString(CultureInfo.InvariantCulture), e.MeasureCode, e.NameJa,
                    e.Status, e.ActivityStatus, e.CancelReasonJa, e.Start, e.End, e.Format, e.VenueJa, e.HostPrefectureCode,
                    string.Join(' ', e.PrefectureCodes), e.SyntheticLabel,
                }),
                next)
            : ApiJsonResult(new ApiList<ApiEvent>(page.Items, next));
    }
}
