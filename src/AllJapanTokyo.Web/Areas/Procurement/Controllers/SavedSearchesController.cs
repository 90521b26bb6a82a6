using System.Security.Claims;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.SavedSearches;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>Saved tender searches and their e-mail alerts: /procurement/searches, and the sign-in-free unsubscribe page.</summary>
[Area("Procurement")]
[Route("procurement/searches")]
[Authorize]
public sealed class SavedSearchesController(SavedSearchService service, IStringLocalizer L) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await service.ListAsync(UserId, cancellationToken));

    /// <summary>The full save form, opened with the query of a search (e.g. from the link beside the search results).</summary>
    [HttpGet("new")]
    public async Task<IActionResult> New(string? q, string? prefecture, string? category, CancellationToken cancellationToken)
    {
        var (filter, _) = TenderFilter.From(new TenderSearchInput { Q = q, Prefecture = prefecture, Category = category });
        var input = new SavedSearchInput
        {
            Q = filter.Keyword,
            Prefecture = filter.PrefectureCode,
            Category = filter.Category?.Code(),
            Name = DefaultName(filter),
            Frequency = AlertFrequency.Daily.Code(),
        };
        return View("Edit", new SavedSearchEditViewModel(null, input, await service.PrefecturesAsync(cancellationToken)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(SavedSearchInput input, CancellationToken cancellationToken)
    {
        var (id, problems) = await service.CreateAsync(UserId, input, cancellationToken);
        if (id is null)
        {
            return await AgainAsync(null, input, problems, cancellationToken);
        }

        TempData["Message"] = L["検索条件を保存しました。"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var input = await service.InputAsync(UserId, id, cancellationToken);
        return input is null ? NotFound() : View(new SavedSearchEditViewModel(id, input, await service.PrefecturesAsync(cancellationToken)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Update(int id, SavedSearchInput input, CancellationToken cancellationToken)
    {
        var (found, problems) = await service.UpdateAsync(UserId, id, input, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (problems.Count > 0)
        {
            return await AgainAsync(id, input, problems, cancellationToken);
        }

        TempData["Message"] = L["検索条件を変更しました。"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!await service.DeleteAsync(UserId, id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = L["検索条件を削除しました。"].Value;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The link in every alert e-mail: a page with a button, because mail scanners follow GET links.</summary>
    [HttpGet("unsubscribe")]
    [AllowAnonymous]
    public async Task<IActionResult> Unsubscribe(string? token, CancellationToken cancellationToken)
    {
        if (service.ReadUnsubscribeToken(token) is not { } id || await service.NameAsync(id, cancellationToken) is not { } name)
        {
            return NotFound();
        }

        return View(new UnsubscribeViewModel(token!, name, Done: false));
    }

    [HttpPost("unsubscribe")]
    [AllowAnonymous]
    public async Task<IActionResult> UnsubscribePost(string? token, CancellationToken cancellationToken)
    {
        if (service.ReadUnsubscribeToken(token) is not { } id || await service.NameAsync(id, cancellationToken) is not { } name)
        {
            return NotFound();
        }

        await service.UnsubscribeAsync(id, cancellationToken);
        return View("Unsubscribe", new UnsubscribeViewModel(token!, name, Done: true));
    }

    private async Task<IActionResult> AgainAsync(int? id, SavedSearchInput input, Dictionary<string, SavedSearchProblem> problems, CancellationToken cancellationToken)
    {
        foreach (var (field, problem) in problems)
        {
            ModelState.AddModelError(field, L.Of(problem));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", new SavedSearchEditViewModel(id, input, await service.PrefecturesAsync(cancellationToken)));
    }

    /// <summary>The name a new saved search is offered: its keyword, category and prefecture code, or 「すべての案件」.</summary>
    private string DefaultName(TenderFilter filter)
    {
        var parts = new List<string>();
        if (filter.Keyword is not null)
        {
            parts.Add(filter.Keyword);
        }

        if (filter.Category is { } category)
        {
            parts.Add(L.Of(category));
        }

        if (filter.PrefectureCode is not null)
        {
            parts.Add(filter.PrefectureCode);
        }

        var name = parts.Count == 0 ? L["すべての案件"].Value : string.Join(" ", parts);
        return name.Length <= SavedSearch.MaxNameLength ? name : name[..SavedSearch.MaxNameLength];
    }
}
