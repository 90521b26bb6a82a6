using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.AspNetCore.Authorization;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Dashboard.Controllers;

/// <summary>
/// The yearly progress report (取組状況), open to everyone with approved values only. Tokyo staff may add ?preview=true
/// to see the values not yet approved, each marked; anyone else asking for a preview gets the published report
/// (with a note saying so), so a shared preview link never shows drafts and never locks a reader out.
/// </summary>
[Area("Dashboard")]
[Route("reports")]
public sealed class ReportsController(ProgressReportService reports, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ProgressReportIndexViewModel(await reports.YearsAsync(cancellationToken)));

    [HttpGet("{fy:int}")]
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
        return File(ProgressReportExport.Workbook(report), Web.Infrastructure.Spreadsheet.ContentType);
    }

    [HttpGet("{fy:int}.csv")]
    public async Task<IActionResult> Csv(int fy, [FromQuery] bool? preview, CancellationToken cancellationToken)
    {
        if (await LoadAsync(fy, preview, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        SetAttachment(fy, "csv");
        return File(ProgressReportExport.ToCsv(report), Web.Infrastructure.Csv.ContentType);
    }

    private async Task<ProgressReport?> LoadAsync(int fy, bool? preview, CancellationToken cancellationToken)
    {
        var asked = preview == true;
        var allowed = asked && (await authorization.AuthorizeAsync(User, Policies.TokyoStaff)).Succeeded;
        return await reports.ReportAsync(fy, allowed, previewRefused: asked && !allowed, cancellationToken);
    }

    private void SetAttachment(int fy, string extension) =>
        Response.SetAttachment(ProgressReportExport.AsciiFileName(fy, extension), ProgressReportExport.FileName(fy, extension));
}
