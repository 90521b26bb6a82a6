using System.Security.Claims;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Controllers;

/// <summary>The signed-in person's notifications: what others handed over to them, newest first.</summary>
[Authorize]
[Route("notifications")]
public sealed class NotificationsController(NotificationList notifications) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await notifications.PageAsync(UserId, page, cancellationToken));

    /// <summary>Opening is a POST: it marks the notification read before leading to its page.</summary>
    [HttpPost("{id:long}/open")]
    public async Task<IActionResult> Open(long id, CancellationToken cancellationToken) =>
        await notifications.OpenAsync(UserId, id, cancellationToken) is { } link ? LocalRedirect(Url.Content("~" + link)) : NotFound();

    [HttpPost("read")]
    public async Task<IActionResult> MarkAllRead(CancellationToken cancellationToken)
    {
        await notifications.MarkAllReadAsync(UserId, cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}
