using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>/api/v1/collaboration-products: the published products of the collaboration initiatives.</summary>
public sealed partial class ApiV1Controller
{
    /// <summary>
    /// The published products of the collaboration initiatives by kind and id: the traditional-crafts collaborations (crafts); the textile matching (textiles) publishes none yet. Narrowed by fiscal year, kind and prefecture.
    /// 連携の取組で公開された商品（種類・ID順）。伝統工芸のコラボ商品（crafts）。テキスタイル産地とのマッチング（textiles）で公開された商品はまだありません。年度・種類・都道府県で絞り込めます。
    /// </summary>
    /// <param name="fy">Only products finished in this fiscal year: 2026. この年度に完成した商品だけ（例：2026）。</param>
    /// <param name="kind">crafts or textiles. crafts（伝統工芸）または textiles（テキスタイル）。</param>
    /// <param name="prefecture">Only products a prefecture took part in (JIS code): 44. この都道府県が参加した商品だけ（JIS コード、例：44）。</param>
    /// <param name="synthetic">include to list synthetic (架空) products too, labelled. include で架空の商品も表示（ラベル付き）。</param>
    /// <param name="cursor">The next value of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">json (the default) or csv, one line a product. json（既定）または csv（商品ごとに1行）。</param>
    /// <param name="openData">The collaboration products' open-data reads. コラボ商品のオープンデータ読み出し。</param>
    /// <param name="cancellationToken">Cancels the request. 要求の取消し。</param>
    [HttpGet("collaboration-products")]
    [ProducesResponseType<ApiList<ApiCollaborationProduct>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> CollaborationProducts(
        [FromQuery] string? fy,
        [FromQuery] string? kind,
        [FromQuery] string? prefecture,
        [FromQuery] string? synthetic,
        [FromQuery] string? cursor,
        [FromQuery] string? limit,
        [FromQuery] string? format,
        [FromServices] CollaborationProductsOpenData openData,
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

        var (year, yearProblem) = YearAndMeasure(fy, null);
        if (yearProblem is not null)
        {
            return yearProblem;
        }

        if (kind is not null && !CollaborationProductsOpenData.IsKind(kind))
        {
            return BadParameter("kind", kind);
        }

        if ((PrefectureCodeProblem(prefecture) ?? SyntheticProblem(synthetic)) is { } filterProblem)
        {
            return filterProblem;
        }

        var page = await openData.ProductsAsync(new ApiCollaborationFilter(year, kind, prefecture, synthetic == "include"), cursor,
            OpenDataApi.ParseLimit(limit).Limit, cancellationToken);
        if (page is null)
        {
            return CursorProblem();
        }

        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        return IsCsv(format)
            ? Csv(
                ["kind", "id", "measure", "product_ja", "fiscal_year", "tokyo_craft_ja", "partner_ja", "partner_prefecture", "prefectures", "designer_ja",
                    "makers_ja", "maker_prefectures", "where_to_buy_ja", "programme_ja", "synthetic_label"],
                page.Items.Select(p => new[]
                {
                    p.Kind, p.Id.ToString(CultureInfo.InvariantCulture), p.MeasureCode, p.ProductJa, p.FiscalYear?.ToString(CultureInfo.InvariantCulture),
                    p.TokyoCraftJa, p.PartnerJa, p.PartnerPrefectureCode, string.Join(' ', p.PrefectureCodes), p.DesignerJa,
                    string.Join('、', p.Makers.Select(m => m.NameJa)), string.Join(' ', p.Makers.Select(m => m.PrefectureCode)), p.WhereToBuyJa,
                    p.ProgrammeJa, p.SyntheticLabel,
                }),
                next)
            : ApiJsonResult(new ApiList<ApiCollaborationProduct>(page.Items, next));
    }
}
