using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.Funds.Controllers;

/// <summary>The SME Collaboration Promotion Fund (measure 2-6): public pages, no sign-in needed.</summary>
[Area("Funds")]
[Route("funds")]
[AllLanguages]
public sealed class FundsController(FundsService funds) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await funds.GetIndexAsync(cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("investments/{id:int}")]
    public async Task<IActionResult> Investment(int id, CancellationToken cancellationToken) =>
        await funds.GetInvestmentAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("prefectures/{code}")]
    public async Task<IActionResult> Prefecture(string code, CancellationToken cancellationToken) =>
        await funds.GetPrefectureAsync(code, cancellationToken) is { } model ? View(model) : NotFound();
}
