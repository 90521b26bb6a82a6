using AllJapanTokyo.Web.Areas.Fairs.Exhibitors;
using AllJapanTokyo.Web.Areas.Fairs.Models;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Fairs.Controllers;

/// <summary>The public exhibitor directory of an event the portal runs: its confirmed exhibitors, in every language.</summary>
[Area("Fairs")]
[Route("fairs/events/{id:int}/exhibitors")]
[AllLanguages]
public sealed class ExhibitorsController(ExhibitorService exhibitors) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, [FromQuery] string? prefecture, [FromQuery] int? category, [FromQuery] string? q, CancellationToken cancellationToken)
    {
        var keyword = q is { Length: > 100 } ? q[..100] : q;
        var model = await exhibitors.DirectoryAsync(id, new DirectoryFilter(prefecture, category, keyword), User.Identity?.IsAuthenticated == true, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{applicationId:int}")]
    public async Task<IActionResult> Details(int id, int applicationId, CancellationToken cancellationToken)
    {
        var model = await exhibitors.ExhibitorAsync(id, applicationId, User.Identity?.IsAuthenticated == true, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
