using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Controllers;

[AllLanguages]
public sealed class HomeController(AppDbContext db) : Controller
{
    /// <summary>The figure the front page leads with: the tender portal's registered enterprises.</summary>
    private static readonly (string Initiative, string Indicator) RegisteredEnterprises = ("1-1", "registered_enterprises");

    /// <summary>The portal's front page: the six chapters and 26 measures, each linked to the area that runs it.</summary>
    [HttpGet("/")]
    [Areas.Dashboard.PublishedPage]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var chapters = await db.Chapters.AsNoTracking()
            .OrderBy(c => c.Number)
            .Select(c => new HomeViewModel.ChapterItem(
                c.Number,
                c.Title,
                c.Initiatives.OrderBy(i => i.Number).Select(i => new HomeViewModel.InitiativeItem(i.Code, i.Number, i.Title, i.ProgrammeJa, i.Area)).ToList()))
            .ToListAsync(cancellationToken);
        var headline = await db.IndicatorValues.AsNoTracking()
            .Where(IndicatorValue.IsPublished)
            .Where(v => v.InitiativeCode == RegisteredEnterprises.Initiative && v.IndicatorCode == RegisteredEnterprises.Indicator)
            .OrderByDescending(v => v.FiscalYear)
            .Join(db.IndicatorDefinitions, v => v.IndicatorCode, d => d.Code, (v, d) => new HomeViewModel.Headline(v.Value, v.Qualifier, d.Unit, v.FiscalYear))
            .FirstOrDefaultAsync(cancellationToken);
        return View(new HomeViewModel(chapters, headline));
    }

    /// <summary>
    /// The former language switch (a form that set a cookie). Pages now carry their language in the URL; a form still
    /// posted from an old page is sent to the address of the page it came from in the language it asked for, and the
    /// cookie is deleted. Its antiforgery token may come from a page served before a restart, so it is not checked:
    /// the action changes nothing.
    /// </summary>
    [HttpPost("/culture")]
    [IgnoreAntiforgeryToken]
    public IActionResult RetiredLanguageSwitch(string? culture, string? returnUrl)
    {
        Response.Cookies.Delete(LanguagePrefixMiddleware.RetiredCultureCookie);
        var language = PortalLanguage.FromCultureName(culture);
        var page = returnUrl is not null && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/~", StringComparison.Ordinal) ? returnUrl : "/";
        return LocalRedirect(RequestedLanguage.Of(HttpContext).SitePathBase + language.PathBase + page);
    }
}
