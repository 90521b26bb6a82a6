using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// The buyer workspace under /procurement/mine/tenders: post, copy, edit and publish tenders (publishing and awarding
/// each after a confirmation page); documents; answers; public amendments (訂正公告); the bids after the deadline; award,
/// contract, completion, cancellation. Another organisation's tender is a 404.
/// </summary>
[Area("Procurement")]
[Route("procurement/mine/tenders")]
[Authorize(Roles = Roles.BuyerStaff)]
public sealed class BuyerTendersController(TenderFormService forms, BuyerWorkspaceService workspace, IStringLocalizer L) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(int? copy, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }

        var model = await forms.NewFormAsync(organizationId, copy, cancellationToken);
        return model is null ? NotFound() : View("Edit", model);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] TenderInput input, int? copiedFrom, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }

        var (result, tenderId) = await forms.SaveAsync(organizationId, null, input, cancellationToken);
        return await AfterSaveAsync(result, tenderId, null, null, input, copiedFrom, cancellationToken);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }

        var model = await forms.EditFormAsync(organizationId, id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Update(int id, [Bind(Prefix = "Input")] TenderInput input, string? reference, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }

        var (result, _) = await forms.SaveAsync(organizationId, id, input, cancellationToken);
        return await AfterSaveAsync(result, id, id, reference, input, null, cancellationToken);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Manage(int id, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }

        var model = await workspace.WorkspaceAsync(organizationId, id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The confirmation page before publishing: the notice as suppliers will read it.</summary>
    [HttpGet("{id:int}/publish")]
    public async Task<IActionResult> ConfirmPublish(int id, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }

        var model = await workspace.PublishReviewAsync(organizationId, id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/publish")]
    public Task<IActionResult> Publish(int id, Guid? version, CancellationToken cancellationToken) =>
        ActAsync(id, "", org => workspace.PublishAsync(org, id, version, cancellationToken), null, cancellationToken);

    /// <summary>The confirmation page before awarding: the chosen bid, its company and amount.</summary>
    [HttpGet("{id:int}/award")]
    public async Task<IActionResult> ConfirmAward(int id, int? bidId, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }

        var model = await workspace.AwardReviewAsync(organizationId, id, bidId, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (model.Bid is null)
        {
            return await ActAsync(id, "award", _ => Task.FromResult(ChangeResult.Refused("BidId", FormProblem.WinningBidMissing)), null, cancellationToken);
        }

        return View(model);
    }

    [HttpPost("{id:int}/documents/{documentId:int}/remove")]
    public Task<IActionResult> RemoveDocument(int id, int documentId, CancellationToken cancellationToken) =>
        ActAsync(id, "document", org => workspace.RemoveDocumentAsync(org, id, documentId, cancellationToken), null, cancellationToken);

    /// <summary>A public amendment (訂正公告): new terms, documents removed or one added, and the reason.</summary>
    [HttpPost("{id:int}/amend")]
    [RequestSizeLimit(TenderDocumentLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = TenderDocumentLimits.RequestBytes)]
    public async Task<IActionResult> Amend(int id, [Bind(Prefix = "AmendmentForm")] AmendmentInput input, IFormFile? newDocument, CancellationToken cancellationToken)
    {
        var file = await UploadedFile.ReadAsync(newDocument, cancellationToken);
        return await ActAsync(id, "amend", org => workspace.AmendAsync(org, id, input, file, cancellationToken), m => m with { AmendmentForm = input }, cancellationToken, "AmendmentForm");
    }

    [HttpPost("{id:int}/documents")]
    [RequestSizeLimit(TenderDocumentLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = TenderDocumentLimits.RequestBytes)]
    public async Task<IActionResult> AddDocument(int id, IFormFile? document, CancellationToken cancellationToken)
    {
        var file = await UploadedFile.ReadAsync(document, cancellationToken);
        return await ActAsync(id, "document", org => workspace.AddDocumentAsync(org, id, file, cancellationToken), null, cancellationToken);
    }

    [HttpPost("{id:int}/questions/{questionId:int}/answer")]
    public Task<IActionResult> Answer(int id, int questionId, string? answer, CancellationToken cancellationToken) =>
        ActAsync(id, $"question-{questionId}", org => workspace.AnswerAsync(org, id, questionId, answer, cancellationToken), null, cancellationToken);

    [HttpPost("{id:int}/award")]
    public Task<IActionResult> Award(int id, int? bidId, CancellationToken cancellationToken) =>
        ActAsync(id, "award", org => workspace.AwardAsync(org, id, bidId, cancellationToken), null, cancellationToken);

    [HttpPost("{id:int}/unsuccessful")]
    public Task<IActionResult> Unsuccessful(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "award", org => workspace.MarkUnsuccessfulAsync(org, id, cancellationToken), null, cancellationToken);

    [HttpPost("{id:int}/contract")]
    public Task<IActionResult> Contract(int id, string? contractAmount, string? contractSignedOn, CancellationToken cancellationToken) =>
        ActAsync(id, "contract", org => workspace.RecordContractAsync(org, id, contractAmount, contractSignedOn, cancellationToken),
            m => m with { ContractAmount = contractAmount, ContractSignedOn = contractSignedOn }, cancellationToken);

    [HttpPost("{id:int}/complete")]
    public Task<IActionResult> Complete(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "contract", org => workspace.CompleteAsync(org, id, cancellationToken), null, cancellationToken);

    [HttpPost("{id:int}/cancel")]
    public Task<IActionResult> Cancel(int id, string? cancelReason, CancellationToken cancellationToken) =>
        ActAsync(id, "cancel", org => workspace.CancelAsync(org, id, cancelReason, cancellationToken),
            m => m with { CancelReason = cancelReason }, cancellationToken);

    /// <summary>The attachment of a bid: for the tender's buyer, after the deadline only.</summary>
    [HttpGet("{id:int}/bids/{bidId:int}/attachment")]
    public async Task<IActionResult> BidAttachment(int id, int bidId, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }

        var file = await workspace.BidAttachmentAsync(organizationId, id, bidId, cancellationToken);
        return file is { } f ? File(f.Content, "application/pdf", f.FileName) : NotFound();
    }

    private async Task<IActionResult> ActAsync(int id, string form, Func<int, Task<ChangeResult>> act, Func<WorkspaceViewModel, WorkspaceViewModel>? keepTyped, CancellationToken cancellationToken, string? prefix = null)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }

        var result = await act(organizationId);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = result.Notice is { } notice ? L.Of(notice).Value : null;
            return RedirectToAction(nameof(Manage), new { id });
        }

        foreach (var (field, problem) in result.Problems)
        {
            ModelState.AddModelError(prefix is null || field.Length == 0 ? field : $"{prefix}.{field}", L.Of(problem));
        }

        var model = await workspace.WorkspaceAsync(organizationId, id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        model = model with { FormWithErrors = form };
        return View("Manage", keepTyped is null ? model : keepTyped(model));
    }

    private async Task<IActionResult> AfterSaveAsync(ChangeResult result, int? tenderId, int? editingId, string? reference, TenderInput input, int? copiedFrom, CancellationToken cancellationToken)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = result.Notice is { } notice ? L.Of(notice).Value : null;
            return input.Submit == TenderFormService.PublishSubmit
                ? RedirectToAction(nameof(ConfirmPublish), new { id = tenderId })
                : RedirectToAction(nameof(Manage), new { id = tenderId });
        }

        foreach (var (field, problem) in result.Problems)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"Input.{field}", L.Of(problem));
        }

        // What was typed comes back as typed; only the version moves on, when someone else saved first.
        ModelState.Remove("Input.Version");
        return View("Edit", await forms.ViewModelAsync(editingId, reference, input, copiedFrom, cancellationToken));
    }
}
