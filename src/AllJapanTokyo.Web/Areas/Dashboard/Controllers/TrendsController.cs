using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Trends;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Controllers;

/// <summary>Indicator trends: every indicator of every measure across FY2015–FY2020, as a chart, a table and downloads.</summary>
[Area("Dashboard")]
[Route("dashboard/trends")]
[AllLanguages]
public sealed class TrendsController(TrendsService trends, PublishedViewCache cache, IStringLocalizer L) : Controller
{
    [HttpGet("")]
    [PublishedPage]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await cache.GetOrCreateAsync("/dashboard/trends", trends.IndexAsync, cancellationToken));

    [HttpGet("{initiative:regex(^\\d+-\\d+$)}/{indicator:regex(^[[a-z0-9_]]+$)}")]
    [PublishedPage]
    public async Task<IActionResult> Series(string initiative, string indicator, CancellationToken cancellationToken) =>
        await SeriesAsync(initiative, indicator, cancellationToken) is { } series ? View(series) : NotFound();

    [HttpGet("{initiative:regex(^\\d+-\\d+$)}/{indicator:regex(^[[a-z0-9_]]+$)}.csv")]
    public async Task<IActionResult> Csv(string initiative, string indicator, CancellationToken cancellationToken)
    {
        if (await SeriesAsync(initiative, indicator, cancellationToken) is not { } series)
        {
            return NotFound();
        }

        SetAttachment(series, "csv");
        return File(TrendsExport.ToCsv(series, L), Web.Infrastructure.Csv.ContentType);
    }

    [HttpGet("{initiative:regex(^\\d+-\\d+$)}/{indicator:regex(^[[a-z0-9_]]+$)}.xlsx")]
    public async Task<IActionResult> Workbook(string initiative, string indicator, CancellationToken cancellationToken)
    {
        if (await SeriesAsync(initiative, indicator, cancellationToken) is not { } series)
        {
            return NotFound();
        }

        SetAttachment(series, "xlsx");
        return File(TrendsExport.ToWorkbook(series, L), Spreadsheet.ContentType);
    }

    private void SetAttachment(TrendSeries series, string extension) =>
        Response.SetAttachment(TrendsExport.AsciiFileName(series, extension), TrendsExport.FileName(series, extension, L));

    private Task<TrendSeries?> SeriesAsync(string initiative, string indicator, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync($"/dashboard/trends/{initiative}/{indicator}", ct => trends.SeriesAsync(initiative, indicator, ct), cancellationToken);
}
