using System.Globalization;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>/api/v1/fund-investees: the SME Collaboration Promotion Fund's published investees and its published status.</summary>
public sealed partial class ApiV1Controller
{
    /// <summary>
    /// The fund's published investees with their prefectures and partner prefectures, and the latest published fund status.
    /// 中小企業連携促進ファンドの公表済みの投資先（所在地と連携先の都道府県）と、最新の公表済みファンド状況。
    /// </summary>
    /// <param name="synthetic">"include" also lists fictitious (demonstration) partners and status, labelled. 「include」で架空（デモ）の連携先と状況も表示し、架空と表示します。</param>
    /// <param name="cursor">The "next" of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">"json" (default) or "csv". 「json」（既定）または「csv」。</param>
    /// <param name="openData">The fund's open-data reads. ファンドのオープンデータ読み出し。</param>
    /// <param name="cancellationToken">Cancels the request. 要求の取消し。</param>
    [HttpGet("fund-investees")]
    [ProducesResponseType<ApiFundInvesteesPage>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> FundInvestees(
        [FromQuery] string? synthetic,
        [FromQuery] string? cursor,
        [FromQuery] string? limit,
        [FromQuery] string? format,
        [FromServices] FundInvesteesOpenData openData,
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

        if (SyntheticProblem(synthetic) is { } syntheticProblem)
        {
            return syntheticProblem;
        }

        var size = OpenDataApi.ParseLimit(limit).Limit;
        var (page, status) = await openData.InvesteesAsync(afterId, size, synthetic == "include", cancellationToken);
        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        if (IsCsv(format))
        {
            // One row per investee; the fund status is in the JSON answer.
            return Csv(
                ["id", "name_ja", "fund_name_ja", "measure", "prefecture", "partner_prefectures", "partners_ja", "enterprise_id", "synthetic_label"],
                page.Items.Select(i => new[]
                {
                    i.Id.ToString(CultureInfo.InvariantCulture), i.NameJa, i.FundNameJa, i.MeasureCode, i.PrefectureCode,
                    string.Join(' ', i.PartnerPrefectureCodes), string.Join('、', i.Partners.Select(p => p.NameJa)),
                    i.EnterpriseId?.ToString(CultureInfo.InvariantCulture), i.Partners.Any(p => p.IsSynthetic) ? "架空" : null,
                }),
                next);
        }

        return ApiJsonResult(new ApiFundInvesteesPage(page.Items, status, next));
    }

}
