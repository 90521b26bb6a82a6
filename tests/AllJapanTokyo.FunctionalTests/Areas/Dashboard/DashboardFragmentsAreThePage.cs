using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Dashboard.Overview;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

/// <summary>
/// The dashboard's map, bars and table rows are rendered once per year, indicator, view and sort and reused for every
/// highlight (DashboardFragments): the page so composed is byte for byte the page rendered whole, for every highlight
/// of a map and of a bar chart, in the four languages, and with the problems of unusable choices.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardFragmentsAreThePage(PortalFixture fixture)
{
    private static readonly string[] Variants =
    [
        "/dashboard?fy=2020",
        "/dashboard?fy=2020&view=bars",
        "/en/dashboard?fy=2019&indicator=events&view=bars&sort=value&highlight=15",
        "/zh-hans/dashboard?fy=2018&indicator=2-4:business_meetings&view=map&sort=value&highlight=13",
        "/ko/dashboard?fy=2016&indicator=events&view=map&sort=value&highlight=47",
        "/ko/dashboard?fy=2020&indicator=2-4:business_meetings&view=bars&sort=code&highlight=01",
        "/dashboard?fy=2017&view=bars&sort=value&highlight=99",
        "/en/dashboard?fy=2099&indicator=zzz&view=pie&sort=up",
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryHighlightOfAMapAndOfABarChartIsThePageRenderedWhole(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var highlights = new[] { "" }.Concat(Enumerable.Range(1, 47).Select(i => $"&highlight={i:00}")).ToList();
        var urls = highlights.Select(h => "/dashboard?fy=2020&view=map" + h)
            .Concat(highlights.Select(h => "/en/dashboard?fy=2019&indicator=events&view=bars&sort=value" + h))
            .Concat(Variants);

        var fragments = portal.Services.GetRequiredService<DashboardFragmentStore>();
        foreach (var url in urls)
        {
            var composed = await PageAsync(portal, client, url, fragmentsOn: true);
            var whole = await PageAsync(portal, client, url, fragmentsOn: false);
            Assert.True(whole == composed, $"{url}: the composed page differs from the page rendered whole");
        }

        Assert.True(fragments.Cache.Count > 0, "the parts were kept");
    }

    private static async Task<string> PageAsync(PortalFactory portal, PortalClient client, string url, bool fragmentsOn)
    {
        portal.Services.GetRequiredService<DashboardFragmentStore>().Enabled = fragmentsOn;
        // Not the stored page of the other rendering.
        portal.Services.GetRequiredService<PublishedViewCacheStore>().Cache.Clear();
        try
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }
        finally
        {
            portal.Services.GetRequiredService<DashboardFragmentStore>().Enabled = true;
        }
    }
}
