using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Controllers;

/// <summary>Indicator trends: every indicator of every measure across FY2015–FY2020, as a chart, a table and downloads.</summary>
[Area("Dashboard")]
[Route("dashboard/trends")]
[AllLanguages]
public sealed class TrendsController(TrendsService trends, PublishedViewCache cache) : Controller
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
        return File(TrendsService.ToCsv(series), Web.Infrastructure.Csv.ContentType);
    }

    [HttpGet("{initiative:regex(^\\d+-\\d+$)}/{indicator:regex(^[[a-z0-9_]]+$)}.xlsx")]
    public async Task<IActionResult> Workbook(string initiative, string indicator, CancellationToken cancellationToken)
    {
        if (await SeriesAsync(initiative, indicator, cancellationToken) is not { } series)
        {
            return NotFound();
        }

        SetAttachment(series, "xlsx");
        return File(TrendsService.ToWorkbook(series), Web.Infrastructure.Spreadsheet.ContentType);
    }

    private void SetAttachment(TrendSeries series, string extension) =>
        Response.SetAttachment(TrendsService.AsciiFileName(series, extension), TrendsService.FileName(series, extension));

    private Task<TrendSeries?> SeriesAsync(string initiative, string indicator, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync($"/dashboard/trends/{initiative}/{indicator}", ct => trends.SeriesAsync(initiative, indicator, ct), cancellationToken);
}
