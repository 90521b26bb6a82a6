using AllJapanTokyo.Web.Areas.Dashboard.Matrix;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Controllers;

/// <summary>
/// The participation matrix: 47 prefectures × 26 initiatives, for one fiscal year (?fy=2020) or for FY2015–FY2020
/// together (no fy, or fy=all), as a page, as CSV and as an Excel workbook.
/// </summary>
[Area("Dashboard")]
[Route("dashboard/matrix")]
[AllLanguages]
public sealed class MatrixController(MatrixService matrices, PublishedViewCache cache, IStringLocalizer L) : Controller
{
    [HttpGet("")]
    [PublishedPage]
    public async Task<IActionResult> Index([FromQuery] string? fy, CancellationToken cancellationToken) =>
        View(await LoadAsync(fy, cancellationToken));

    [HttpGet("~/dashboard/matrix.csv")]
    public async Task<IActionResult> Csv([FromQuery] string? fy, CancellationToken cancellationToken)
    {
        var matrix = await LoadAsync(fy, cancellationToken);
        SetAttachment(matrix, "csv");
        return File(MatrixExport.ToCsv(matrix, L), Web.Infrastructure.Csv.ContentType);
    }

    [HttpGet("~/dashboard/matrix.xlsx")]
    public async Task<IActionResult> Workbook([FromQuery] string? fy, CancellationToken cancellationToken)
    {
        var matrix = await LoadAsync(fy, cancellationToken);
        SetAttachment(matrix, "xlsx");
        return File(MatrixExport.Workbook(matrix, L), Spreadsheet.ContentType);
    }

    private Task<ParticipationMatrix> LoadAsync(string? fy, CancellationToken cancellationToken)
    {
        var (fiscalYear, refused) = MatrixService.ParseFiscalYear(fy);
        return cache.GetOrCreateAsync(
            $"/dashboard/matrix?fy={fiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ParticipationMatrix.AllYearsQuery}&refused={refused}",
            ct => matrices.MatrixAsync(fiscalYear, refused, ct),
            cancellationToken);
    }

    private void SetAttachment(ParticipationMatrix matrix, string extension) =>
        Response.SetAttachment(MatrixExport.AsciiFileName(matrix, extension), MatrixExport.FileName(matrix, extension, L));
}
