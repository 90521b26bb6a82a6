using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Administration;
using AllJapanTokyo.Web.Areas.Reporting.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Reporting.Controllers;

public sealed record ReportingAdminIndex(IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<InitiativeRef> Initiatives);

public sealed record IndicatorEditPage(string Code, IndicatorInput Input, IReadOnlyList<string> Errors);

/// <summary>Administration of reporting: indicators, the form of each initiative, and who reports what in which FY.</summary>
[Area("Reporting")]
[Route("reporting/admin")]
[Authorize(Policy = Policies.Administration)]
public sealed class AdminController(ReportingAdminService service) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var initiatives = await service.InitiativesAsync(cancellationToken);
        return View(new ReportingAdminIndex(await service.IndicatorsAsync(cancellationToken), initiatives));
    }

    [HttpGet("indicators/{code}")]
    public async Task<IActionResult> Indicator(string code, CancellationToken cancellationToken)
    {
        var row = (await service.IndicatorsAsync(cancellationToken)).FirstOrDefault(i => i.Code == code);
        return row is null
            ? NotFound()
            : View(new IndicatorEditPage(code, new IndicatorInput { LabelJa = row.LabelJa, LabelEn = row.LabelEn, UnitJa = row.UnitJa, UnitEn = row.UnitEn }, []));
    }

    [HttpPost("indicators/{code}")]
    public async Task<IActionResult> Indicator(string code, [FromForm] IndicatorInput input, CancellationToken cancellationToken)
    {
        var errors = ReportingAdminService.Check(input);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new IndicatorEditPage(code, input, errors));
        }

        return await service.UpdateIndicatorAsync(code, input, cancellationToken) ? Redirect("/reporting/admin?saved=" + Uri.EscapeDataString(code)) : NotFound();
    }

    [HttpGet("initiatives/{code}")]
    public async Task<IActionResult> Initiative(string code, int? fy, string? done, CancellationToken cancellationToken)
    {
        var message = done switch
        {
            "lines" => "報告様式を更新しました。 / The form was updated.",
            { Length: > 0 } => done,
            _ => null,
        };
        var page = await service.InitiativeAsync(code, fy ?? AllJapanTokyo.Infrastructure.Seed.ProgrammeDataSeeder.ReportedThroughFiscalYear, message, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("initiatives/{code}/lines")]
    public async Task<IActionResult> Line(string code, [FromForm] string indicator, [FromForm] bool include, [FromForm] bool splitByFormat, [FromForm] int? fy, CancellationToken cancellationToken) =>
        await service.SetFormLineAsync(code, indicator, include, splitByFormat, cancellationToken)
            ? Redirect($"/reporting/admin/initiatives/{code}?fy={fy}&done=lines")
            : NotFound();

    [HttpPost("initiatives/{code}/assignments")]
    public async Task<IActionResult> Assignments(string code, [FromForm] int fy, [FromForm] List<string> prefectures, CancellationToken cancellationToken)
    {
        if (await service.InitiativeAsync(code, fy, null, cancellationToken) is null)
        {
            return NotFound();
        }

        var (added, removed, kept) = await service.SetAssignmentsAsync(code, fy, prefectures, cancellationToken);
        var message = $"割当てを更新しました（追加{added}件、削除{removed}件、入力済みのため残した報告{kept}件）。 / Assignments updated: {added} added, {removed} removed, {kept} kept because already started.";
        return Redirect($"/reporting/admin/initiatives/{code}?fy={fy}&done={Uri.EscapeDataString(message)}");
    }
}
