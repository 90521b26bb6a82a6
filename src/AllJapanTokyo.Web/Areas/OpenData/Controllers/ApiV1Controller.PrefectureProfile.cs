using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>/api/v1/prefectures/{code}/profile: what the prefecture's public profile page shows, as data.</summary>
public sealed partial class ApiV1Controller
{
    /// <summary>
    /// A prefecture's profile as its public page shows it: measures by fiscal year, events, craft collaborations, fund investees, tourism partnerships, model routes and approved figures; JSON only, as its parts are lists of different kinds that no single table can hold.
    /// 都道府県のプロフィール（公開ページと同じ内容）：年度別の参加施策、イベント、伝統工芸のコラボ商品、ファンドの投資先、観光の連携、モデルルート、承認済みの実績値。種類の違う一覧の組合せで一つの表にならないため、JSON のみです。
    /// </summary>
    /// <param name="code">JIS X 0401 prefecture code, 01 to 47 (13 for Tokyo). JIS X 0401 の都道府県コード（01〜47。東京都は13）。</param>
    /// <param name="fy">Only this fiscal year, for the parts that have one (measures, events, partnerships running that year, figures): 2020. 年度のある部分（参加施策、イベント、その年度の観光の連携、実績値）をこの年度に絞ります（例: 2020）。</param>
    /// <param name="synthetic">include: also fictitious (架空) fund partners, labelled; exclude (default): none. include で架空の連携先も（その旨を示して）含めます。exclude（既定）は含めません。</param>
    /// <param name="openData">The profile's reads. プロフィールの読み出し。</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away. 呼び出し側が切断したときに取り消されます。</param>
    [HttpGet("prefectures/{code}/profile")]
    [ProducesResponseType<ApiPrefectureProfile>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> PrefectureProfile(
        string code,
        [FromQuery] string? fy,
        [FromQuery] string? synthetic,
        [FromServices] PrefectureProfileOpenData openData,
        CancellationToken cancellationToken)
    {
        // Unlike the profile page (/prefectures/1 opens 北海道), the API takes the JIS code as it is written: 01 to 47.
        if (PrefectureCodeProblem(code) is { } codeProblem)
        {
            return codeProblem;
        }

        var (year, yearProblem) = YearAndMeasure(fy, null);
        if (yearProblem is not null)
        {
            return yearProblem;
        }

        if (SyntheticProblem(synthetic) is { } syntheticProblem)
        {
            return syntheticProblem;
        }

        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        return await openData.ProfileAsync(code, year, synthetic == "include", cancellationToken) is { } profile
            ? ApiJsonResult(profile)
            : Problem(StatusCodes.Status404NotFound, language => L.In(language, "都道府県コード「{0}」の都道府県はありません。", code));
    }
}
