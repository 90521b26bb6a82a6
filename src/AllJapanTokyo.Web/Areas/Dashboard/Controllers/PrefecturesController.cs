using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using AllJapanTokyo.Web.Areas.Dashboard.Prefectures;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Dashboard.Controllers;

/// <summary>The 47 prefectures and each prefecture's profile.</summary>
[Area("Dashboard")]
[Route("prefectures")]
[AllLanguages]
public sealed class PrefecturesController(PrefectureListService list, PrefectureProfileService profiles, PublishedViewCache cache) : Controller
{
    [HttpGet("")]
    [PublishedPage]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await cache.GetOrCreateAsync("/prefectures", list.PrefecturesAsync, cancellationToken));

    /// <summary>/prefectures/18; "1" and "01" both open 北海道. Anything that is not a prefecture code is 404.</summary>
    [HttpGet("{code}")]
    [PublishedPage]
    public async Task<IActionResult> Profile(string code, CancellationToken cancellationToken)
    {
        if (!ParticipationRules.TryNormalizePrefectureCode(code, out var normalized))
        {
            return NotFound();
        }

        // Those who may review see figures under review: never cached. Everyone else shares the published profile.
        var profile = MayReviewFiguresOf(normalized)
            ? await profiles.PrefectureAsync(normalized, includeUnapprovedFigures: true, cancellationToken)
            : await cache.GetOrCreateAsync($"/prefectures/{normalized}", ct => profiles.PrefectureAsync(normalized, includeUnapprovedFigures: false, ct), cancellationToken);
        return profile is null ? NotFound() : View(profile);
    }

    /// <summary>Figures under review are shown to Tokyo's staff and to the prefecture's own staff; everyone else sees approved figures only.</summary>
    private bool MayReviewFiguresOf(string prefectureCode) =>
        User.IsInRole(Roles.Administrator)
        || User.IsInRole(Roles.TokyoOfficial)
        || (User.IsInRole(Roles.PrefectureStaff) && User.PrefectureCode() == prefectureCode);
}
