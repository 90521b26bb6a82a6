using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

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

    /// <summary>A Japanese file name by RFC 6266/5987 (filename*), with an ASCII name for older clients.</summary>
    private void SetAttachment(int fy, string extension)
    {
        var disposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = ProgressReportExport.AsciiFileName(fy, extension),
            FileNameStar = ProgressReportExport.FileName(fy, extension),
        };
        Response.Headers.ContentDisposition = disposition.ToString();
    }
}
