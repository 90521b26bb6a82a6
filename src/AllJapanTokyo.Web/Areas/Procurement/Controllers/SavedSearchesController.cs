using System.Security.Claims;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>Saved tender searches and their e-mail alerts: /procurement/searches, and the sign-in-free unsubscribe page.</summary>
[Area("Procurement")]
[Route("procurement/searches")]
[Authorize]
public sealed class SavedSearchesController(SavedSearchService service, ProcurementService procurement) : Controller
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
            Category = filter.Category is { } c ? ProcurementText.Code(c) : null,
            Name = DefaultName(filter),
            Frequency = "daily",
        };
        return View("Edit", new SavedSearchEditViewModel(null, input, await procurement.PrefecturesAsync(cancellationToken)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(SavedSearchInput input, CancellationToken cancellationToken)
    {
        var (id, problems) = await service.CreateAsync(UserId, input, cancellationToken);
        if (id is null)
        {
            return await AgainAsync(null, input, problems, cancellationToken);
        }

        TempData["Message"] = "検索条件を保存しました。 / The search is saved.";
        return Redirect("/procurement/searches");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var input = await service.InputAsync(UserId, id, cancellationToken);
        return input is null ? NotFound() : View(new SavedSearchEditViewModel(id, input, await procurement.PrefecturesAsync(cancellationToken)));
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

        TempData["Message"] = "検索条件を変更しました。 / The saved search is updated.";
        return Redirect("/procurement/searches");
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!await service.DeleteAsync(UserId, id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = "検索条件を削除しました。 / The saved search is deleted.";
        return Redirect("/procurement/searches");
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

    private async Task<IActionResult> AgainAsync(int? id, SavedSearchInput input, Dictionary<string, string> problems, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError(field, message);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", new SavedSearchEditViewModel(id, input, await procurement.PrefecturesAsync(cancellationToken)));
    }

    private static string DefaultName(TenderFilter filter)
    {
        var parts = new List<string>();
        if (filter.Keyword is not null)
        {
            parts.Add(filter.Keyword);
        }

        if (filter.Category is { } category)
        {
            parts.Add(Infrastructure.Display.Pick(category.Japanese(), category.English()));
        }

        if (filter.PrefectureCode is not null)
        {
            parts.Add(filter.PrefectureCode);
        }

        var name = parts.Count == 0 ? "すべての案件" : string.Join(" ", parts);
        return name.Length <= Domain.Procurement.SavedSearch.MaxNameLength ? name : name[..Domain.Procurement.SavedSearch.MaxNameLength];
    }
}
