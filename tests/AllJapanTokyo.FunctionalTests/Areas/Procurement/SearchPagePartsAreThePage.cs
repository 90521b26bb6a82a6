using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// The layout's menu, sign-in links and footer, the search form's prefecture options and the search's rows are
/// rendered once and kept (PageParts): a page written from kept parts is byte for byte the page rendered whole, for
/// searches in the four languages (keywords, prefectures, categories, later pages, no hits, an unusable page number)
/// and for other public pages that share the layout.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SearchPagePartsAreThePage(PortalFixture fixture)
{
    private static readonly string[] Urls =
    [
        "/procurement",
        "/procurement?q=%E6%B8%85%E6%8E%83",
        "/procurement?q=%E6%B8%85%E6%8E%83&prefecture=13",
        "/en/procurement?q=%E5%B7%A5%E4%BA%8B&category=works",
        "/en/procurement?prefecture=13&page=2",
        "/zh-hans/procurement?category=services&page=2",
        "/zh-hans/procurement?q=LED&prefecture=01",
        "/ko/procurement?q=%EF%BD%97%EF%BD%85%EF%BD%82&category=goods",
        "/ko/procurement?prefecture=47&page=3",
        "/procurement?q=%E5%AD%98%E5%9C%A8%E3%81%97%E3%81%AA%E3%81%84%E8%AA%9E%E5%8F%A5",
        "/procurement?page=999",
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
            var whole = await PageAsync(portal, client, url, partsOn: false);
            var first = await PageAsync(portal, client, url, partsOn: true);
            var kept = await PageAsync(portal, client, url, partsOn: true);
            Assert.True(whole == first, $"{url}: the page whose parts were just rendered differs from the page rendered whole");
            Assert.True(whole == kept, $"{url}: the page of kept parts differs from the page rendered whole");
        }

        Assert.True(parts.Cache.Count > 0, "the parts were kept");
    }

    private static async Task<string> PageAsync(PortalFactory portal, PortalClient client, string url, bool partsOn)
    {
        portal.Services.GetRequiredService<PageParts>().Enabled = partsOn;
        // Not the stored page of the other rendering.
        portal.Services.GetRequiredService<PublishedViewCacheStore>().Cache.Clear();
        try
        {
            using var response = await client.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }
        finally
        {
            portal.Services.GetRequiredService<PageParts>().Enabled = true;
        }
    }
}
