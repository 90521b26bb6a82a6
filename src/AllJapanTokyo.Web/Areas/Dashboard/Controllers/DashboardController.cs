using System.Globalization;
using AllJapanTokyo.Web.Areas.Dashboard.Initiatives;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Overview;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using AllJapanTokyo.Web.Areas.Dashboard.Procurement;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Controllers;

/// <summary>The cross-prefecture views: one fiscal year across Japan, one initiative, and the tender portal's figures.</summary>
[Area("Dashboard")]
[Route("dashboard")]
[AllLanguages]
public sealed partial class DashboardController(
    OverviewService overviews,
    InitiativePageService initiatives,
    ProcurementFiguresService procurement,
    PublishedViewCache cache,
    DashboardFragmentStore fragments,
    DashboardPageTemplates templates,
    IStringLocalizer L) : Controller
{
    /// <summary>
    /// /dashboard?fy=2020&amp;indicator=events&amp;view=map|bars&amp;sort=code|value&amp;highlight=15. Anything it cannot
    /// show (a year outside FY2015–FY2020, an unknown indicator, view, sort or prefecture) is named in a message and
    /// the default is shown instead: never an error page. The page everyone gets is written from its kept template
    /// (<see cref="DashboardPageTemplates"/>), the same text the view renders.
    /// </summary>
    [HttpGet("")]
    [PublishedPage]
    public async Task<IActionResult> Index(
        [FromQuery] string? fy,
        [FromQuery] string? indicator,
        [FromQuery] string? view,
        [FromQuery] string? sort,
        [FromQuery] string? highlight,
        CancellationToken cancellationToken)
    {
        var page = await PageAsync(fy, indicator, view, sort, highlight, cancellationToken);
        return await templates.ResultAsync(this, page, await cache.VersionAsync(cancellationToken)) ?? View(page);
    }

    /// <summary>/dashboard.csv?fy=2020&amp;indicator=…&amp;sort=…: the table of the page, in the page's order.</summary>
    [HttpGet("~/dashboard.csv")]
    public async Task<IActionResult> Csv(
        [FromQuery] string? fy,
        [FromQuery] string? indicator,
        [FromQuery] string? sort,
        CancellationToken cancellationToken)
    {
        var page = await PageAsync(fy, indicator, null, sort, null, cancellationToken);
        Response.SetAttachment(DashboardPages.AsciiFileName(page, "csv"), DashboardPages.FileName(page, "csv", L));
        return File(Spreadsheet.Csv(DashboardPages.ExportHeader(page, L), DashboardPages.ExportRows(page)), Web.Infrastructure.Csv.ContentType);
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
        Response.SetAttachment(DashboardPages.AsciiFileName(page, "xlsx"), DashboardPages.FileName(page, "xlsx", L));
        return File(
            Spreadsheet.Workbook(new Spreadsheet.Sheet(page.Overview.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), DashboardPages.ExportHeader(page, L), DashboardPages.ExportRows(page), [8, 12, 14, 14, 16, 8, 40])),
            Spreadsheet.ContentType);
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
        Response.SetAttachment(ProcurementFiguresExport.AsciiFileName("csv"), ProcurementFiguresExport.FileName("csv", L));
        return File(ProcurementFiguresExport.ToCsv(figures, L), Web.Infrastructure.Csv.ContentType);
    }

    /// <summary>/dashboard/procurement.xlsx: the page's three tables as sheets.</summary>
    [HttpGet("~/dashboard/procurement.xlsx")]
    public async Task<IActionResult> ProcurementWorkbook(CancellationToken cancellationToken)
    {
        var figures = await procurement.FiguresAsync(cancellationToken);
        Response.SetAttachment(ProcurementFiguresExport.AsciiFileName("xlsx"), ProcurementFiguresExport.FileName("xlsx", L));
        return File(ProcurementFiguresExport.Workbook(figures, L), Spreadsheet.ContentType);
    }

    /// <summary>/dashboard/initiatives/4-2.</summary>
    [HttpGet("initiatives/{code}")]
    [PublishedPage]
    public async Task<IActionResult> Initiative(string code, CancellationToken cancellationToken)
    {
        var page = await cache.GetOrCreateAsync($"/dashboard/initiatives/{code}", ct => initiatives.InitiativeAsync(code, ct), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    /// <summary>The page of the asked year, indicator, view, sort and highlight; what it cannot show is named in its problems.</summary>
    private async Task<DashboardPage> PageAsync(string? fy, string? indicator, string? view, string? sort, string? highlight, CancellationToken cancellationToken)
    {
        var problems = new List<DashboardProblem>();
        if (!ParticipationRules.TryParseFiscalYear(fy, out var fiscalYear))
        {
            problems.Add(new DashboardProblem.UnknownFiscalYear(fy ?? "", ParticipationRules.FirstFiscalYear, ParticipationRules.LastFiscalYear, fiscalYear));
        }

        // Only a well-formed indicator code is looked up (and cached); anything else is refused without a query.
        var asked = indicator?.Trim();
        var wellFormed = string.IsNullOrEmpty(asked) || MetricCode().IsMatch(asked);
        var viewKnown = DashboardRanking.TryParseView(view, out var chosenView);
        var sortKnown = DashboardRanking.TryParseSort(sort, out var chosenSort);
        var overviewKey = $"/dashboard?fy={fiscalYear}&indicator={(wellFormed ? asked : "")}";

        // The page without a highlight is kept per published-data version, language, year, indicator, view and sort
        // (DashboardFragmentStore); a highlight is set on a copy.
        var plain = await fragments.PageAsync(
            $"{await cache.VersionAsync(cancellationToken)}|{CultureInfo.CurrentUICulture.Name}|{overviewKey}|{chosenView.Code()}|{chosenSort.Code()}",
            async () => DashboardPages.Create(
                await cache.GetOrCreateAsync(overviewKey, ct => overviews.OverviewAsync(fiscalYear, wellFormed ? asked : null, ct), cancellationToken),
                chosenView,
                chosenSort,
                null,
                L));
        if ((wellFormed ? plain.Overview.UnknownIndicator : indicator) is { } unknownIndicator)
        {
            problems.Add(new DashboardProblem.UnknownIndicator(unknownIndicator, plain.Metric));
        }

        if (!viewKnown)
        {
            problems.Add(new DashboardProblem.UnknownView(view ?? ""));
        }

        if (!sortKnown)
        {
            problems.Add(new DashboardProblem.UnknownSort(sort ?? ""));
        }

        string? highlightCode = null;
        if (!string.IsNullOrWhiteSpace(highlight))
        {
            if (ParticipationRules.TryNormalizePrefectureCode(highlight, out var normalized))
            {
                highlightCode = normalized;
            }
            else
            {
                problems.Add(new DashboardProblem.UnknownPrefecture(highlight));
            }
        }

        return DashboardPages.WithHighlight(plain, highlightCode, L, problems);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(initiatives|events|[0-9]{1,2}-[0-9]{1,2}:[a-z0-9_]{1,60})$")]
    private static partial System.Text.RegularExpressions.Regex MetricCode();
}
