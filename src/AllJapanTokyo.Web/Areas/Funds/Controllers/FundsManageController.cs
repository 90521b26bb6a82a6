using System.Security.Claims;
using AllJapanTokyo.Web.Areas.Funds.Books;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Funds.Controllers;

/// <summary>
/// /funds/manage: the fund's books. Its operator records and reports; Tokyo's officials read every fund and approve,
/// return or publish its reports. A fund the account may not see answers 404; a refused post shows the page again with
/// the reason (400) and stores nothing.
/// </summary>
[Area("Funds")]
[Route("funds/manage")]
[Authorize]
public sealed class FundsManageController(FundBooksService books, FundAccess access) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var funds = await access.FundsOfAsync(User, cancellationToken);
        if (funds.Count == 0)
        {
            return Forbid();
        }

        return funds.Count == 1 ? RedirectToAction(nameof(Fund), new { id = funds[0] }) : View(funds);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Fund(int id, string? done, string? find, CancellationToken cancellationToken) =>
        await access.MayReadAsync(User, id, cancellationToken) && await books.PageAsync(id, await access.KeepsAsync(User, id, cancellationToken), FundAccess.Decides(User), null, done, find, cancellationToken) is { } page
            ? View(page)
            : NotFound();

    /// <summary>The fund card: its operator and Tokyo's officials edit it; it reaches the public with the next published report.</summary>
    [HttpPost("{id:int}/card")]
    public Task<IActionResult> Card(int id, [FromForm] FundCardForm form, CancellationToken cancellationToken) =>
        EditAsync(id, "card", form, () => books.EditCardAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/investors")]
    public Task<IActionResult> Investor(int id, [FromForm] InvestorForm form, CancellationToken cancellationToken) =>
        EditAsync(id, "investor", form, () => books.SaveInvestorAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/corrections")]
    public Task<IActionResult> Correction(int id, [FromForm] CorrectionForm form, CancellationToken cancellationToken) =>
        KeepAsync(id, "correction", form, () => books.CorrectAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/investees/enterprise")]
    public Task<IActionResult> EnterpriseLink(int id, [FromForm] EnterpriseLinkForm form, CancellationToken cancellationToken) =>
        KeepAsync(id, "enterprise", form, () => books.LinkEnterpriseAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/calls")]
    public Task<IActionResult> Call(int id, [FromForm] CallForm form, CancellationToken cancellationToken) =>
        KeepAsync(id, "call", () => books.RecordCallAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/distributions")]
    public Task<IActionResult> Distribution(int id, [FromForm] DistributionForm form, CancellationToken cancellationToken) =>
        KeepAsync(id, "distribution", () => books.RecordDistributionAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/investees")]
    public Task<IActionResult> Investee(int id, [FromForm] InvesteeForm form, CancellationToken cancellationToken) =>
        KeepAsync(id, "investee", () => books.AddInvesteeAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/rounds")]
    public Task<IActionResult> Round(int id, [FromForm] RoundForm form, CancellationToken cancellationToken) =>
        KeepAsync(id, "round", () => books.RecordRoundAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/valuations")]
    public Task<IActionResult> Valuation(int id, [FromForm] ValuationForm form, CancellationToken cancellationToken) =>
        KeepAsync(id, "valuation", () => books.RecordValuationAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/exits")]
    public Task<IActionResult> Exit(int id, [FromForm] ExitForm form, CancellationToken cancellationToken) =>
        KeepAsync(id, "exit", () => books.RecordExitAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/support")]
    public Task<IActionResult> Support(int id, [FromForm] SupportForm form, CancellationToken cancellationToken) =>
        KeepAsync(id, "support", () => books.RecordSupportAsync(id, form, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/reports")]
    public async Task<IActionResult> Submit(int id, [FromForm] DateOnly? quarterEnd, CancellationToken cancellationToken)
    {
        if (!await access.KeepsAsync(User, id, cancellationToken))
        {
            return NotFound();
        }

        var (reportId, refusal) = await books.SubmitReportAsync(id, quarterEnd, UserId, cancellationToken);
        return reportId is { } submitted
            ? RedirectToAction(nameof(Report), new { id = submitted, done = "submitted" })
            : await RefusedAsync(id, refusal!, null, cancellationToken);
    }

    [HttpGet("{id:int}/calls/{recordId:int}/notices/{investorId:int}")]
    public Task<IActionResult> CallNotice(int id, int recordId, int investorId, CancellationToken cancellationToken) =>
        NoticeAsync(id, isCall: true, recordId, investorId, cancellationToken);

    [HttpGet("{id:int}/distributions/{recordId:int}/notices/{investorId:int}")]
    public Task<IActionResult> DistributionNotice(int id, int recordId, int investorId, CancellationToken cancellationToken) =>
        NoticeAsync(id, isCall: false, recordId, investorId, cancellationToken);

    [HttpGet("reports/{id:int}")]
    public async Task<IActionResult> Report(int id, string? done, CancellationToken cancellationToken)
    {
        if (await books.FundOfReportAsync(id, cancellationToken) is not { } fundId || !await access.MayReadAsync(User, fundId, cancellationToken))
        {
            return NotFound();
        }

        ViewData["Done"] = done;
        return View(await books.ReportPageAsync(id, await access.KeepsAsync(User, fundId, cancellationToken), FundAccess.Decides(User), null, cancellationToken));
    }

    [HttpPost("reports/{id:int}/approve")]
    public Task<IActionResult> Approve(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, "approved", () => books.ApproveAsync(id, UserId, cancellationToken), cancellationToken);

    [HttpPost("reports/{id:int}/return")]
    public Task<IActionResult> Return(int id, [FromForm] string? reason, CancellationToken cancellationToken) =>
        DecideAsync(id, "returned", () => books.ReturnAsync(id, UserId, reason, cancellationToken), cancellationToken);

    [HttpPost("reports/{id:int}/publish")]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, "published", () => books.PublishAsync(id, cancellationToken), cancellationToken);

    private Task<IActionResult> KeepAsync(int id, string done, Func<Task<FundRefusal?>> record, CancellationToken cancellationToken) =>
        KeepAsync(id, done, null, record, cancellationToken);

    private async Task<IActionResult> KeepAsync(int id, string done, object? typed, Func<Task<FundRefusal?>> record, CancellationToken cancellationToken)
    {
        if (!await access.KeepsAsync(User, id, cancellationToken))
        {
            return NotFound();
        }

        return await record() is { } refusal
            ? await RefusedAsync(id, refusal, typed, cancellationToken)
            : RedirectToAction(nameof(Fund), new { id, done });
    }

    /// <summary>The card and the investors: the fund's operator or a Tokyo official; another fund is 404, a reader who may only read it 403.</summary>
    private async Task<IActionResult> EditAsync(int id, string done, object typed, Func<Task<FundRefusal?>> edit, CancellationToken cancellationToken)
    {
        if (!await access.MayReadAsync(User, id, cancellationToken))
        {
            return NotFound();
        }

        if (!FundAccess.Decides(User) && !await access.KeepsAsync(User, id, cancellationToken))
        {
            return Forbid();
        }

        return await edit() is { } refusal
            ? await RefusedAsync(id, refusal, typed, cancellationToken)
            : RedirectToAction(nameof(Fund), new { id, done });
    }

    private async Task<IActionResult> RefusedAsync(int id, FundRefusal refusal, object? typed, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var page = await books.PageAsync(id, await access.KeepsAsync(User, id, cancellationToken), FundAccess.Decides(User), refusal, null, null, cancellationToken);
        return View(nameof(Fund), page! with { Typed = typed });
    }

    private async Task<IActionResult> DecideAsync(int id, string done, Func<Task<FundRefusal?>> decide, CancellationToken cancellationToken)
    {
        if (await books.FundOfReportAsync(id, cancellationToken) is not { } fundId || !await access.MayReadAsync(User, fundId, cancellationToken))
        {
            return NotFound();
        }

        if (!FundAccess.Decides(User))
        {
            return Forbid();
        }

        if (await decide() is { } refusal)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Report), await books.ReportPageAsync(id, keeps: false, decides: true, refusal, cancellationToken));
        }

        return RedirectToAction(nameof(Report), new { id, done });
    }

    private async Task<IActionResult> NoticeAsync(int id, bool isCall, int recordId, int investorId, CancellationToken cancellationToken) =>
        await access.MayReadAsync(User, id, cancellationToken) && await books.NoticeAsync(id, isCall, recordId, investorId, cancellationToken) is { } notice
            ? View("Notice", notice)
            : NotFound();
}
