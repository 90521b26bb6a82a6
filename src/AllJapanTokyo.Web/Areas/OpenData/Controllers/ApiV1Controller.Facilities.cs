using System.Globalization;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>The tourism facilities: information centres, antenna shops, model routes, and all facilities as 観光施設一覧.</summary>
public sealed partial class ApiV1Controller
{
    /// <summary>The tourist information centres with their hours, languages and JNTO category. 観光情報センター（開館時間・対応言語・JNTO認定区分）。</summary>
    /// <param name="cursor">The "next" of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1～1000、既定100）。</param>
    /// <param name="format">json (the default) or csv. json（既定）または csv。</param>
    [HttpGet("information-centres")]
    [ProducesResponseType<ApiFacilitiesPage<ApiInformationCentre>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> InformationCentres([FromServices] FacilitiesOpenData facilities, [FromQuery] string? cursor, [FromQuery] string? limit, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (await ListParametersAsync(cursor, limit, format, null, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (size, afterId) = (OpenDataApi.ParseLimit(limit).Limit, IdCursor(cursor).AfterId);
        var page = await facilities.InformationCentresAsync(afterId, size, cancellationToken);
        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        if (IsCsv(format))
        {
            return Csv(
                ["id", "name_ja", "name_en", "prefecture", "address_ja", "jnto_category", "languages", "hours"],
                page.Items.Select(c => new[]
                {
                    c.Id.ToString(CultureInfo.InvariantCulture), c.NameJa, c.NameEn, c.PrefectureCode, c.AddressJa, c.JntoCategory,
                    string.Join(' ', c.Languages), string.Join(' ', c.Hours.Select(h => $"{h.Day}={h.Opens}-{h.Closes}")),
                }),
                next);
        }

        return ApiJsonResult(new ApiFacilitiesPage<ApiInformationCentre>(page.Items, next));
    }

    /// <summary>The prefectures' antenna shops in Tokyo. 都道府県のアンテナショップ（東京都内）。</summary>
    /// <param name="synthetic">include to list the demonstration shops too, labelled 架空. include で架空（デモ用）のショップも、その旨を付けて含める。</param>
    /// <param name="cursor">The "next" of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1～1000、既定100）。</param>
    /// <param name="format">json (the default) or csv. json（既定）または csv。</param>
    [HttpGet("antenna-shops")]
    [ProducesResponseType<ApiFacilitiesPage<ApiAntennaShop>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> AntennaShops([FromServices] FacilitiesOpenData facilities, [FromQuery] string? synthetic, [FromQuery] string? cursor, [FromQuery] string? limit, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (await ListParametersAsync(cursor, limit, format, synthetic, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (size, afterId) = (OpenDataApi.ParseLimit(limit).Limit, IdCursor(cursor).AfterId);
        var page = await facilities.AntennaShopsAsync(synthetic == "include", afterId, size, cancellationToken);
        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        if (IsCsv(format))
        {
            return Csv(
                ["id", "name_ja", "name_en", "prefecture", "other_prefectures", "municipality_ja", "address_ja", "nearest_station_ja", "opens", "closes",
                 "closed_on", "closing_note_ja", "has_restaurant", "languages", "latitude", "longitude", "synthetic_label"],
                page.Items.Select(s => new[]
                {
                    s.Id.ToString(CultureInfo.InvariantCulture), s.NameJa, s.NameEn, s.PrefectureCode, string.Join(' ', s.OtherPrefectureCodes), s.MunicipalityJa,
                    s.AddressJa, s.NearestStationJa, s.Opens, s.Closes, string.Join(' ', s.ClosedOn), s.ClosingNoteJa, s.HasRestaurant ? "true" : "false",
                    string.Join(' ', s.Languages), s.Latitude?.ToString(CultureInfo.InvariantCulture), s.Longitude?.ToString(CultureInfo.InvariantCulture), s.SyntheticLabel,
                }),
                next);
        }

        return ApiJsonResult(new ApiFacilitiesPage<ApiAntennaShop>(page.Items, next));
    }

    /// <summary>The model routes with their stops in order, day by day. モデルルートと、日ごと・順番どおりの立ち寄り先。</summary>
    /// <param name="cursor">The "next" of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1～1000、既定100）。</param>
    /// <param name="format">json (the default) or csv, one line a stop. json（既定）または csv（立ち寄り先ごとに1行）。</param>
    [HttpGet("tourist-routes")]
    [ProducesResponseType<ApiFacilitiesPage<ApiTouristRoute>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> TouristRoutes([FromServices] FacilitiesOpenData facilities, [FromQuery] string? cursor, [FromQuery] string? limit, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (await ListParametersAsync(cursor, limit, format, null, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (size, afterId) = (OpenDataApi.ParseLimit(limit).Limit, IdCursor(cursor).AfterId);
        var page = await facilities.TouristRoutesAsync(afterId, size, cancellationToken);
        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        if (IsCsv(format))
        {
            return Csv(
                ["route_id", "measure", "region_ja", "route_name_en", "stop_id", "day", "order", "prefecture", "name_ja", "name_en", "what_to_see_ja", "access_ja", "time_ja", "latitude", "longitude"],
                page.Items.SelectMany(r => r.Stops.Select(s => new[]
                {
                    r.Id.ToString(CultureInfo.InvariantCulture), r.MeasureCode, r.RegionJa, r.NameEn, s.Id.ToString(CultureInfo.InvariantCulture),
                    s.Day.ToString(CultureInfo.InvariantCulture), s.Order.ToString(CultureInfo.InvariantCulture), s.PrefectureCode, s.NameJa, s.NameEn,
                    s.WhatToSeeJa, s.AccessJa, s.TimeJa, s.Latitude?.ToString(CultureInfo.InvariantCulture), s.Longitude?.ToString(CultureInfo.InvariantCulture),
                })),
                next);
        }

        return ApiJsonResult(new ApiFacilitiesPage<ApiTouristRoute>(page.Items, next));
    }

    /// <summary>
    /// The information centres and antenna shops as one file in the Digital Agency's layout for tourist facilities, UTF-8
    /// with a byte-order mark, unpaged. 観光情報センターとアンテナショップを、デジタル庁の推奨データセット「観光施設一覧」の形式で（BOM付きUTF-8、ページ分けなし）。
    /// </summary>
    /// <param name="synthetic">include to list the demonstration shops too, marked 架空 in 備考. include で架空（デモ用）のショップも、備考に「架空」と付けて含める。</param>
    [HttpGet("facilities.csv")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> FacilitiesCsv([FromServices] FacilitiesOpenData facilities, [FromQuery] string? synthetic, CancellationToken cancellationToken)
    {
        if (await ListParametersAsync(null, null, null, synthetic, cancellationToken) is { } refused)
        {
            return refused;
        }

        var rows = await facilities.FacilityRowsAsync(synthetic == "include", FacilityPage, cancellationToken);
        var file = Csv([.. FacilitiesOpenData.FacilityColumns], rows, null);
        file.FileDownloadName = "130001_tourism.csv";
        return file;
    }

    private string FacilityPage(string kind, int id) => kind == "shop"
        ? Url.Action("Shop", "AntennaShops", new { area = "AntennaShops", id }, Request.Scheme)!
        : Url.Action("Center", "InfoCenters", new { area = "Tourism", id }, Request.Scheme)!;

    /// <summary>The ETag check and the checks of the common list parameters, as /api/v1/values makes them.</summary>
    private async Task<IActionResult?> ListParametersAsync(string? cursor, string? limit, string? format, string? synthetic, CancellationToken cancellationToken)
    {
        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        if (ListProblem(limit, format) is { } listProblem)
        {
            return listProblem;
        }

        if (IdCursor(cursor).Problem is { } cursorProblem)
        {
            return cursorProblem;
        }

        return SyntheticProblem(synthetic);
    }
}
