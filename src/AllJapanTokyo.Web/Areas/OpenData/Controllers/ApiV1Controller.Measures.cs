using System.Globalization;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.OpenData.Controllers;

/// <summary>The programme's structure: its chapters, its measures and the indicators each measure publishes.</summary>
public sealed partial class ApiV1Controller
{
    /// <summary>The six chapters of the programme, by number. プロジェクトの6つの章（番号順）。</summary>
    /// <param name="cursor">The next value of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">json (the default) or csv. json（既定）または csv。</param>
    [HttpGet("chapters")]
    [ProducesResponseType<ApiList<ApiChapter>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Chapters([FromServices] MeasuresOpenData measures, [FromQuery] string? cursor, [FromQuery] string? limit,
        [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        if (ListProblem(limit, format) is { } problem)
        {
            return problem;
        }

        var (after, cursorProblem) = IdCursor(cursor);
        if (cursorProblem is not null)
        {
            return cursorProblem;
        }

        var page = await measures.ChaptersAsync(after, OpenDataApi.ParseLimit(limit).Limit, cancellationToken);
        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        return IsCsv(format)
            ? Csv(["number", "title_ja", "title_en", "title_zh_hans", "title_ko"],
                page.Items.Select(c => new[] { c.Number.ToString(CultureInfo.InvariantCulture), c.TitleJa, c.TitleEn, c.TitleZhHans, c.TitleKo }), next)
            : ApiJsonResult(new ApiList<ApiChapter>(page.Items, next));
    }

    /// <summary>The measures, in the order of the progress report ("2-9" before "2-10"). 施策の一覧（取組状況報告の順）。</summary>
    /// <param name="cursor">The next value of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">json (the default) or csv. json（既定）または csv。</param>
    [HttpGet("measures")]
    [ProducesResponseType<ApiList<ApiMeasure>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Measures([FromServices] MeasuresOpenData measures, [FromQuery] string? cursor, [FromQuery] string? limit,
        [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        if (ListProblem(limit, format) is { } problem)
        {
            return problem;
        }

        if (await measures.MeasuresAsync(cursor, OpenDataApi.ParseLimit(limit).Limit, cancellationToken) is not { } page)
        {
            return CursorProblem();
        }

        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        return IsCsv(format)
            ? Csv(["code", "chapter", "number", "title_ja", "title_en", "title_zh_hans", "title_ko", "programme_ja", "since_fiscal_year"],
                page.Items.Select(m => new[]
                {
                    m.Code, m.Chapter.ToString(CultureInfo.InvariantCulture), m.Number.ToString(CultureInfo.InvariantCulture),
                    m.TitleJa, m.TitleEn, m.TitleZhHans, m.TitleKo, m.ProgrammeJa, m.SinceFiscalYear?.ToString(CultureInfo.InvariantCulture),
                }),
                next)
            : ApiJsonResult(new ApiList<ApiMeasure>(page.Items, next));
    }

    /// <summary>One measure and the indicators it publishes figures for. 1つの施策と、実績値を公開している指標。</summary>
    /// <param name="code">The measure code, chapter and number: "2-6". 施策コード（章と番号、例: 2-6）。</param>
    [HttpGet("measures/{code}")]
    [ProducesResponseType<ApiMeasureDetail>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Measure([FromServices] MeasuresOpenData measures, string code, CancellationToken cancellationToken)
    {
        if (!MeasureCode().IsMatch(code))
        {
            return MeasureCodeProblem();
        }

        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        return await measures.MeasureAsync(code, cancellationToken) is { } measure
            ? ApiJsonResult(measure)
            : Problem(StatusCodes.Status404NotFound, language => L.In(language, "施策コード「{0}」の施策はありません。", code));
    }

    /// <summary>
    /// The indicators each measure publishes figures for, with label, unit and kind (programme, prefecture or both), by
    /// measure and indicator code. 施策ごとに実績値を公開している指標（名称・単位・種別）。
    /// </summary>
    /// <param name="measure">Only this measure's indicators: "2-4". この施策の指標だけ（例: 2-4）。</param>
    /// <param name="cursor">The next value of the page before. 前のページの next の値。</param>
    /// <param name="limit">Items per page, 1 to 1000 (100 unless given). 1ページの件数（1〜1000、既定100）。</param>
    /// <param name="format">json (the default) or csv. json（既定）または csv。</param>
    [HttpGet("indicators")]
    [ProducesResponseType<ApiList<ApiIndicator>>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Indicators([FromServices] MeasuresOpenData measures, [FromQuery] string? measure, [FromQuery] string? cursor,
        [FromQuery] string? limit, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (await NotModifiedAsync(cancellationToken) is { } notModified)
        {
            return notModified;
        }

        if (ListProblem(limit, format) is { } problem)
        {
            return problem;
        }

        if (measure is not null && !MeasureCode().IsMatch(measure))
        {
            return MeasureCodeProblem();
        }

        if (await measures.IndicatorsAsync(measure, cursor, OpenDataApi.ParseLimit(limit).Limit, cancellationToken) is not { } page)
        {
            return CursorProblem();
        }

        var next = page.NextCursor is null ? null : NextUrl(page.NextCursor);
        return IsCsv(format)
            ? Csv(["code", "measure", "label_ja", "label_en", "label_zh_hans", "label_ko", "unit_ja", "unit_en", "unit_zh_hans", "unit_ko", "kind"],
                page.Items.Select(i => new[] { i.Code, i.MeasureCode, i.LabelJa, i.LabelEn, i.LabelZhHans, i.LabelKo, i.UnitJa, i.UnitEn, i.UnitZhHans, i.UnitKo, i.Kind }),
                next)
            : ApiJsonResult(new ApiList<ApiIndicator>(page.Items, next));
    }

    /// <summary>A bad limit or format of a list, or null when both are good.</summary>
    private ObjectResult? ListProblem(string? limit, string? format) =>
        OpenDataApi.ParseLimit(limit).Problem is not null
            ? LimitProblem()
            : FormatProblem(format);

    private ObjectResult LimitProblem() =>
        Problem400(language => L.In(language, "limit には1から{0}までの整数を指定してください。", OpenDataApi.MaxLimit));

    private ObjectResult CursorProblem() =>
        Problem400(language => L.In(language, "cursor が正しくありません。前のページの next の値を指定してください。"));

    private ObjectResult MeasureCodeProblem() =>
        Problem400(language => L.In(language, "施策コードは「2-6」のように章と番号をハイフンでつないで指定してください。"));
}
