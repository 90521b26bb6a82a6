using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement.Bidding;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.TenderPage;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// What a registered enterprise does on a tender page: ask a question, bid (confirm, submit, revise, withdraw), download
/// its own attachment, watch the tender, look for joint-bid partners. The company comes from the sign-in claims; a
/// refused post shows the page again with what was typed.
/// </summary>
[Area("Procurement")]
[Route("procurement/tenders/{id:int}")]
[Authorize(Roles = Roles.Enterprise)]
public sealed class BidsController(BiddingService bidding, TenderPageService pages, IStringLocalizer L) : Controller
{
    /// <summary>
    /// The bid form's first step: the bid is checked as it would be placed, and a confirmation page shows the amount as
    /// read and the file, carrying the values (the file too) to the final post. Nothing is stored here.
    /// </summary>
    [HttpPost("bid/review")]
    [RequestSizeLimit(TenderDocumentLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = TenderDocumentLimits.RequestBytes)]
    public async Task<IActionResult> Review(int id, [Bind(Prefix = "BidForm")] BidInput input, IFormFile? attachment, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var file = await UploadedFile.ReadAsync(attachment, cancellationToken);
        var (result, amount) = await bidding.ReviewBidAsync(id, enterpriseId, input, file, cancellationToken);
        if (!result.Succeeded)
        {
            return await AfterAsync(id, enterpriseId, result, TenderForm.Bid, page => page with { BidForm = input }, cancellationToken);
        }

        var page = await pages.PageAsync(id, enterpriseId, null, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        if (file is not null)
        {
            input.AttachmentFileName = Domain.Procurement.TenderDocument.SafeFileName(file.FileName);
            input.AttachmentBase64 = Convert.ToBase64String(file.Content);
        }

        var revises = page.Bidder?.Bid is { Status: Domain.Procurement.BidStatus.Active };
        return View("Review", new BidReviewViewModel(page, input, amount!.Value, input.AttachmentFileName, file?.Length, revises));
    }

    /// <summary>Back from the confirmation page to the tender page, with the amount and note as typed (a file is chosen again).</summary>
    [HttpPost("bid/back")]
    [RequestSizeLimit(TenderDocumentLimits.ConfirmedBidBytes)]
    [RequestFormLimits(ValueLengthLimit = (int)TenderDocumentLimits.ConfirmedBidBytes, MultipartBodyLengthLimit = TenderDocumentLimits.ConfirmedBidBytes)]
    public async Task<IActionResult> Back(int id, [Bind(Prefix = "BidForm")] BidInput input, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var page = await pages.PageAsync(id, enterpriseId, null, cancellationToken);
        input.AttachmentFileName = input.AttachmentBase64 = null;
        return page is null ? NotFound() : View("~/Areas/Procurement/Views/Tenders/Details.cshtml", page with { BidForm = input, FormWithErrors = "bid" });
    }

    /// <summary>
    /// Places the bid: the final post of the confirmation page (the file carried as base64), or a form posted with its
    /// file directly. Checked again here, at the moment of the post.
    /// </summary>
    [HttpPost("bid")]
    [RequestSizeLimit(TenderDocumentLimits.ConfirmedBidBytes)]
    [RequestFormLimits(ValueLengthLimit = (int)TenderDocumentLimits.ConfirmedBidBytes, MultipartBodyLengthLimit = TenderDocumentLimits.ConfirmedBidBytes)]
    public async Task<IActionResult> Submit(int id, [Bind(Prefix = "BidForm")] BidInput input, IFormFile? attachment, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var file = await UploadedFile.ReadAsync(attachment, cancellationToken) ?? UploadedFile.FromBase64(input.AttachmentFileName, input.AttachmentBase64);
        var result = await bidding.SubmitBidAsync(id, enterpriseId, input, file, cancellationToken);
        input.AttachmentFileName = input.AttachmentBase64 = null;
        return await AfterAsync(id, enterpriseId, result, TenderForm.Bid, page => page with { BidForm = input }, cancellationToken);
    }

    /// <summary>The file the company sent with its own bid; another company's is never found.</summary>
    [HttpGet("bid/attachment")]
    public async Task<IActionResult> Attachment(int id, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var file = await bidding.OwnAttachmentAsync(id, enterpriseId, cancellationToken);
        return file is { } f ? File(f.Content, "application/pdf", f.FileName) : NotFound();
    }

    [HttpPost("watch")]
    public Task<IActionResult> Watch(int id, CancellationToken cancellationToken) => WatchAsync(id, true, cancellationToken);

    [HttpPost("unwatch")]
    public Task<IActionResult> Unwatch(int id, string? returnTo, CancellationToken cancellationToken) => WatchAsync(id, false, cancellationToken, returnTo == "mine");

    private async Task<IActionResult> WatchAsync(int id, bool watch, CancellationToken cancellationToken, bool backToMine = false)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var result = await bidding.WatchAsync(id, enterpriseId, watch, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        TempData["Message"] = result.Notice is { } notice ? L.Of(notice).Value : null;
        return backToMine ? RedirectToAction(nameof(MyProcurementController.Index), "MyProcurement") : RedirectToAction(nameof(TendersController.Details), "Tenders", new { id });
    }

    [HttpPost("bid/withdraw")]
    public async Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var result = await bidding.WithdrawBidAsync(id, enterpriseId, cancellationToken);
        return await AfterAsync(id, enterpriseId, result, TenderForm.Bid, page => page, cancellationToken);
    }

