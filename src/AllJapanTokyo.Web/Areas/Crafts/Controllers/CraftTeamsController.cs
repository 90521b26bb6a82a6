using System.Security.Claims;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Crafts.Register;
using AllJapanTokyo.Web.Areas.Crafts.Teams;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Crafts.Controllers;

/// <summary>The development teams: Tokyo forms them, sees them all and publishes their products; members report progress.</summary>
[Area("Crafts")]
[Route("crafts/teams")]
[Authorize(Roles = Roles.Administrator + "," + Roles.TokyoOfficial + "," + Roles.Maker + "," + Roles.Designer)]
public sealed class CraftTeamsController(CraftTeams teams, CraftRegister register, IAuthorizationService authorization) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await IsTokyoStaffAsync())
        {
            return View(new Models.TeamsPage(await teams.OverviewAsync(cancellationToken), true));
        }

        var mine = new List<TeamView>();
        foreach (var id in await teams.MineAsync(UserId, cancellationToken))
        {
            mine.Add((await teams.ViewAsync(id, cancellationToken))!);
        }

        return View(new Models.TeamsPage(mine, false));
    }

    [HttpGet("new/{roundId:int}")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> New(int roundId, CancellationToken cancellationToken) =>
        View(new Models.TeamFormPage(roundId, await teams.SelectedAsync(roundId, cancellationToken), null, null));

    [HttpPost("new/{roundId:int}")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(int roundId, [FromForm] string? nameJa, [FromForm] int designerApplicationId, [FromForm] List<int> makerApplicationIds, CancellationToken cancellationToken)
    {
        var (problem, id) = await teams.FormAsync(roundId, nameJa, designerApplicationId, makerApplicationIds, cancellationToken);
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new Models.TeamFormPage(roundId, await teams.SelectedAsync(roundId, cancellationToken), nameJa, problem));
        }

        return RedirectToAction(nameof(Team), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Team(int id, CancellationToken cancellationToken) =>
        await AccessAsync(id, cancellationToken) switch
        {
            TeamAccess.Unknown => NotFound(),
            TeamAccess.Forbidden => Forbid(),
            _ => View(await PageAsync(id, [], new ProductInput(), cancellationToken)),
        };

    [HttpPost("{id:int}/milestones/{kind}")]
    [Authorize(Roles = Roles.Maker + "," + Roles.Designer)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Report(int id, CraftMilestoneKind kind, [FromForm] bool done, [FromForm] string? progressJa, CancellationToken cancellationToken)
    {
        switch (await teams.AccessAsync(id, UserId, false, cancellationToken))
        {
            case TeamAccess.Unknown:
                return NotFound();
            case TeamAccess.Forbidden:
                return Forbid();
        }

        if (!Enum.IsDefined(kind))
        {
            return NotFound();
        }

        if (await teams.ReportAsync(id, kind, done, progressJa, cancellationToken) is { } problem)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Team), await PageAsync(id, [problem], new ProductInput(), cancellationToken));
        }

        return RedirectToAction(nameof(Team), new { id });
    }

    [HttpPost("{id:int}/product")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(CraftMakerImage.MaxBytes + 256 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = CraftMakerImage.MaxBytes + 256 * 1024)]
    public async Task<IActionResult> Publish(int id, [FromForm] ProductInput input, [FromForm] IFormFile? photo, CancellationToken cancellationToken)
    {
        if (await teams.ViewAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        IReadOnlyList<CraftFieldProblem> problems;
        var productId = 0;
        if (photo is { Length: > CraftMakerImage.MaxBytes })
        {
            problems = [new("Photo", CraftProblem.ImageTooLarge)];
        }
        else
        {
            var content = photo is { Length: > 0 } file ? (await ImageUploads.ReadAsync(file, cancellationToken)).Content : null;
            (problems, productId) = await teams.PublishAsync(id, input, content, cancellationToken);
        }

        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Team), await PageAsync(id, problems, input, cancellationToken));
        }

        return RedirectToAction("Collaboration", "Crafts", new { area = "Crafts", id = productId });
    }

    private async Task<bool> IsTokyoStaffAsync() => (await authorization.AuthorizeAsync(User, Policies.TokyoStaff)).Succeeded;

    private async Task<TeamAccess> AccessAsync(int id, CancellationToken cancellationToken) =>
        await teams.AccessAsync(id, UserId, await IsTokyoStaffAsync(), cancellationToken);

    private async Task<Models.TeamPage> PageAsync(int id, IReadOnlyList<CraftFieldProblem> problems, ProductInput input, CancellationToken cancellationToken) =>
        new((await teams.ViewAsync(id, cancellationToken))!, await IsTokyoStaffAsync(), await register.ListAsync(cancellationToken), problems, input);
}
