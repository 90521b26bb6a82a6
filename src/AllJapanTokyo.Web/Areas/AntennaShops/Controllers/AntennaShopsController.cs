using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.AntennaShops.Models;
using AllJapanTokyo.Web.Areas.AntennaShops.Rally;
using AllJapanTokyo.Web.Areas.AntennaShops.Shops;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Controllers;

/// <summary>Promoting the prefectures' antenna shops in Tokyo (measure 6-1): public pages.</summary>
[Area("AntennaShops")]
[Route("antenna-shops")]
[AllLanguages]
public sealed class AntennaShopsController(AntennaShopsService antennaShops, ShopDirectory directory, RallyService rally, AppDbContext db) : Controller
{
    /// <summary>The shop directory, filtered by area, prefecture, open now and restaurant, and the rallies so far.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? region, string? prefecture, bool open, bool restaurant, CancellationToken cancellationToken)
    {
        var filter = new ShopFilter(region, prefecture, open, restaurant);
        var today = rally.JapanToday;
        var model = await antennaShops.GetIndexAsync(cancellationToken) with { };
        return View(model with
        {
            Directory = new ShopDirectoryPage(
                filter,
                await directory.RegionsAsync(cancellationToken),
                await db.PrefectureOptionsAsync(cancellationToken),
                await directory.ListAsync(filter, cancellationToken),
                (await rally.EditionsAsync(cancellationToken)).Where(e => e.IsOpenOn(today)).ToList(),
                directory.JapanNow),
        });
    }

    [HttpGet("shops/{id:int}")]
    public async Task<IActionResult> Shop(int id, CancellationToken cancellationToken)
    {
        if (await directory.ShopAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var keeper = Keeper(User);
        var editions = (await rally.EditionsAsync(cancellationToken)).Where(e => !e.HasEndedBy(rally.JapanToday)).ToList();
        return View(new ShopPage(item, keeper?.MayKeep(item.Shop) == true, editions, await directory.HasPhotoAsync(id, cancellationToken)));
    }

    /// <summary>The shop's uploaded photo, served from the portal's own origin (the CSP allows images from nowhere else).</summary>
    [HttpGet("shops/{id:int}/photo")]
    [ResponseCache(Duration = 300, Location = ResponseCacheLocation.Client)]
    public async Task<IActionResult> Photo(int id, CancellationToken cancellationToken)
    {
        if (await directory.PhotoAsync(id, cancellationToken) is not { } photo)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(photo.Content, photo.ContentType);
    }

    [HttpGet("stamp-rallies/{fy:int}")]
    public async Task<IActionResult> StampRally(int fy, CancellationToken cancellationToken) =>
        await antennaShops.GetRallyAsync(fy, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>The signed-in person as a keeper of shops: prefecture staff or Tokyo staff; null for anyone else.</summary>
    internal static ShopKeeper? Keeper(System.Security.Claims.ClaimsPrincipal user)
    {
        var tokyo = user.IsInRole(Roles.TokyoOfficial) || user.IsInRole(Roles.Administrator);
        return tokyo || user.IsInRole(Roles.PrefectureStaff) ? new ShopKeeper(user.PrefectureCode(), tokyo) : null;
    }
}
