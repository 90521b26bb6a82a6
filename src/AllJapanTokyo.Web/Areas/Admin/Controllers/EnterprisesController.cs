using System.Globalization;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Admin.Controllers;

/// <summary>The operator's screening of registered enterprises: /admin/enterprises.</summary>
[Area("Admin")]
[Route("admin/enterprises")]
[Authorize(Policy = Policies.Administration)]
public sealed class EnterprisesController(EnterpriseScreeningService service, IStringLocalizer L) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? page, CancellationToken cancellationToken)
    {
        var chosen = AdminText.ParseCode<ScreeningStatus>(status) ?? ScreeningStatus.Pending;
        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
        return View(await service.ListAsync(chosen, number, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await service.DetailsAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>One decision: <paramref name="decision"/> is approve, reject, suspend or lift.</summary>
    [HttpPost("{id:int}/decide")]
    public async Task<IActionResult> Decide(int id, string? decision, string? reason, Guid version, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ScreeningAction>(decision, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            return BadRequest();
        }

        var (found, problem) = await service.DecideAsync(id, chosen, reason, version, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (problem is null)
        {
            TempData["Message"] = L.Done(chosen).Value;
            return RedirectToAction(nameof(Details), new { id });
        }

        var model = await service.DetailsAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ModelState.AddModelError("reason", L.Of(problem.Value).Value);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Details), model with { Reason = reason });
    }
}
