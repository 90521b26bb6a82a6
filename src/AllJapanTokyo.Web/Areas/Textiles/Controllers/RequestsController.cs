using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Textiles.Models;
using AllJapanTokyo.Web.Areas.Textiles.Requests;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Textiles.Controllers;

/// <summary>
/// The designers' requests: designers submit and follow their own, the coordinators (Tokyo officials) take every step,
/// the regions' staff answer and talk with the designer inside the requests introduced to them. A request the reader
/// has no part in is 404.
/// </summary>
[Area("Textiles")]
[Route("textiles/requests")]
[Authorize(Roles = $"{Roles.Designer},{Roles.TokyoOfficial},{Roles.Administrator},{Roles.PrefectureStaff}")]
public sealed class RequestsController(RequestDesk desk, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new RequestListPage(await desk.ListAsync(Actor, cancellationToken), Actor, JapanTime.FiscalYearOf(clock.GetUtcNow()).StartYear, null));

    /// <summary>The coordinator proposes a fiscal year's counts as the measure's figures (reviewed at /reporting/computed).</summary>
    [HttpPost("figures")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Figures([FromForm] int fiscalYear, CancellationToken cancellationToken)
    {
        if (fiscalYear is < 2000 or > 2100)
        {
            return BadRequest();
        }

        var outcome = await desk.ProposeFiguresAsync(fiscalYear, cancellationToken);
        return View(nameof(Index), new RequestListPage(await desk.ListAsync(Actor, cancellationToken), Actor, fiscalYear, outcome));
    }

    [HttpGet("new")]
    [Authorize(Roles = Roles.Designer)]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        await desk.DesignerOfAsync(Actor.UserId, cancellationToken) is null
            ? RedirectToAction("Mine", "DesignerProfile", new { area = "Textiles" })
            : View(new RequestFormPage(new RequestInput(), []));

    [HttpPost("new")]
    [Authorize(Roles = Roles.Designer)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New([FromForm] RequestInput input, CancellationToken cancellationToken)
    {
        if (await desk.DesignerOfAsync(Actor.UserId, cancellationToken) is not { } designer)
        {
            return RedirectToAction("Mine", "DesignerProfile", new { area = "Textiles" });
        }

        var (problems, id) = await desk.SubmitAsync(designer, input, cancellationToken);
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new RequestFormPage(input, problems));
        }

        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken) =>
        await desk.ViewAsync(id, Actor, cancellationToken) is { } view ? View(await PageAsync(view, null, cancellationToken)) : NotFound();

    [HttpPost("{id:int}/introduce")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Introduce(int id, [FromForm] int[] regionIds, CancellationToken cancellationToken)
    {
        if (await desk.ViewAsync(id, Actor, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var problem = await desk.IntroduceAsync(id, regionIds, cancellationToken);
        return await AfterAsync(id, view, problem, null, cancellationToken);
    }

    [HttpPost("{id:int}/step")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Step(int id, [FromForm] RequestStage to, [FromForm] string? reason, CancellationToken cancellationToken)
    {
        if (await desk.ViewAsync(id, Actor, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var problem = await desk.StepAsync(id, to, reason, cancellationToken);
        return await AfterAsync(id, view, problem, null, cancellationToken);
    }

    [HttpPost("{id:int}/answer")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Answer(int id, [FromForm] int regionId, [FromForm] IntroductionAnswer answer, CancellationToken cancellationToken)
    {
        if (await desk.ViewAsync(id, Actor, cancellationToken) is null)
        {
            return NotFound();
        }

        return await desk.AnswerAsync(id, regionId, answer, Actor, cancellationToken) ? RedirectToAction(nameof(Show), new { id }) : Forbid();
    }

    [HttpPost("{id:int}/messages")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(RequestMessage.AttachmentMaxBytes + 256 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestMessage.AttachmentMaxBytes + 256 * 1024)]
    public async Task<IActionResult> Message(int id, [FromForm] int regionId, [FromForm] string? body, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await desk.ViewAsync(id, Actor, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        RequestProblem? problem;
        if (file is { Length: > RequestMessage.AttachmentMaxBytes })
        {
            problem = RequestProblem.AttachmentTooLarge;
        }
        else
        {
            byte[]? content = null;
            if (file is { Length: > 0 })
            {
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }

            problem = await desk.PostMessageAsync(view, regionId, body, content, file?.FileName, cancellationToken);
        }

        return await AfterAsync(id, view, problem, new TypedMessage(regionId, body), cancellationToken);
    }

    [HttpGet("{id:int}/messages/{messageId:int}/attachment")]
    public async Task<IActionResult> Attachment(int id, int messageId, CancellationToken cancellationToken)
    {
        if (await desk.ViewAsync(id, Actor, cancellationToken) is not { } view || await desk.AttachmentAsync(view, messageId, cancellationToken) is not { } message)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.SetAttachment("attachment" + (message.AttachmentContentType == "application/pdf" ? ".pdf" : ""), message.AttachmentFileName ?? "attachment");
        return File(message.Attachment!, message.AttachmentContentType!);
    }

    private TextilesActor Actor => TextilesActor.Of(User)!;

    private async Task<IActionResult> AfterAsync(int id, RequestView view, RequestProblem? problem, TypedMessage? typed, CancellationToken cancellationToken)
    {
        if (problem is null)
        {
            return RedirectToAction(nameof(Show), new { id });
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var fresh = await desk.ViewAsync(id, Actor, cancellationToken) ?? view;
        return View(nameof(Show), await PageAsync(fresh, new RequestPageProblem(problem.Value, typed), cancellationToken));
    }

    private async Task<RequestPage> PageAsync(RequestView view, RequestPageProblem? problem, CancellationToken cancellationToken) =>
        new(view, view.Actor.IsTokyoStaff ? await desk.RegionsAsync(cancellationToken) : [], problem);
}
