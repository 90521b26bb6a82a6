using System.Globalization;
using System.Net;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.AntennaShops.Models;
using AllJapanTokyo.Web.Areas.AntennaShops.Rally;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Controllers;

/// <summary>
/// The staff's side of the stamp rally. A shop's counter code is shown to its prefecture's staff (or Tokyo staff);
/// editions, their dashboards, the draw and the figures are Tokyo's.
/// </summary>
[Area("AntennaShops")]
[Route("antenna-shops/rally")]
[Authorize(Policy = Policies.Reporting)]
public sealed class RallyStaffController(RallyService rally, StampCodes codes, AppDbContext db, PortalAddress address, IStringLocalizer L) : Controller
{
    [HttpGet("manage")]
    public async Task<IActionResult> Manage(CancellationToken cancellationToken) => View(await ManagePageAsync([], cancellationToken));

    /// <summary>A new edition: name, dates, the count that completes a card, prizes, rules, the shops taking part.</summary>
    [HttpPost("manage")]
    [ValidateAntiForgeryToken]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Manage(
        [FromForm] string? name, [FromForm] DateOnly? startsOn, [FromForm] DateOnly? endsOn, [FromForm] string? stampsToComplete,
        [FromForm] string? prizeCount, [FromForm] string? prizes, [FromForm] string? rules, [FromForm] int[] shops, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > RallyEdition.NameMaxLength)
        {
            problems.Add(L["名称を入力してください（100文字まで）"]);
        }

        if (startsOn is null || endsOn is null || endsOn < startsOn)
        {
            problems.Add(L["開始日と終了日を入力してください（終了日は開始日以後）"]);
        }

        var known = await db.AntennaShops.Where(s => shops.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        if (known.Count == 0)
        {
            problems.Add(L["参加ショップを選んでください"]);
        }

        if (TypedNumber.TryParseCount(stampsToComplete, 1000, out var needed) is not null || needed is not { } n || n < 1 || n > known.Count)
        {
            problems.Add(L["達成に必要なスタンプ数は1以上、参加ショップ数以下の整数で入力してください"]);
        }

        if (TypedNumber.TryParseCount(prizeCount, 100000, out var prizeNumber) is not null || prizeNumber is null)
        {
            problems.Add(L["当選数は0以上の整数で入力してください"]);
        }

        if ((prizes?.Length ?? 0) > RallyEdition.TextMaxLength || (rules?.Length ?? 0) > RallyEdition.TextMaxLength)
        {
            problems.Add(L["賞品とルールは2000文字までです"]);
        }

        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await ManagePageAsync(problems, cancellationToken));
        }

        var edition = new RallyEdition
        {
            NameJa = name!.Trim(),
            StartsOn = startsOn!.Value,
            EndsOn = endsOn!.Value,
            StampsToComplete = (int)needed!.Value,
            PrizeCount = (int)prizeNumber!.Value,
            PrizesJa = prizes?.Trim() ?? "",
            RulesJa = rules?.Trim() ?? "",
            Shops = known.Select(id => new RallyShop { ShopId = id }).ToList(),
        };
        db.RallyEditions.Add(edition);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToAction(nameof(Dashboard), new { id = edition.Id });
    }

    /// <summary>The code a shop's counter shows this minute, as a QR code; the page reloads when the minute turns.</summary>
    [HttpGet("{id:int}/counter/{shopId:int}")]
    public async Task<IActionResult> Counter(int id, int shopId, CancellationToken cancellationToken)
    {
        if (await rally.EditionAsync(id, cancellationToken) is not { } edition
            || edition.Shops.FirstOrDefault(s => s.ShopId == shopId)?.Shop is not { } shop)
        {
            return NotFound();
        }

        if (!RallyService.MayShowCounter(shop, User.PrefectureCode(), IsTokyoStaff))
        {
            return Forbid();
        }

        var code = codes.Issue(shop.Id, edition.Id);
        var path = Url.Action("Stamp", "Rally", new { area = "AntennaShops", id = edition.Id, code }) ?? "";
        // The address in the code is the root (Japanese) one: the visitor's phone opens it and picks a language there.
        var url = address.BaseUrl + path[(Request.PathBase.Value?.Length ?? 0)..];
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6)
            .Replace("<svg ", $"<svg role=\"img\" aria-label=\"{WebUtility.HtmlEncode(L["スタンプのQRコード"])}\" ", StringComparison.Ordinal);
        Response.Headers.CacheControl = "no-store";
        return View(new CounterPage(edition, shop, svg, url, codes.SecondsLeft));
    }

    [HttpGet("{id:int}/dashboard")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Dashboard(int id, CancellationToken cancellationToken) =>
        await rally.EditionAsync(id, cancellationToken) is { } edition
            ? View(new RallyDashboardPage(edition, await rally.FiguresAsync(edition, cancellationToken), edition.HasEndedBy(rally.JapanToday), null))
            : NotFound();

    [HttpGet("{id:int}/stamps.csv")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> StampsCsv(int id, CancellationToken cancellationToken) =>
        await rally.EditionAsync(id, cancellationToken) is { } edition
            ? File(RallyService.FiguresCsv(await rally.FiguresAsync(edition, cancellationToken)), Csv.ContentType, $"stamp-rally-{edition.Id.ToString(CultureInfo.InvariantCulture)}-stamps.csv")
            : NotFound();

    /// <summary>Runs the draw with the seed typed (to re-run a published one elsewhere) or a random one; either is recorded.</summary>
    [HttpPost("{id:int}/draw")]
    [ValidateAntiForgeryToken]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Draw(int id, [FromForm] string? seed, CancellationToken cancellationToken)
    {
        int? chosen = null;
        if (!string.IsNullOrWhiteSpace(seed))
        {
            if (TypedNumber.TryParseCount(seed, int.MaxValue, out var typed) is not null || typed is null)
            {
                return await DashboardWithProblemAsync(id, L["シードは0以上の整数で入力してください"], cancellationToken);
            }

            chosen = (int)typed.Value;
        }

        return await rally.DrawAsync(id, chosen, cancellationToken) is { } problem
            ? await DashboardWithProblemAsync(id, L.Of(problem), cancellationToken)
            : RedirectToAction(nameof(Dashboard), new { id });
    }

    [HttpPost("{id:int}/figures")]
    [ValidateAntiForgeryToken]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> ProposeFigures(int id, CancellationToken cancellationToken) =>
        await rally.ProposeFiguresAsync(id, cancellationToken) is { } problem
            ? await DashboardWithProblemAsync(id, L.Of(problem), cancellationToken)
            : RedirectToAction(nameof(Dashboard), new { id });

    private bool IsTokyoStaff => AntennaShopsController.Keeper(User)?.IsTokyoStaff == true;

    private async Task<IActionResult> DashboardWithProblemAsync(int id, string problem, CancellationToken cancellationToken)
    {
        if (await rally.EditionAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Dashboard), new RallyDashboardPage(edition, await rally.FiguresAsync(edition, cancellationToken), edition.HasEndedBy(rally.JapanToday), problem));
    }

    private async Task<RallyManagePage> ManagePageAsync(IReadOnlyList<string> problems, CancellationToken cancellationToken) =>
        new(await db.RallyEditions.AsNoTracking().Include(e => e.Shops).ThenInclude(s => s.Shop).AsSplitQuery().OrderByDescending(e => e.StartsOn).ToListAsync(cancellationToken),
            await db.AntennaShops.AsNoTracking().OrderBy(s => s.PrefectureCode).ThenBy(s => s.NameJa).ToListAsync(cancellationToken),
            IsTokyoStaff,
            User.PrefectureCode(),
            problems);
}
