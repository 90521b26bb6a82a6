using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Controllers;

public sealed class HomeController(AppDbContext db) : Controller
{
    /// <summary>The portal's front page: the six chapters and 26 measures, each linked to the area that runs it.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var chapters = await db.Chapters.AsNoTracking()
            .OrderBy(c => c.Number)
            .Select(c => new HomeViewModel.ChapterItem(
                c.Number,
                c.TitleJa,
                c.TitleEn,
                c.Initiatives.OrderBy(i => i.Number).Select(i => new HomeViewModel.InitiativeItem(i.Code, i.Number, i.TitleJa, i.TitleEn, i.ProgrammeJa, i.Area)).ToList()))
            .ToListAsync(cancellationToken);
        var headline = await db.IndicatorValues.AsNoTracking()
            .Where(v => !v.IsSynthetic && v.InitiativeCode == "1-1" && v.IndicatorCode == "registered_enterprises")
            .OrderByDescending(v => v.FiscalYear)
            .Select(v => new { v.Value, v.Qualifier, v.FiscalYear })
            .FirstOrDefaultAsync(cancellationToken);
        return View(new HomeViewModel(chapters, headline?.Value, headline?.Qualifier ?? Domain.Common.ValueQualifier.Exact, headline?.FiscalYear));
    }

    /// <summary>Switches between Japanese and English; a POST because it changes state (a cookie).</summary>
    [HttpPost("/culture")]
    public IActionResult SetCulture(string culture, string? returnUrl)
    {
        var chosen = culture == "en" ? "en" : "ja-JP";
        Response.Cookies.Append(
            CultureCookie.Name,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
