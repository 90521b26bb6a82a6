using System.Security.Claims;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Crafts.Models;
using AllJapanTokyo.Web.Areas.Crafts.Register;
using AllJapanTokyo.Web.Areas.Crafts.Rounds;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Crafts.Controllers;

/// <summary>
/// Call rounds of the crafts measure: Tokyo opens them and selects; makers and designers apply separately, and each sees
/// only its own application.
/// </summary>
[Area("Crafts")]
[Route("crafts/rounds")]
[Authorize(Roles = Roles.Administrator + "," + Roles.TokyoOfficial + "," + Roles.Maker + "," + Roles.Designer)]
public sealed class CallRoundsController(CallRounds rounds, MatchingSessions matching, TimeProvider clock, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new RoundsPage(await rounds.ListAsync(cancellationToken), await ViewerAsync(cancellationToken), new RoundInput(), [], clock.GetUtcNow().UtcDateTime));

    [HttpPost("")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Open([FromForm] RoundInput input, CancellationToken cancellationToken)
    {
        var (problems, id) = await rounds.OpenAsync(input, cancellationToken);
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new RoundsPage(await rounds.ListAsync(cancellationToken), await ViewerAsync(cancellationToken), input, problems, clock.GetUtcNow().UtcDateTime));
        }

        return RedirectToAction(nameof(Round), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Round(int id, CancellationToken cancellationToken)
    {
        var viewer = await ViewerAsync(cancellationToken);
        return await rounds.RoundAsync(id, viewer, cancellationToken) is { } round ? View(new RoundPage(round, viewer, [], false)) : NotFound();
    }

    [HttpPost("{id:int}/apply")]
    [Authorize(Roles = Roles.Maker + "," + Roles.Designer)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(CraftMakerImage.MaxBytes + 256 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = CraftMakerImage.MaxBytes + 256 * 1024)]
    public async Task<IActionResult> Apply(int id, [FromForm] string? statementJa, [FromForm] string? recentProductJa, [FromForm] IFormFile? recentProductImage, CancellationToken cancellationToken)
    {
        var viewer = await ViewerAsync(cancellationToken);
        var side = User.IsInRole(Roles.Maker) ? CraftApplicantSide.Maker : CraftApplicantSide.Designer;
        IReadOnlyList<CraftFieldProblem>? problems;
        if (side == CraftApplicantSide.Designer && recentProductImage is { Length: > CraftMakerImage.MaxBytes })
        {
            problems = [new("RecentProductImage", CraftProblem.ImageTooLarge)];
        }
        else
        {
            var image = recentProductImage is { Length: > 0 } file ? (await ImageUploads.ReadAsync(file, cancellationToken)).Content : null;
            problems = await rounds.ApplyAsync(id, viewer, side, statementJa, recentProductJa, image, cancellationToken);
        }

        if (problems is null || await rounds.RoundAsync(id, viewer, cancellationToken) is not { } round)
        {
            return NotFound();
        }

        if (problems.Count > 0)
        {
            Response.StatusCode = problems.Any(p => p.Problem is CraftProblem.DeadlinePassed or CraftProblem.AlreadyApplied)
                ? StatusCodes.Status409Conflict
                : StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Round), new RoundPage(round, viewer, problems, false));
        }

        return View(nameof(Round), new RoundPage(round, viewer, [], true));
    }

    [HttpPost("{id:int}/applications/{applicationId:int}/select")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Select(int id, int applicationId, [FromForm] bool selected, CancellationToken cancellationToken)
    {
        if (!await rounds.ExistsAsync(id, applicationId, cancellationToken))
        {
            return NotFound();
        }

        if (await rounds.SelectAsync(id, applicationId, selected, cancellationToken) is { } problem)
        {
            var viewer = await ViewerAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Round), new RoundPage((await rounds.RoundAsync(id, viewer, cancellationToken))!, viewer, [new("", problem)], false));
        }

        return RedirectToAction(nameof(Round), new { id });
    }

    /// <summary>Tokyo sets up the round's matching session with the applications selected, and the scheduler places the talks.</summary>
    [HttpPost("{id:int}/matching")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Matching(int id, [FromForm] MatchingSessionInput input, CancellationToken cancellationToken)
    {
        if (!await rounds.ExistsAsync(id, null, cancellationToken))
        {
            return NotFound();
        }

        var (problem, eventId) = await matching.SetUpAsync(id, input, cancellationToken);
        if (problem is null)
        {
            return RedirectToAction("Grid", "Meetings", new { area = "Fairs", id = eventId });
        }

        var viewer = await ViewerAsync(cancellationToken);
        Response.StatusCode = problem is CraftProblem.RoundStillOpen or CraftProblem.MatchingAlreadySet ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Round), new RoundPage((await rounds.RoundAsync(id, viewer, cancellationToken))!, viewer, [new("", problem.Value)], false));
    }

    [HttpGet("applications/{applicationId:int}/image")]
    public async Task<IActionResult> Image(int applicationId, CancellationToken cancellationToken) =>
        await rounds.ImageAsync(applicationId, await ViewerAsync(cancellationToken), cancellationToken) is { } image ? File(image.Content, image.Type) : NotFound();

    private async Task<RoundViewer> ViewerAsync(CancellationToken cancellationToken) =>
        await rounds.ViewerAsync(
            User.FindFirstValue(ClaimTypes.NameIdentifier)!,
            (await authorization.AuthorizeAsync(User, Policies.TokyoStaff)).Succeeded,
            cancellationToken);
}
