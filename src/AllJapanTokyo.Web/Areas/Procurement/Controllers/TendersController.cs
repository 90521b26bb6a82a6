using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Areas.Procurement.TenderPage;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>The public face of ビジネスチャンス・ナビ2020: figures, buyers, the tender search, its CSV and a tender's page.</summary>
[Area("Procurement")]
[Route("procurement")]
[AllLanguages]
public sealed class TendersController(
    TenderSearchService search,
    TenderPageService pages,
    TenderSearchPageTemplates templates,
    PublishedViewCache published,
    IOptions<TenderSearchCacheOptions> searchCache) : Controller
{
    /// <summary>
    /// The tender search. An anonymous visitor's page is written from its template (<see cref="TenderSearchPageTemplates"/>)
    /// and kept in the published-page store for as long as the search's data may lag (Procurement:SearchCache:Seconds;
    /// 0 = never), since tenders do not move the published-data version.
    /// </summary>
    [HttpGet("")]
    [PublishedPage]
    public async Task<IActionResult> Index([FromQuery] TenderSearchInput input, CancellationToken cancellationToken)
    {
        PublishedPageCacheMiddleware.StoreFor(HttpContext, TimeSpan.FromSeconds(searchCache.Value.Seconds));
        var (filter, problems) = TenderFilter.From(input);
        var viewerEnterprise = User.IsInRole(Roles.Enterprise) ? User.EnterpriseId() : null;
        var model = await search.IndexAsync(filter, problems, viewerEnterprise, cancellationToken);
        return await templates.ResultAsync(this, model, await published.VersionsAsync(cancellationToken)) ?? View(model);
    }

    /// <summary>A tender with its documents, public Q&amp;A and joint-bid partners; a signed-in enterprise also sees its own bid and forms.</summary>
    [HttpGet("tenders/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var viewerOrganization = User.IsInRole(Roles.BuyerStaff) ? User.OrganizationId() : null;
        var viewerEnterprise = User.IsInRole(Roles.Enterprise) ? User.EnterpriseId() : null;
        var model = await pages.PageAsync(id, viewerEnterprise, viewerOrganization, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>A document of a public tender, served as a download whatever its name says.</summary>
    [HttpGet("tenders/{id:int}/documents/{documentId:int}")]
    public async Task<IActionResult> Document(int id, int documentId, CancellationToken cancellationToken)
    {
        var viewerOrganization = User.IsInRole(Roles.BuyerStaff) ? User.OrganizationId() : null;
        var document = await pages.DocumentAsync(id, documentId, viewerOrganization, cancellationToken);
        return document is { } d ? File(d.Content, "application/pdf", d.FileName) : NotFound();
    }

    /// <summary>The search's whole result (every page) as CSV in the page's language; unusable filter values are left out, as on the page.</summary>
    [HttpGet("tenders.csv")]
    public IActionResult Csv([FromQuery] TenderSearchInput input, CancellationToken cancellationToken)
    {
        var (filter, _) = TenderFilter.From(input);
        return new TenderCsvResult(search.CsvRowsAsync(filter, cancellationToken), "tenders.csv");
    }
}
