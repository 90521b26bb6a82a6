using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// The layout's menu, sign-in links and footer, the search form's prefecture options and the search's rows are
/// rendered once and kept (PageParts), and an anonymous search page is written from its template
/// (TenderSearchPageTemplates): a page written from kept parts or from a template is byte for byte the page rendered
/// whole, for searches in the four languages (keywords, prefectures, categories, statuses, sorts, later pages, no hits,
/// an unusable page number, a word that needs encoding) and for other public pages that share the layout.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SearchPagePartsAreThePage(PortalFixture fixture)
{
    private static readonly string[] Urls =
    [
        "/procurement",
        "/procurement?q=%E6%B8%85%E6%8E%83",
        "/procurement?q=%E6%B8%85%E6%8E%83&prefecture=13",
        "/procurement?q=%E5%B7%A5%E4%BA%8B&status=tendering&sort=newest&page=2",
        "/procurement?sort=newest&category=goods",
        "/procurement?q=a%3Cb%22%26c%27+d",
        "/en/procurement?q=%E5%B7%A5%E4%BA%8B&category=works",
        "/en/procurement?prefecture=13&page=2",
        "/en/procurement?q=Web&ref=%E3%83%A1%E3%83%BC%E3%83%AB",
        "/zh-hans/procurement?category=services&page=2",
        "/zh-hans/procurement?q=LED&prefecture=01",
        "/ko/procurement?q=%EF%BD%97%EF%BD%85%EF%BD%82&category=goods",
        "/ko/procurement?prefecture=47&page=3",
        "/procurement?q=%E5%AD%98%E5%9C%A8%E3%81%97%E3%81%AA%E3%81%84%E8%AA%9E%E5%8F%A5",
        "/procurement?q=%E5%AD%98%E5%9C%A8%E3%81%97%E3%81%AA%E3%81%84%E8%AA%9E%E5%8F%A5&page=3",
        "/procurement?page=999",
        "/procurement?page=abc&prefecture=99",
        "/",
        "/en/reports/2020",
        "/ko/dashboard?fy=2020",
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APageOfKeptPartsIsThePageRenderedWhole(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var parts = portal.Services.GetRequiredService<PageParts>();
        foreach (var url in Urls)
        {
            var whole = await PageAsync(portal, client, url, keptOn: false);
            var first = await PageAsync(portal, client, url, keptOn: true);
            var kept = await PageAsync(portal, client, url, keptOn: true);
            Assert.True(whole.Body == first.Body, $"{url}: the page whose parts were just rendered differs from the page rendered whole");
            Assert.True(whole.Body == kept.Body, $"{url}: the page of kept parts differs from the page rendered whole");
            if (url.Contains("procurement", StringComparison.Ordinal))
            {
                // Each search's page from its template once its rows are kept, most of them from a template cut for
                // another search: the holes take this search's own words, counts, options, rows and pager.
                Assert.True(kept.Source == "template", $"{url}: the search page was not written from its template ({kept.Source})");
            }
        }

        Assert.True(parts.Cache.Count > 0, "the parts were kept");
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ARecipeWritesTheSearchPageRenderedWhole(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var templates = portal.Services.GetRequiredService<TenderSearchPageTemplates>();
        var searchCache = portal.Services.GetRequiredService<IOptions<TenderSearchCacheOptions>>().Value;
        var seconds = searchCache.Seconds;
        searchCache.Seconds = 10;
        try
        {
            foreach (var url in new[]
            {
                "/procurement?q=%E6%B8%85%E6%8E%83&prefecture=13&page=2",
                "/en/procurement?q=LED&category=goods",
                "/ko/procurement?q=%E5%AD%98%E5%9C%A8%E3%81%97%E3%81%AA%E3%81%84%E8%AA%9E%E5%8F%A5",
            })
            {
                await PageAsync(portal, client, url, keptOn: true);
                var whole = await PageAsync(portal, client, url, keptOn: false);

                var (context, body) = EarlyRequests.For(portal, url);
                var versions = await portal.Services.GetRequiredService<PublishedVersions>().ReadAsync();

                Assert.True(await templates.TryServeAsync(context, versions), $"{url}: no recipe was kept");
                Assert.Equal("text/html; charset=utf-8", context.Response.ContentType);
                Assert.True(whole.Body == System.Text.Encoding.UTF8.GetString(body.ToArray()), $"{url}: the recipe's page differs from the page rendered whole");
            }
        }
        finally
        {
            searchCache.Seconds = seconds;
        }
    }

    private static async Task<(string Body, string? Source)> PageAsync(PortalFactory portal, PortalClient client, string url, bool keptOn)
    {
        portal.Services.GetRequiredService<PageParts>().Enabled = keptOn;
        portal.Services.GetRequiredService<TenderSearchPageTemplates>().Enabled = keptOn;
        // Not the stored page of the other rendering.
        portal.Services.GetRequiredService<PublishedViewCacheStore>().Cache.Clear();
        try
        {
            using var response = await client.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var source = response.Headers.TryGetValues(PublishedPageCacheMiddleware.Header, out var values) ? string.Join(",", values) : null;
            return (await response.Content.ReadAsStringAsync(), source);
        }
        finally
        {
            portal.Services.GetRequiredService<PageParts>().Enabled = true;
            portal.Services.GetRequiredService<TenderSearchPageTemplates>().Enabled = true;
        }
    }
}
