using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Reports;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Controllers;

/// <summary>
/// The yearly progress report (取組状況), open to everyone with approved values only. Tokyo staff may add ?preview=true
/// to see the values not yet approved, each marked; anyone else asking for a preview gets the published report
/// (with a note saying so), so a shared preview link never shows drafts and never locks a reader out.
/// </summary>
[Area("Dashboard")]
[Route("reports")]
[AllLanguages]
public sealed class ReportsController(ProgressReportService reports, IAuthorizationService authorization, PublishedViewCache cache, IStringLocalizer L) : Controller
{
    [HttpGet("")]
    [PublishedPage]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ProgressReportIndexViewModel(await cache.GetOrCreateAsync("/reports", reports.YearsAsync, cancellationToken)));

    [HttpGet("{fy:int}")]
    [PublishedPage]
    public async Task<IActionResult> Report(int fy, [FromQuery] bool? preview, CancellationToken cancellationToken) =>
        await LoadAsync(fy, preview, cancellationToken) is { } report ? View(report) : NotFound();

    [HttpGet("{fy:int}.xlsx")]
    public async Task<IActionResult> Workbook(int fy, [FromQuery] bool? preview, CancellationToken cancellationToken)
    {
        if (await LoadAsync(fy, preview, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        SetAttachment(fy, "xlsx");
        return File(ProgressReportExport.Workbook(report, L), Spreadsheet.ContentType);
    }

    [HttpGet("{fy:int}.csv")]
    public async Task<IActionResult> Csv(int fy, [FromQuery] bool? preview, CancellationToken cancellationToken)
    {
        if (await LoadAsync(fy, preview, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        SetAttachment(fy, "csv");
        return File(ProgressReportExport.ToCsv(report, L), Web.Infrastructure.Csv.ContentType);
    }

    private async Task<ProgressReport?> LoadAsync(int fy, bool? preview, CancellationToken cancellationToken)
    {
        var asked = preview == true;
        var allowed = asked && (await authorization.AuthorizeAsync(User, Policies.TokyoStaff)).Succeeded;
        if (allowed)
        {
            // A preview shows values not yet approved: built afresh every time, never cached.
            return await reports.ReportAsync(fy, preview: true, previewRefused: false, cancellationToken);
        }

        return await cache.GetOrCreateAsync(
            $"/reports/{fy}?preview-refused={asked}",
            ct => reports.ReportAsync(fy, preview: false, previewRefused: asked, ct),
            cancellationToken);
    }

    private void SetAttachment(int fy, string extension) =>
        Response.SetAttachment(ProgressReportExport.AsciiFileName(fy, extension), ProgressReportExport.FileName(fy, extension, L));
}
