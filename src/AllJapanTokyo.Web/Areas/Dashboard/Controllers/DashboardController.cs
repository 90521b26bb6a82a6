using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Controllers;

/// <summary>The cross-prefecture views: one fiscal year across Japan, and one initiative.</summary>
[Area("Dashboard")]
[Route("dashboard")]
[AllLanguages]
public sealed partial class DashboardController(DashboardService dashboard, PublishedViewCache cache, ProcurementFiguresService procurement) : Controller
{
    /// <summary>
    /// /dashboard?fy=2020&amp;indicator=events&amp;view=map|bars&amp;sort=code|value&amp;highlight=15. Anything it cannot
    /// show (a year outside FY2015–FY2020, an unknown indicator, view, sort or prefecture) is named in a message and
    /// the default is shown instead: never an error page.
    /// </summary>
    [HttpGet("")]
    [PublishedPage]
    public async Task<IActionResult> Index(
        [FromQuery] string? fy,
        [FromQuery] string? indicator,
        [FromQuery] string? view,
        [FromQuery] string? sort,
        [FromQuery] string? highlight,
        CancellationToken cancellationToken) =>
        View(await PageAsync(fy, indicator, view, sort, highlight, cancellationToken));

    /// <summary>/dashboard.csv?fy=2020&amp;indicator=…&amp;sort=…: the table of the page, in the page's order.</summary>
    [HttpGet("~/dashboard.csv")]
    public async Task<IActionResult> Csv(
        [FromQuery] string? fy,
        [FromQuery] string? indicator,
        [FromQuery] string? sort,
        CancellationToken cancellationToken)
    {
        var page = await PageAsync(fy, indicator, null, sort, null, cancellationToken);
        Response.SetAttachment(DashboardPages.AsciiFileName(page, "csv"), DashboardPages.FileName(page, "csv"));
        return File(Web.Infrastructure.Spreadsheet.Csv(DashboardPages.ExportHeader(page), DashboardPages.ExportRows(page)), Web.Infrastructure.Csv.ContentType);
    }

    /// <summary>/dashboard.xlsx?fy=2020&amp;indicator=…&amp;sort=….</summary>
    [HttpGet("~/dashboard.xlsx")]
    public async Task<IActionResult> Workbook(
        [FromQuery] string? fy,
        [FromQuery] string? indicator,
        [FromQuery] string? sort,
        CancellationToken cancellationToken)
    {
        var page = await PageAsync(fy, indicator, null, sort, null, cancellationToken);
        Response.SetAttachment(DashboardPages.AsciiFileName(page, "xlsx"), DashboardPages.FileName(page, "xlsx"));
        return File(
            Web.Infrastructure.Spreadsheet.Workbook(new Web.Infrastructure.Spreadsheet.Sheet(page.Overview.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), DashboardPages.ExportHeader(page), DashboardPages.ExportRows(page), [8, 12, 14, 14, 16, 8, 40])),
            Web.Infrastructure.Spreadsheet.ContentType);
    }

    /// <summary>
    /// Anything the page cannot show (a year outside FY2015–FY2020, an unknown indicator, view, sort or prefecture) is
    /// named in a message and the default is shown instead: never an error page.
    /// </summary>
    private async Task<DashboardPage> PageAsync(string? fy, string? indicator, string? view, string? sort, string? highlight, CancellationToken cancellationToken)
    {
        var validYear = ParticipationRules.TryParseFiscalYear(fy, out var fiscalYear);
        var validView = DashboardRanking.TryParseView(view, out var chosenView);
        var validSort = DashboardRanking.TryParseSort(sort, out var chosenSort);
        string? highlightCode = null;
        var validHighlight = string.IsNullOrWhiteSpace(highlight) || ParticipationRules.TryNormalizePrefectureCode(highlight, out highlightCode!);

        // Only a well-formed indicator code is looked up (and cached); anything else is refused without a query.
        var asked = indicator?.Trim();
        var wellFormed = string.IsNullOrEmpty(asked) || MetricCode().IsMatch(asked);
        var overview = await cache.GetOrCreateAsync(
            $"/dashboard?fy={fiscalYear}&indicator={(wellFormed ? asked : "")}",
            ct => dashboard.OverviewAsync(fiscalYear, null, wellFormed ? asked : null, ct),
            cancellationToken);
        overview = overview with
        {
            RefusedFiscalYear = validYear ? null : fy,
            RefusedIndicator = wellFormed ? overview.RefusedIndicator : indicator,
        };

        return DashboardPages.Create(
            overview,
            chosenView,
            chosenSort,
            validHighlight ? highlightCode : null,
            validView ? null : view,
            validSort ? null : sort,
            validHighlight ? null : highlight);
    }

    /// <summary>
    /// /dashboard/procurement: the tender portal's figures for initiative 1-1. Not cached: enterprise screening and
    /// tender publication do not move the published-data version.
    /// </summary>
    [HttpGet("procurement")]
    public async Task<IActionResult> Procurement(CancellationToken cancellationToken) =>
        View(await procurement.FiguresAsync(cancellationToken));

    /// <summary>/dashboard/procurement.csv: the page's numbers in one long table (UTF-8 with BOM).</summary>
    [HttpGet("~/dashboard/procurement.csv")]
    public async Task<IActionResult> ProcurementCsv(CancellationToken cancellationToken)
    {
        var figures = await procurement.FiguresAsync(cancellationToken);
        Response.SetAttachment(ProcurementFiguresExport.AsciiFileName("csv"), ProcurementFiguresExport.FileName("csv"));
        return File(ProcurementFiguresExport.ToCsv(figures), Web.Infrastructure.Csv.ContentType);
    }

    /// <summary>/dashboard/procurement.xlsx: the page's three tables as sheets.</summary>
    [HttpGet("~/dashboard/procurement.xlsx")]
    public async Task<IActionResult> ProcurementWorkbook(CancellationToken cancellationToken)
    {
        var figures = await procurement.FiguresAsync(cancellationToken);
        Response.SetAttachment(ProcurementFiguresExport.AsciiFileName("xlsx"), ProcurementFiguresExport.FileName("xlsx"));
        return File(ProcurementFiguresExport.Workbook(figures), Web.Infrastructure.Spreadsheet.ContentType);
    }

    /// <summary>/dashboard/initiatives/4-2.</summary>
    [HttpGet("initiatives/{code}")]
    [PublishedPage]
    public async Task<IActionResult> Initiative(string code, CancellationToken cancellationToken)
    {
        var page = await cache.GetOrCreateAsync($"/dashboard/initiatives/{code}", ct => dashboard.InitiativeAsync(code, ct), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(initiatives|events|[0-9]{1,2}-[0-9]{1,2}:[a-z0-9_]{1,60})$")]
    private static partial System.Text.RegularExpressions.Regex MetricCode();
}
