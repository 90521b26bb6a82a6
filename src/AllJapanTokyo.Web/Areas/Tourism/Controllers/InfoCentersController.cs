using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Tourism.InfoCenters;
using AllJapanTokyo.Web.Areas.Tourism.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Tourism.Controllers;

/// <summary>
/// The tourist information centres: public pages in every language saying whether each centre is open today and now
/// (not published pages, since that moves with the clock), and the staff's form, closure periods and CSV import.
/// </summary>
[Area("Tourism")]
[Route("tourism/info-centres")]
public sealed class InfoCentersController(InfoCenterDirectory centers) : Controller
{
    private const int MaxUploadBytes = 1024 * 1024;

    [HttpGet("")]
    [AllLanguages]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new InfoCentersPage(await centers.ListAsync(cancellationToken), centers.NowUtc, Keeper()));

    [HttpGet("{id:int}")]
    [AllLanguages]
    public async Task<IActionResult> Center(int id, CancellationToken cancellationToken) =>
        await centers.CenterAsync(id, cancellationToken) is { } center ? View(new InfoCenterPage(center, centers.NowUtc, Keeper()?.MayKeep(center.Center) == true)) : NotFound();

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.Reporting)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (await centers.CenterAsync(id, cancellationToken) is not { } center)
        {
            return NotFound();
        }

        return Keeper()!.MayKeep(center.Center) ? View(new InfoCenterFormPage(center, InfoCenterInput.From(center.Center), null, [])) : Forbid();
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.Reporting)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, [FromForm] InfoCenterInput input, CancellationToken cancellationToken) =>
        await ResultAsync(id, await centers.SaveAsync(id, input, Keeper()!, cancellationToken), input, null, cancellationToken);

    [HttpPost("{id:int}/closures")]
    [Authorize(Policy = Policies.Reporting)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddClosure(int id, [FromForm] InfoCenterClosureInput closure, CancellationToken cancellationToken) =>
        await ResultAsync(id, await centers.AddClosureAsync(id, closure, Keeper()!, cancellationToken), null, closure, cancellationToken);

    [HttpPost("{id:int}/closures/{closureId:int}/remove")]
    [Authorize(Policy = Policies.Reporting)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RemoveClosure(int id, int closureId, CancellationToken cancellationToken) =>
        await centers.RemoveClosureAsync(id, closureId, Keeper()!, cancellationToken) switch
        {
            true => RedirectToAction(nameof(Edit), new { id }),
            false => NotFound(),
            null => Forbid(),
        };

    [HttpGet("import")]
    [Authorize(Policy = Policies.Reporting)]
    public IActionResult Import() => View(new InfoCenterImportPage(null, null));

    [HttpPost("import")]
    [Authorize(Policy = Policies.Reporting)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Import([FromForm] IFormFile? file, [FromForm] string? text, [FromForm] string? command, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 and <= MaxUploadBytes })
        {
            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        var result = await centers.ImportAsync(text ?? "", Keeper()!, command == "commit", cancellationToken);
        if (!result.Accepted)
        {
            Response.StatusCode = result.Refused.Any(l => l.Problems.Any(p => p.Problem == InfoCenterProblem.NotYourPrefecture))
                ? StatusCodes.Status403Forbidden
                : StatusCodes.Status422UnprocessableEntity;
        }

        return View(new InfoCenterImportPage(result, result.Committed ? null : text));
    }

    /// <summary>A refused form is shown again with what was typed; another prefecture's centre is 403.</summary>
    private async Task<IActionResult> ResultAsync(int id, IReadOnlyList<InfoCenterFieldProblem>? problems, InfoCenterInput? input, InfoCenterClosureInput? closure, CancellationToken cancellationToken)
    {
        if (problems is null || await centers.CenterAsync(id, cancellationToken) is not { } center)
        {
            return NotFound();
        }

        if (problems.Count == 0)
        {
            return RedirectToAction(closure is null ? nameof(Center) : nameof(Edit), new { id });
        }

        Response.StatusCode = problems.Any(p => p.Problem == InfoCenterProblem.NotYourPrefecture) ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Edit), new InfoCenterFormPage(center, input ?? InfoCenterInput.From(center.Center), closure, problems));
    }

    private CenterKeeper? Keeper()
    {
        var tokyo = User.IsInRole(Roles.TokyoOfficial) || User.IsInRole(Roles.Administrator);
        return tokyo || User.IsInRole(Roles.PrefectureStaff) ? new CenterKeeper(User.PrefectureCode(), tokyo) : null;
    }
}
