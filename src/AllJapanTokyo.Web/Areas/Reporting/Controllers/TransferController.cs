using System.Text;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Reporting.Completeness;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Areas.Reporting.Transfer;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Reporting.Controllers;

/// <param name="MayImport">Whether the reader writes values at all: only prefecture staff do (their own prefecture's).</param>
public sealed record ImportPage(int FiscalYear, IReadOnlyList<int> FiscalYears, ImportResult? Result, bool DryRun, string? FileName, bool MayImport);

/// <summary>Completeness with reminders, export (CSV with BOM, .xlsx), import with a dry run, and the import template.</summary>
[Area("Reporting")]
[Route("reporting")]
[Authorize(Policy = Policies.Reporting)]
public sealed class TransferController(
    ReportStore reports,
    CompletenessService completeness,
    ReminderService reminders,
    ExportService export,
    ImportService import,
    TimeProvider clock,
    IStringLocalizer L) : Controller
{
    public const int MaxUploadMegabytes = 10;

    public const long MaxUploadBytes = MaxUploadMegabytes * 1024 * 1024;

    [HttpGet("completeness")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Completeness(int? fy, int? sent, CancellationToken cancellationToken) =>
        fy is null || FiscalYear.IsValid(fy.Value)
            ? View(await completeness.CompletenessAsync(fy ?? await DefaultYearAsync(cancellationToken), ReportingActor.From(User), sent, cancellationToken))
            : NotFound();

    [HttpPost("completeness/remind")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Remind([FromForm] int fy, CancellationToken cancellationToken)
    {
        var actor = ReportingActor.From(User);
        if (!actor.IsOfficial)
        {
            return Forbid();
        }

        if (!FiscalYear.IsValid(fy))
        {
            return NotFound();
        }

        var sent = await reminders.RemindAsync(fy, actor, cancellationToken);
        return RedirectToAction(nameof(Completeness), new { fy, sent });
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(int? fy, string? format, CancellationToken cancellationToken)
    {
        var year = fy ?? await DefaultYearAsync(cancellationToken);
        var table = await export.ExportAsync(year, ReportingActor.From(User), cancellationToken);
        return Download(table, format, $"reporting-fy{year}", L["実績報告_{0}年度", year]);
    }

    [HttpGet("import/template")]
    public async Task<IActionResult> Template(int? fy, string? format, CancellationToken cancellationToken)
    {
        var year = fy ?? await DefaultYearAsync(cancellationToken);
        var table = await export.TemplateAsync(year, ReportingActor.From(User), cancellationToken);
        return Download(table, format, $"reporting-template-fy{year}", L["実績報告_取込様式_{0}年度", year]);
    }

    [HttpGet("import")]
    public async Task<IActionResult> Import(int? fy, CancellationToken cancellationToken)
    {
        if (fy is { } asked && !FiscalYear.IsValid(asked))
        {
            return NotFound();
        }

        var years = await reports.FiscalYearsAsync(cancellationToken);
        return View(new ImportPage(fy ?? DefaultYear(years), years, null, true, null, ReportingActor.From(User).IsPrefectureStaff));
    }

    [HttpPost("import")]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Import([FromForm] IFormFile? file, [FromForm] string? command, [FromForm] int? fy, CancellationToken cancellationToken)
    {
        if (fy is { } year && !FiscalYear.IsValid(year))
        {
            return NotFound();
        }

        var years = await reports.FiscalYearsAsync(cancellationToken);
        var shown = fy ?? DefaultYear(years);
        var commit = command == "commit";
        var actor = ReportingActor.From(User);
        ViewResult Refused(ImportIssue issue)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ImportPage(shown, years, ImportResult.Refused(issue), !commit, file?.FileName, actor.IsPrefectureStaff));
        }

        if (file is null || file.Length == 0)
        {
            return Refused(new ImportIssue.NoFile());
        }

        if (file.Length > MaxUploadBytes)
        {
            return Refused(new ImportIssue.FileTooLarge(MaxUploadMegabytes));
        }

        string text;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                return Refused(new ImportIssue.NotUtf8());
            }
        }

        var result = await import.ImportAsync(text, actor, commit, cancellationToken);
        if (result.Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(new ImportPage(shown, years, result, !commit, file.FileName, actor.IsPrefectureStaff));
    }

    private FileContentResult Download(ExportTable table, string? format, string asciiName, string name)
    {
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Response.SetAttachment(asciiName + ".xlsx", name + ".xlsx");
            return File(Spreadsheet.Workbook(new Spreadsheet.Sheet("reporting", table.Columns, table.Rows)), Spreadsheet.ContentType);
        }

        Response.SetAttachment(asciiName + ".csv", name + ".csv");
        return File(Spreadsheet.Csv(table.Columns, table.Rows), Csv.ContentType);
    }

    /// <summary>
    /// When none is asked for, the newest fiscal year with reports that has begun (the one being reported on), or the
    /// last year the programme data reports (FY2020).
    /// </summary>
    private async Task<int> DefaultYearAsync(CancellationToken cancellationToken) =>
        DefaultYear(await reports.FiscalYearsAsync(cancellationToken));

    /// <summary><see cref="DefaultYearAsync"/> from the years with reports already read (newest first).</summary>
    private int DefaultYear(IReadOnlyList<int> years)
    {
        var current = EntryWindow.FiscalYearAt(clock.GetUtcNow().UtcDateTime);
        return years.Where(y => y <= current).DefaultIfEmpty(ProgrammeDataSeeder.ReportedThroughFiscalYear).First();
    }
}
