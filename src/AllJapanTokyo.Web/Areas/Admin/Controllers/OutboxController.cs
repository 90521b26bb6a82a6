using System.Globalization;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Admin.Controllers;

/// <summary>The mails of the outbox, their state and the mail server's answers, with a resend: /admin/outbox.</summary>
[Area("Admin")]
[Route("admin/outbox")]
[Authorize(Policy = Policies.Administration)]
public sealed class OutboxController(OutboxAdminService service, IStringLocalizer L) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? state, string? kind, string? page, CancellationToken cancellationToken) =>
        View(await ListAsync(state, kind, page, cancellationToken));

    /// <summary>Sends a sent or failed mail again; the list the administrator came from is shown again.</summary>
    [HttpPost("{id:long}/resend")]
    public async Task<IActionResult> Resend(long id, string? state, string? kind, string? page, CancellationToken cancellationToken)
    {
        switch (await service.ResendAsync(id, User.Identity?.Name ?? "", cancellationToken))
        {
            case ResendOutcome.NotFound:
                return NotFound();
            case ResendOutcome.Queued:
                TempData["Message"] = L.Of(ResendOutcome.Queued).Value;
                return RedirectToAction(nameof(Index), new { state, kind, page });
        }

        var model = await ListAsync(state, kind, page, cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Index), model with { Refused = ResendOutcome.StillPending });
    }

    /// <summary>The list as the address asks for it: ?state=failed&amp;kind=reporting.reminder&amp;page=2.</summary>
    private Task<OutboxListViewModel> ListAsync(string? state, string? kind, string? page, CancellationToken cancellationToken) =>
        service.ListAsync(
            AdminText.ParseCode<OutboxState>(state),
            string.IsNullOrWhiteSpace(kind) ? null : kind.Trim(),
            int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1,
            cancellationToken);
}