    [HttpPost("questions")]
    public async Task<IActionResult> Ask(int id, [Bind(Prefix = "QuestionForm")] QuestionInput input, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var result = await bidding.AskAsync(id, enterpriseId, input, cancellationToken);
        return await AfterAsync(id, enterpriseId, result, TenderForm.Question, page => page with { QuestionForm = input }, cancellationToken);
    }

    [HttpPost("interest")]
    public async Task<IActionResult> Interest(int id, [Bind(Prefix = "InterestForm")] InterestInput input, string? remove, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var result = await bidding.RegisterInterestAsync(id, enterpriseId, input, remove is not null, cancellationToken);
        return await AfterAsync(id, enterpriseId, result, TenderForm.Interest, page => page with { InterestForm = input }, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, int enterpriseId, ChangeResult result, TenderForm form, Func<TenderPageViewModel, TenderPageViewModel> keepTyped, CancellationToken cancellationToken)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = result.Notice is { } notice ? L.Of(notice).Value : null;
            return RedirectToAction(nameof(TendersController.Details), "Tenders", new { id });
        }

        var prefix = form switch
        {
            TenderForm.Bid => "BidForm",
            TenderForm.Question => "QuestionForm",
            _ => "InterestForm",
        };
        foreach (var (field, problem) in result.Problems)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", L.Of(problem));
        }

        var page = await pages.PageAsync(id, enterpriseId, null, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        return View("~/Areas/Procurement/Views/Tenders/Details.cshtml", keepTyped(page) with { FormWithErrors = form.ToString().ToLowerInvariant() });
    }

    /// <summary>The forms of the enterprise's panel, so that errors show beside the one that was sent.</summary>
    private enum TenderForm
    {
        Bid,
        Question,
        Interest,
    }
}

/// <summary>Uploads are PDFs of at most 10 MB; the request may be a little larger for the other fields.</summary>
public static class TenderDocumentLimits
{
    public const long RequestBytes = Domain.Procurement.TenderDocument.MaxBytes + (1024 * 1024);

    /// <summary>The confirmed bid carries its file as base64 (4 bytes for every 3) in a form field.</summary>
    public const long ConfirmedBidBytes = (Domain.Procurement.TenderDocument.MaxBytes * 4 / 3) + (2 * 1024 * 1024);
}
