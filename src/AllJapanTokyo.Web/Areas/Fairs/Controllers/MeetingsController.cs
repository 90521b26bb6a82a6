using System.Security.Claims;
using System.Text;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Fairs.Meetings;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs.Controllers;

/// <summary>
/// The business meetings (商談会) of an event: the organiser's grid at /fairs/events/{id}/meetings, the participants'
/// marketplace and their agenda at …/meetings/mine (print and .ics), which makers and designers a crafts round seats
/// at its matching session use as well. Signed-in work, in Japanese and English. A refused
/// change answers 409 (422 for a number that cannot be read) with the reason, and nothing is stored.
/// </summary>
[Area("Fairs")]
[Route("fairs/events/{id:int}/meetings")]
[Authorize]
public sealed class MeetingsController(MeetingsService meetings, EventOrganisers organisers, PortalAddress address, TimeProvider clock, IStringLocalizer L) : Controller
{
    private const string Participants = Roles.Enterprise + "," + Roles.BuyerStaff + "," + Roles.Maker + "," + Roles.Designer;

    private MeetingParty Party => new(User.EnterpriseId(), User.OrganizationId(), User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private IActionResult After(int id, MeetingChange? change, string action)
    {
        if (change is null)
        {
            return NotFound();
        }

        if (!change.Done)
        {
            Response.StatusCode = change.Number is null ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return View("Refused", new MeetingRefusal(id, L.Of(change), action));
        }

        TempData["Message"] = L.Of(change);
        return RedirectToAction(action, new { id });
    }

    // ---- Organiser: Tokyo officials, administrators, and the organiser accounts the event is delegated to ----

    private async Task<IActionResult> OrganiseAsync(int id, Func<Task<IActionResult>> action, CancellationToken cancellationToken) =>
        await organisers.MayOrganiseAsync(User, id, cancellationToken) ? await action() : Forbid();

    [HttpGet("")]
    public Task<IActionResult> Grid(int id, CancellationToken cancellationToken) =>
        OrganiseAsync(id, async () => await meetings.GridAsync(id, cancellationToken) is { } model ? View(model) : NotFound(), cancellationToken);

    [HttpPost("settings")]
    public Task<IActionResult> Settings(int id, ProgrammeSettingsInput input, CancellationToken cancellationToken) =>
        OrganiseAsync(id, async () => After(id, await meetings.SaveSettingsAsync(id, input, cancellationToken), nameof(Grid)), cancellationToken);

    [HttpPost("sessions")]
    public Task<IActionResult> AddSession(int id, SessionInput input, CancellationToken cancellationToken) =>
        OrganiseAsync(id, async () => After(id, await meetings.AddSessionAsync(id, input, cancellationToken), nameof(Grid)), cancellationToken);

    [HttpPost("schedule")]
    public Task<IActionResult> Schedule(int id, CancellationToken cancellationToken) =>
        OrganiseAsync(id, async () => After(id, await meetings.ScheduleAsync(id, cancellationToken), nameof(Grid)), cancellationToken);

    [HttpPost("move")]
    public Task<IActionResult> Move(int id, MoveInput input, CancellationToken cancellationToken) =>
        OrganiseAsync(id, async () => After(id, await meetings.MoveAsync(id, input, cancellationToken), nameof(Grid)), cancellationToken);

    [HttpPost("freeze")]
    public Task<IActionResult> Freeze(int id, CancellationToken cancellationToken) =>
        OrganiseAsync(id, async () => After(id, await meetings.FreezeAsync(id, cancellationToken), nameof(Grid)), cancellationToken);

    /// <summary>After the event: its meetings held (and what the form takes of them) proposed as the measure's FY figures.</summary>
    [HttpPost("figures")]
    public Task<IActionResult> Figures(int id, CancellationToken cancellationToken) =>
        OrganiseAsync(id, async () => After(id, await meetings.ProposeFiguresAsync(id, cancellationToken), nameof(Grid)), cancellationToken);

    // ---- Participants ----

    /// <summary>The participants with what they offer and seek; ?side=Buyer&amp;prefecture=13&amp;q=… narrow them.</summary>
    [HttpGet("participants")]
    [Authorize(Roles = Participants)]
    public async Task<IActionResult> Marketplace(int id, MeetingSide? side, string? prefecture, string? q, CancellationToken cancellationToken) =>
        await meetings.MarketplaceAsync(id, Party, new MarketplaceFilter(side, prefecture, q), cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("participants")]
    [Authorize(Roles = Participants)]
    public async Task<IActionResult> Register(int id, RegistrationInput input, CancellationToken cancellationToken) =>
        After(id, await meetings.RegisterAsync(id, Party, input, cancellationToken), nameof(Marketplace));

    [HttpPost("requests")]
    [Authorize(Roles = Participants)]
    public async Task<IActionResult> Ask(int id, int to, string? message, CancellationToken cancellationToken) =>
        After(id, await meetings.RequestAsync(id, Party, to, message, cancellationToken), nameof(Marketplace));

    [HttpPost("requests/{requestId:int}")]
    [Authorize(Roles = Participants)]
    public async Task<IActionResult> Decide(int id, int requestId, bool accept, CancellationToken cancellationToken) =>
        After(id, await meetings.DecideAsync(id, Party, requestId, accept, cancellationToken), nameof(Mine));

    [HttpGet("mine")]
    [Authorize(Roles = Participants)]
    public async Task<IActionResult> Mine(int id, CancellationToken cancellationToken) =>
        await meetings.AgendaAsync(id, Party, cancellationToken) is { } model ? View(model) : RedirectToAction(nameof(Marketplace), new { id });

    /// <summary>The agenda alone, for printing.</summary>
    [HttpGet("mine/print")]
    [Authorize(Roles = Participants)]
    public async Task<IActionResult> Print(int id, CancellationToken cancellationToken) =>
        await meetings.AgendaAsync(id, Party, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("mine.ics")]
    [Authorize(Roles = Participants)]
    public async Task<IActionResult> Calendar(int id, CancellationToken cancellationToken)
    {
        if (await meetings.AgendaAsync(id, Party, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        var text = AgendaCalendar.Write(model, new Uri(address.BaseUrl).Host, clock.GetUtcNow().UtcDateTime, L);
        return File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"meetings-{id}.ics");
    }

    [HttpPost("{meetingId:int}/outcome")]
    [Authorize(Roles = Participants)]
    public async Task<IActionResult> Outcome(int id, int meetingId, MeetingOutcome outcome, CancellationToken cancellationToken) =>
        After(id, await meetings.RecordOutcomeAsync(id, Party, meetingId, outcome, cancellationToken), nameof(Mine));
}
