using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Reporting.Administration;
using AllJapanTokyo.Web.Areas.Reporting.Results;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Reporting.Controllers;

/// <param name="SavedIndicator">The indicator just saved (after the redirect), or null.</param>
public sealed record ReportingAdminIndex(IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<InitiativeRef> Initiatives, string? SavedIndicator);

public sealed record IndicatorEditPage(string Code, IndicatorInput Input);

/// <summary>Administration of reporting: indicators, the form of each initiative, and who reports what in which FY.</summary>
[Area("Reporting")]
[Route("reporting/admin")]
[Authorize(Policy = Policies.Administration)]
public sealed class AdminController(ReportingAdminService service, IStringLocalizer L) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? saved, CancellationToken cancellationToken)
    {
        var initiatives = await service.InitiativesAsync(cancellationToken);
        var indicators = await service.IndicatorsAsync(cancellationToken);
        return View(new ReportingAdminIndex(indicators, initiatives, indicators.Any(i => i.Code == saved) ? saved : null));
    }

    [HttpGet("indicators/{code}")]
    public async Task<IActionResult> Indicator(string code, CancellationToken cancellationToken)
    {
        var row = (await service.IndicatorsAsync(cancellationToken)).FirstOrDefault(i => i.Code == code);
        return row is null
            ? NotFound()
            : View(new IndicatorEditPage(code, new IndicatorInput { LabelJa = row.Label.Ja, LabelEn = row.Label.En, UnitJa = row.Unit.Ja, UnitEn = row.Unit.En, Version = row.Version }));
    }

    [HttpPost("indicators/{code}")]
    public async Task<IActionResult> Indicator(string code, [FromForm] IndicatorInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new IndicatorEditPage(code, input));
        }

        switch (await service.UpdateIndicatorAsync(code, input, cancellationToken))
        {
            case IndicatorSave.Saved:
                return RedirectToAction(nameof(Index), new { saved = code });
            case IndicatorSave.NotFound:
                return NotFound();
        }

        // What this administrator typed is shown again, checked next time against what is stored now.
        ModelState.AddModelError("", L.SavedMeanwhile().Value);
        input.Version = (await service.IndicatorsAsync(cancellationToken)).First(i => i.Code == code).Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(new IndicatorEditPage(code, input));
    }

    [HttpGet("initiatives/{code}")]
    public async Task<IActionResult> Initiative(string code, int? fy, string? done, int? added, int? removed, int? kept, CancellationToken cancellationToken)
    {
        AdminNotice? notice = done switch
        {
            "lines" => new AdminNotice.FormUpdated(),
            "assignments" => new AdminNotice.AssignmentsUpdated(added ?? 0, removed ?? 0, kept ?? 0),
            _ => null,
        };
        if (fy is { } year && !FiscalYear.IsValid(year))
        {
            return NotFound();
        }

        var page = await service.InitiativeAsync(code, fy ?? ProgrammeDataSeeder.ReportedThroughFiscalYear, notice, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("initiatives/{code}/lines")]
    public async Task<IActionResult> Line(string code, [FromForm] string indicator, [FromForm] bool include, [FromForm] bool splitByFormat, [FromForm] int? fy, CancellationToken cancellationToken) =>
        await service.SetFormLineAsync(code, indicator, include, splitByFormat, cancellationToken)
            ? RedirectToAction(nameof(Initiative), new { code, fy, done = "lines" })
            : NotFound();

    [HttpPost("initiatives/{code}/assignments")]
    public async Task<IActionResult> Assignments(string code, [FromForm] int fy, [FromForm] List<string> prefectures, CancellationToken cancellationToken)
    {
        if (!FiscalYear.IsValid(fy) || await service.InitiativeAsync(code, fy, null, cancellationToken) is null)
        {
            return NotFound();
        }

        var (added, removed, kept) = await service.SetAssignmentsAsync(code, fy, prefectures, cancellationToken);
        return RedirectToAction(nameof(Initiative), new { code, fy, done = "assignments", added, removed, kept });
    }
}
