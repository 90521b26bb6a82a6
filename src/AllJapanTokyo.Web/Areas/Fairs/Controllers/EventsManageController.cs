using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Fairs.Exhibitors;
using AllJapanTokyo.Web.Areas.Fairs.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs.Controllers;

/// <summary>
/// /fairs/manage: Tokyo officials create and edit the events the portal runs; they and each event's organisers decide on
/// applications, give booths, print the booth list and download the exhibitors. A refused post shows the page again
/// with the reason and stores nothing.
/// </summary>
[Area("Fairs")]
[Route("fairs/manage")]
[Authorize]
public sealed class EventsManageController(ExhibitorService exhibitors, EventFormService forms, OrganiserAccess organisers, EventClosing closing, IStringLocalizer L) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mine = await organisers.EventsOfAsync(User, cancellationToken);
        if (mine is { Count: 0 } && !EventOrganisers.OrganisesAll(User))
        {
            return Forbid();
        }

        return View(await exhibitors.ManagedEventsAsync(EventOrganisers.OrganisesAll(User) ? null : mine, cancellationToken));
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", await forms.PageAsync(new EventForm(), null, cancellationToken));

    [HttpPost("new")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public Task<IActionResult> Create([FromForm] EventForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = null;
        return SaveAsync(form, cancellationToken);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (!await organisers.MayOrganiseAsync(User, id, cancellationToken))
        {
            return Forbid();
        }

        return await forms.FormOfAsync(id, cancellationToken) is { } form ? View(await forms.PageAsync(form, null, cancellationToken)) : NotFound();
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Update(int id, [FromForm] EventForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await organisers.MayOrganiseAsync(User, id, cancellationToken))
        {
            return Forbid();
        }

        form.Id = id;
        return await SaveAsync(form, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(EventForm form, CancellationToken cancellationToken)
    {
        var (id, errors) = await forms.SaveAsync(form, cancellationToken);
        if (id is { } saved)
        {
            return RedirectToAction(nameof(Manage), new { id = saved, done = "saved" });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await forms.PageAsync(form, errors, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Manage(int id, [FromQuery] string? done, CancellationToken cancellationToken)
    {
        if (!await organisers.MayOrganiseAsync(User, id, cancellationToken))
        {
            return Forbid();
        }

        return await exhibitors.ManagePageAsync(id, Done(done), null, null, cancellationToken) is { } model ? View(await WithOrganisersAsync(model, cancellationToken)) : NotFound();
    }

    /// <summary>Delegates the event to an EventOrganizer account, by its e-mail.</summary>
    [HttpPost("{id:int}/organisers")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Delegate(int id, [FromForm] string? email, CancellationToken cancellationToken)
    {
        if (await exhibitors.EventAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var problem = await organisers.DelegateAsync(id, email, cancellationToken);
        if (problem is null)
        {
            return RedirectToAction(nameof(Manage), new { id, done = "delegated" });
        }

        var model = await exhibitors.ManagePageAsync(id, null, null, null, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Manage), await WithOrganisersAsync(model!, cancellationToken) with { DelegationProblem = problem, DelegateEmail = email });
    }

    [HttpPost("{id:int}/organisers/remove")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Undelegate(int id, [FromForm] string userId, CancellationToken cancellationToken)
    {
        await organisers.UndelegateAsync(id, userId, cancellationToken);
        return RedirectToAction(nameof(Manage), new { id });
    }

    private async Task<ManageEventViewModel> WithOrganisersAsync(ManageEventViewModel model, CancellationToken cancellationToken) =>
        EventOrganisers.OrganisesAll(User) ? model with { Organisers = await organisers.DelegatedAsync(model.Event.Id, cancellationToken) } : model;

    [HttpPost("{id:int}/applications/{applicationId:int}/decide")]
    public async Task<IActionResult> Decide(int id, int applicationId, [FromForm] ApplicationDecision decision, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        if (!await organisers.MayOrganiseAsync(User, id, cancellationToken))
        {
            return Forbid();
        }

        var problem = await exhibitors.DecideAsync(id, applicationId, version, decision, cancellationToken);
        return await AfterAsync(id, applicationId, problem, "decided", cancellationToken);
    }

    [HttpPost("{id:int}/applications/{applicationId:int}/booth")]
    public async Task<IActionResult> Booth(int id, int applicationId, [FromForm] int booth, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        if (!await organisers.MayOrganiseAsync(User, id, cancellationToken))
        {
            return Forbid();
        }

        var problem = await exhibitors.AllocateBoothAsync(id, applicationId, version, booth, cancellationToken);
        return await AfterAsync(id, applicationId, problem, "booth", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, int? applicationId, ApplicationProblem? problem, string done, CancellationToken cancellationToken)
    {
        if (problem is null)
        {
            return RedirectToAction(nameof(Manage), new { id, done });
        }

        var model = await exhibitors.ManagePageAsync(id, null, problem, applicationId, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Manage), await WithOrganisersAsync(model, cancellationToken));
    }

    /// <summary>Closes the event and proposes its figures to the officials' review.</summary>
    [HttpPost("{id:int}/close")]
    public async Task<IActionResult> Close(int id, CancellationToken cancellationToken)
    {
        if (!await organisers.MayOrganiseAsync(User, id, cancellationToken))
        {
            return Forbid();
        }

        var problem = await closing.CloseAsync(id, cancellationToken);
        return await AfterAsync(id, null, problem, "closed", cancellationToken);
    }

    /// <summary>Every booth in order with its exhibitor, to print.</summary>
    [HttpGet("{id:int}/booths")]
    public async Task<IActionResult> Booths(int id, CancellationToken cancellationToken)
    {
        if (!await organisers.MayOrganiseAsync(User, id, cancellationToken))
        {
            return Forbid();
        }

        return await exhibitors.BoothListAsync(id, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpGet("{id:int}/applications.csv")]
    public Task<IActionResult> Csv(int id, CancellationToken cancellationToken) => ExportAsync(id, xlsx: false, cancellationToken);

    [HttpGet("{id:int}/applications.xlsx")]
    public Task<IActionResult> Xlsx(int id, CancellationToken cancellationToken) => ExportAsync(id, xlsx: true, cancellationToken);

    private async Task<IActionResult> ExportAsync(int id, bool xlsx, CancellationToken cancellationToken)
    {
        if (!await organisers.MayOrganiseAsync(User, id, cancellationToken))
        {
            return Forbid();
        }

        if (await exhibitors.ExportAsync(id, cancellationToken) is not { } export)
        {
            return NotFound();
        }

        var header = ExhibitorExport.Header(L);
        var rows = ExhibitorExport.Rows(export.Rows, L);
        var name = $"exhibitors-{id}";
        return xlsx
            ? File(Spreadsheet.Workbook(new Spreadsheet.Sheet(L["出展申込"].Value, header, rows, [8, 40, 10, 16, 50, 12, 10, 10, 10])), Spreadsheet.ContentType, name + ".xlsx")
            : File(Spreadsheet.Csv(header, rows), Web.Infrastructure.Csv.ContentType, name + ".csv");
    }

    private static string? Done(string? done) => done is "saved" or "decided" or "booth" or "closed" or "delegated" ? done : null;
}
