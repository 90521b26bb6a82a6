using System.Text;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Completeness;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Areas.Reporting.Transfer;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Reporting.Controllers;

public sealed record ImportPage(int FiscalYear, IReadOnlyList<int> FiscalYears, ImportResult? Result, bool DryRun, string? FileName);

/// <summary>Completeness with reminders, export (CSV with BOM, .xlsx), import with a dry run, and the import template.</summary>
[Area("Reporting")]
[Route("reporting")]
[Authorize(Policy = Policies.Reporting)]
public sealed class TransferController(
    ReportStore reports,
    CompletenessService completeness,
    ReminderService reminders,
    ExportService export,
    ImportService import) : Controller
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    [HttpGet("completeness")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Completeness(int? fy, string? sent, CancellationToken cancellationToken)
    {
        var message = int.TryParse(sent, out var count) ? $"{count}件のリマインダーを送信しました。 / {count} reminder(s) sent." : null;
        return View(await completeness.CompletenessAsync(fy ?? DefaultYear(), ReportingActor.From(User), message, cancellationToken));
    }

    [HttpPost("completeness/remind")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Remind([FromForm] int fy, CancellationToken cancellationToken)
    {
        var actor = ReportingActor.From(User);
        if (!actor.IsOfficial)
        {
            return Forbid();
        }

        var sent = await reminders.RemindAsync(fy, actor, cancellationToken);
        return Redirect($"/reporting/completeness?fy={fy}&sent={sent}");
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(int? fy, string? format, CancellationToken cancellationToken)
    {
        var year = fy ?? DefaultYear();
        var rows = await export.ExportRowsAsync(year, ReportingActor.From(User), cancellationToken);
        return Download(rows, format, $"reporting-fy{year}", $"実績報告_{year}年度");
    }

    [HttpGet("import/template")]
    public async Task<IActionResult> Template(int? fy, string? format, CancellationToken cancellationToken)
    {
        var year = fy ?? DefaultYear();
        var rows = await export.TemplateRowsAsync(year, ReportingActor.From(User), cancellationToken);
        return Download(rows, format, $"reporting-template-fy{year}", $"実績報告_取込様式_{year}年度");
    }

    [HttpGet("import")]
    public async Task<IActionResult> Import(int? fy, CancellationToken cancellationToken) =>
        View(new ImportPage(fy ?? DefaultYear(), await reports.FiscalYearsAsync(cancellationToken), null, true, null));

    [HttpPost("import")]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Import([FromForm] IFormFile? file, [FromForm] string? command, [FromForm] int? fy, CancellationToken cancellationToken)
    {
        var years = await reports.FiscalYearsAsync(cancellationToken);
        var commit = command == "commit";
        if (file is null || file.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ImportPage(fy ?? DefaultYear(), years, new ImportResult(false, 0, 0, [new ImportProblem(0, "CSVファイルを選択してください。 / Choose a CSV file.")]), !commit, null));
        }

        if (file.Length > MaxUploadBytes)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ImportPage(fy ?? DefaultYear(), years, new ImportResult(false, 0, 0, [new ImportProblem(0, "ファイルが大きすぎます（10MBまで）。 / The file is too large (10 MB at most).")]), !commit, file.FileName));
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
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(new ImportPage(fy ?? DefaultYear(), years, new ImportResult(false, 0, 0, [new ImportProblem(0, "文字コードはUTF-8にしてください。 / Save the CSV as UTF-8.")]), !commit, file.FileName));
            }
        }

        var result = await import.ImportAsync(text, ReportingActor.From(User), commit, cancellationToken);
        if (result.Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(new ImportPage(fy ?? DefaultYear(), years, result, !commit, file.FileName));
    }

    private FileContentResult Download(List<object?[]> rows, string? format, string asciiName, string name)
    {
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Response.SetAttachment(asciiName + ".xlsx", name + ".xlsx");
            return File(Spreadsheet.Workbook(new Spreadsheet.Sheet("reporting", ExportService.Columns, rows)), Spreadsheet.ContentType);
        }

        Response.SetAttachment(asciiName + ".csv", name + ".csv");
        return File(Spreadsheet.Csv(ExportService.Columns, rows), Csv.ContentType);
    }

    /// <summary>The last fiscal year the programme data reports (FY2020) when none is asked for.</summary>
    private static int DefaultYear() => AllJapanTokyo.Infrastructure.Seed.ProgrammeDataSeeder.ReportedThroughFiscalYear;
}
