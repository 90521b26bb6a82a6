using System.Globalization;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Admin.Controllers;

/// <summary>The operator's screening of registered enterprises: /admin/enterprises.</summary>
[Area("Admin")]
[Route("admin/enterprises")]
[Authorize(Policy = Policies.Administration)]
public sealed class EnterprisesController(EnterpriseScreeningService service) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? page, CancellationToken cancellationToken)
    {
        var chosen = Models.ScreeningText.Parse(status) ?? ScreeningStatus.Pending;
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

        var problem = await service.DecideAsync(id, chosen, reason, version, cancellationToken);
        if (problem is null)
        {
            TempData["Message"] = chosen switch
            {
                ScreeningAction.Approve => "承認し、企業に通知しました。 / Approved; the enterprise was notified.",
                ScreeningAction.Reject => "却下し、理由を企業に通知しました。 / Rejected; the reason was e-mailed.",
                ScreeningAction.Suspend => "利用を停止し、理由を企業に通知しました。 / Suspended; the reason was e-mailed.",
                _ => "利用停止を解除し、企業に通知しました。 / Reinstated; the enterprise was notified.",
            };
            return Redirect($"/admin/enterprises/{id.ToString(CultureInfo.InvariantCulture)}");
        }

        var model = await service.DetailsAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ModelState.AddModelError("reason", problem);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Details), model with { Reason = reason });
    }
}
