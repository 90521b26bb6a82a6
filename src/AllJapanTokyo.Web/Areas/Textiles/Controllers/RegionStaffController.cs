using System.Text;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Textiles.Models;
using AllJapanTokyo.Web.Areas.Textiles.Regions;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Textiles.Controllers;

/// <summary>
/// The staff's keeping of the production regions: each prefecture's staff add and edit their own prefecture's regions
/// (another prefecture's is refused, 403, nothing stored), Tokyo staff any; the CSV import checks a whole file first and
/// stores it only whole.
/// </summary>
[Area("Textiles")]
[Route("textiles/production-regions")]
[Authorize(Policy = Policies.Reporting)]
public sealed class RegionStaffController(RegionDirectory directory, AppDbContext db) : Controller
{
    private const int MaxUploadBytes = 1024 * 1024;

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", new RegionFormPage(null, new RegionInput { PrefectureCode = Actor.PrefectureCode }, await db.PrefectureOptionsAsync(cancellationToken), []));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> New([FromForm] RegionInput input, CancellationToken cancellationToken) => SaveAsync(null, input, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(id, cancellationToken) is not { } region)
        {
            return NotFound();
        }

        return Actor.MayKeep(region)
            ? View(new RegionFormPage(id, RegionInput.From(region), await db.PrefectureOptionsAsync(cancellationToken), []))
            : Forbid();
    }

    [HttpPost("{id:int}/edit")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(int id, [FromForm] RegionInput input, CancellationToken cancellationToken) => SaveAsync(id, input, cancellationToken);

    [HttpGet("import")]
    public IActionResult Import() => View(new RegionImportPage(null, null));

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Import([FromForm] IFormFile? file, [FromForm] string? text, [FromForm] string? command, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 and <= MaxUploadBytes })
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        var result = await directory.ImportAsync(text ?? "", Actor, command == "commit", cancellationToken);
        if (!result.Accepted)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(new RegionImportPage(result, result.Committed ? null : text));
    }

    private TextilesActor Actor => TextilesActor.Of(User)!;

    private async Task<IActionResult> SaveAsync(int? id, RegionInput input, CancellationToken cancellationToken)
    {
        if (await directory.SaveAsync(id, input, Actor, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }

        if (outcome.Problems.Count > 0)
        {
            Response.StatusCode = outcome.Problems.Any(p => p.Problem == RegionProblem.NotYourPrefecture) ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
            return View("Edit", new RegionFormPage(id, input, await db.PrefectureOptionsAsync(cancellationToken), outcome.Problems));
        }

        return RedirectToAction("ProductionRegion", "Textiles", new { area = "Textiles", id = outcome.Id });
    }
}
