using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Notifications;

/// <summary>The header's link to the notifications, with the number unread.</summary>
public sealed class UnreadNotificationsViewComponent(NotificationList notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await notifications.UnreadCountAsync(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted));
}
