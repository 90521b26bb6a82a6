using System.Globalization;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>/api/v1/fair-exhibitors: the published exhibitors of the fairs and business meetings the portal runs.</summary>
public sealed partial class ApiV1Controller
{
    /// <summary>
    /// The confirmed exhibitors of the fairs and business meetings the portal runs, by id, as their public exhibitor lists show them, narrowed by fiscal year, measure, event and prefecture.
    /// ポータルで運営する展示会・商談会の出展確定者（ID順。公開の出展者一覧と同じ内容）。年度・施策・イベント・都道府県で絞り込めます。
    /// </summary>
    /// <param name="fy">Only events of this fiscal year: 2024. この年度のイベントだけ（例：2024）。</param>
    /// <param name="measure">Only events of this measure: "2-3". この施策のイベントだけ（例：2-3）。</param>
    /// <param name="event">Only the exhibitors of this event (its id in /api/v1/events). このイベントの出展者だけ（/api/v1/events の ID）。</param>
    /// <param name="prefecture">Only exhibitors of this prefecture (JIS code): 13. この都道府県の出展者だけ（JIS コード、例：13）。</param>
    /// <param name="synthetic">include to list synthetic (架空) events and exhibitors too, labelled. include で架空のイベント・出展者も表示（ラベル付き）。</param>
    /// <param name="cursor">The next value of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">json (the default) or csv. json（既定）または csv。</param>
    /// <param name="openData">The exhibitors' open-data reads. 出展者のオープンデータ読み出し。</param>
    /// <param name="cancellationToken">Cancels the request. 要求の取消し。</param>
    [HttpGet("fair-exhibitors")]
    [ProducesResponseType<ApiList<ApiFairExhibitor>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> FairExhibitors(
        [FromQuery] string? fy,
        [FromQuery] string? measure,
        [FromQuery(Name = "event")] string? @event,
        [FromQuery] string? prefecture,
        [FromQuery] string? synthetic,
        [FromQuery] string? cursor,
        [FromQuery] string? limit,
        [FromQuery] string? format,
        [FromServices] FairExhibitorsOpenData openData,
        CancellationToken cancellationToken)
    {
        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        if (ListProblem(limit, format) is { } listProblem)
        {
            return listProblem;
        }

        var (afterId, cursorProblem) = IdCursor(cursor);
        if (cursorProblem is not null)
        {
            return cursorProblem;
        }

        var (year, yearProblem) = YearAndMeasure(fy, measure);
        if (yearProblem is not null)
        {
            return yearProblem;
        }

        int? eventId = null;
        if (@event is not null)
        {
            if (@event.Length > 9 || !int.TryParse(@event, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return BadParameter("event", @event);
            }

            eventId = parsed;
        }

        if ((PrefectureCodeProblem(prefecture) ?? SyntheticProblem(synthetic)) is { } filterProblem)
        {
            return filterProblem;
        }

        var page = await openData.ExhibitorsAsync(new ApiFairExhibitorFilter(year, measure, eventId, prefecture, synthetic == "include"), afterId,
            OpenDataApi.ParseLimit(limit).Limit, cancellationToken);
        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        return IsCsv(format)
            ? Csv(
                ["id", "event_id", "event_name_ja", "fiscal_year", "measure", "name_ja", "prefecture", "enterprise_id", "category_code", "category_name_ja",
                    "booth", "products_ja", "is_online", "synthetic_label"],
                page.Items.Select(x => new[]
                {
                    x.Id.ToString(CultureInfo.InvariantCulture), x.EventId.ToString(CultureInfo.InvariantCulture), x.EventNameJa,
                    x.FiscalYear.ToString(CultureInfo.InvariantCulture), x.MeasureCode, x.NameJa, x.PrefectureCode,
                    x.EnterpriseId.ToString(CultureInfo.InvariantCulture), x.CategoryCode, x.CategoryNameJa, x.Booth, x.ProductsJa,
                    x.IsOnline ? "true" : "false", x.SyntheticLabel,
                }),
                next)
            : ApiJsonResult(new ApiList<ApiFairExhibitor>(page.Items, next));
    }
}
