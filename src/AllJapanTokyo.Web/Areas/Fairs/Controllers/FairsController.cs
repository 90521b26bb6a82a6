using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs.Controllers;

/// <summary>Fairs, exhibitions, business meetings and festivals of the project, open to everyone.</summary>
[Area("Fairs")]
[Route("fairs")]
[AllLanguages]
public sealed class FairsController(FairsService fairs, Exhibitors.ExhibitorService exhibitors) : Controller
{
    /// <summary>The events and figures by fiscal year and measure; ?fy=2020&amp;initiative=2-3 narrows them.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? fy, [FromQuery] string? initiative, CancellationToken cancellationToken) =>
        View(await fairs.IndexAsync(fy, initiative, cancellationToken));

    /// <summary>One event; an event the portal runs also links to its exhibitors and its application form.</summary>
    [HttpGet("events/{id:int}")]
    public async Task<IActionResult> EventDetail(int id, CancellationToken cancellationToken)
    {
        if (await fairs.EventAsync(id, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        ViewData["RunEvent"] = await exhibitors.EventAsync(id, cancellationToken);
        return View(model);
    }

    [HttpGet("initiatives/{code}")]
    public async Task<IActionResult> InitiativeDetail(string code, CancellationToken cancellationToken) =>
        await fairs.InitiativeAsync(code, cancellationToken) is { } model ? View(model) : NotFound();
}
