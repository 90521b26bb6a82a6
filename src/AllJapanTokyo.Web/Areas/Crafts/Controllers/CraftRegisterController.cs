using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Crafts.Models;
using AllJapanTokyo.Web.Areas.Crafts.Register;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Crafts.Controllers;

/// <summary>The craft register, kept by Tokyo staff: a form per craft and the all-or-nothing CSV import of the lists.</summary>
[Area("Crafts")]
[Route("crafts/register")]
[Authorize(Policy = Policies.TokyoStaff)]
public sealed class CraftRegisterController(CraftRegister register, AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new CraftRegisterPage(await register.ListAsync(cancellationToken)));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", new CraftFormPage(null, new CraftInput { PrefectureCode = "13", Designation = "tokyo" }, await db.PrefectureOptionsAsync(cancellationToken), []));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> New([FromForm] CraftInput input, CancellationToken cancellationToken) => SaveAsync(null, input, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await register.FindAsync(id, cancellationToken) is { } craft
            ? View(new CraftFormPage(id, CraftInput.From(craft), await db.PrefectureOptionsAsync(cancellationToken), []))
            : NotFound();

    [HttpPost("{id:int}/edit")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(int id, [FromForm] CraftInput input, CancellationToken cancellationToken) => SaveAsync(id, input, cancellationToken);

    [HttpGet("import")]
    public IActionResult Import() => View(new CraftImportPage(null, null));

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(CsvImports.MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Import([FromForm] IFormFile? file, [FromForm] string? text, [FromForm] string? command, CancellationToken cancellationToken)
    {
        text = await CsvImports.TextAsync(file, text, cancellationToken);
        var result = await register.ImportAsync(text, command == "commit", cancellationToken);
        if (!result.Accepted)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(new CraftImportPage(result, result.Committed ? null : text));
    }

    private async Task<IActionResult> SaveAsync(int? id, CraftInput input, CancellationToken cancellationToken)
    {
        if (await register.SaveAsync(id, input, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }

        if (outcome.Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", new CraftFormPage(id, input, await db.PrefectureOptionsAsync(cancellationToken), outcome.Problems));
        }

        return RedirectToAction(nameof(Index));
    }
}
