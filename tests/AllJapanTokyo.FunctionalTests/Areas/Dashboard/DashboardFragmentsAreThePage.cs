using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Dashboard.Overview;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

/// <summary>
/// The dashboard's map, bars and table rows are rendered once per year, indicator, view and sort and reused for every
/// highlight (DashboardFragments), and the page around them is written from a template kept per year, indicator, view
/// and sort (DashboardPageTemplate): the page so composed is byte for byte the page rendered whole, for every highlight
/// of a map and of a bar chart, in the four languages, whatever the address's other parameters and their order, and
/// with the problems of unusable choices.
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
        "/dashboard?fy=2015&indicator=events&view=map&sort=code&highlight=7",
        "/zh-hans/dashboard?fy=2020&view=bars&sort=value&highlight=%2027%20",
        "/en/dashboard?fy=2020&indicator=&view=map&highlight=",
        // The language links repeat the address as it was written: parameters in another order, one the page does
        // not know, an encoded ampersand and Japanese.
        "/dashboard?highlight=14&fy=2020&view=map&from=%E6%9D%B1%E4%BA%AC%26x",
        "/ko/dashboard?sort=value&fy=2019&indicator=events&view=bars&highlight=47&utm=a&utm=b",
        "/dashboard?view=map&fy=2020",
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
        var kept = fragments.Cache.Keys.OfType<string>().ToList();
        Assert.Contains(kept, k => k.StartsWith("dashboard-part|options|", StringComparison.Ordinal));
        Assert.Contains(kept, k => k.StartsWith("dashboard-page|", StringComparison.Ordinal));
        var templates = kept.Where(k => k.StartsWith("dashboard-template|", StringComparison.Ordinal)).ToList();
        Assert.Contains(templates, k => k.EndsWith("|highlighted", StringComparison.Ordinal) && fragments.Cache.Get(k) is DashboardPageTemplate);
        Assert.Contains(templates, k => k.EndsWith("|plain", StringComparison.Ordinal) && fragments.Cache.Get(k) is DashboardPageTemplate);
        Assert.All(templates, k => Assert.IsType<DashboardPageTemplate>(fragments.Cache.Get(k)));
    }

    /// <summary>
    /// The page model without a highlight is kept and a highlight is set on a copy: asking for a highlighted page and
    /// then for the same view without one gives the page without any mark (the kept model was not changed), and the
    /// form's highlight list and the switch links carry the asked prefecture.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AHighlightIsSetOnACopyOfTheKeptPage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        portal.Services.GetRequiredService<PublishedViewCacheStore>().Cache.Clear();

        var highlighted = await client.GetAsync("/dashboard?fy=2018&view=bars&sort=value&highlight=15");
        var html = await highlighted.Content.ReadAsStringAsync();
        Assert.Contains("<option value=\"15\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("view=map&amp;sort=value&amp;highlight=15", html, StringComparison.Ordinal);
        Assert.DoesNotContain(HighlightTemplate.StandIn, html, StringComparison.Ordinal);

        var plain = await (await client.GetAsync("/dashboard?fy=2018&view=bars&sort=value")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-highlighted=\"true\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("highlight=15", plain, StringComparison.Ordinal);
        Assert.DoesNotContain(" selected=\"selected\">15 ", plain, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\" selected=\"selected\">", plain, StringComparison.Ordinal);
    }

    /// <summary>The page carries no indentation (DashboardMarkup.Trim) in its parts and programme figures.</summary>
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ThePartsCarryNoIndentation(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var html = await (await PortalClient.For(portal).GetAsync("/en/dashboard?fy=2020&highlight=13")).Content.ReadAsStringAsync();
        var main = html[html.IndexOf("<form method=\"get\"", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        foreach (var part in new[] { "<tr data-prefecture=\"01\"", "<g class=\"tile", "<a tabindex=\"-1\" class=\"tile-link\" data-prefecture=\"01\"", "<option value=\"01\"", "<section class=\"mb-4\" aria-labelledby=\"figures-heading\"" })
        {
            Assert.Contains("\n" + part, main, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A dashboard view asked once leaves its recipe (the kept template and what goes into it), from which the early path
    /// writes the page for a visitor without cookies: the same text as the page rendered whole, with and without a
    /// highlight, in other languages, and with the address's own parameters in its language links.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ARecipeWritesThePageRenderedWhole(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var templates = portal.Services.GetRequiredService<DashboardPageTemplates>();
        foreach (var url in new[]
        {
            "/dashboard?fy=2019&view=bars&sort=value&highlight=26",
            "/dashboard?fy=2019&view=bars&sort=value",
            "/en/dashboard?fy=2018&indicator=events&view=map&highlight=04&ref=%E3%83%A1%E3%83%BC%E3%83%AB",
            "/ko/dashboard?fy=2020&indicator=initiatives&view=bars&sort=code&highlight=13",
        })
        {
            await PageAsync(portal, client, url, fragmentsOn: true);
            var whole = await PageAsync(portal, client, url, fragmentsOn: false);

            var (context, body) = EarlyRequests.For(portal, url);
            var version = await portal.Services.GetRequiredService<PublishedVersions>().PublishedAsync();

            Assert.True(await templates.TryServeAsync(context, version), $"{url}: no recipe was kept");
            Assert.Equal("text/html; charset=utf-8", context.Response.ContentType);
            Assert.True(whole == System.Text.Encoding.UTF8.GetString(body.ToArray()), $"{url}: the recipe's page differs from the page rendered whole");
        }
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
