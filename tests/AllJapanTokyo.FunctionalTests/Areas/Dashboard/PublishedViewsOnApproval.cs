using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Dashboard;

/// <summary>
/// The published views are cached on the published-data version: a value approved without moving the version stays
/// unseen (the page comes from the cache), and the approval that moves it in its transaction (MarkChangedAsync) shows
/// at the next request. Officials' previews are never cached.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PublishedViewsOnApproval(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApprovingAValueChangesTheCachedDashboardProfileAndReport(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var note = $"新潟県の商談数（キャッシュ試験）{Guid.NewGuid():N}";
        const string Indicator = "2-4:business_meetings";
        var id = await portal.WithDbAsync(async db =>
        {
            var value = new IndicatorValue
            {
                InitiativeCode = "2-4",
                FiscalYear = 2020,
                IndicatorCode = "business_meetings",
                PrefectureCode = "15",
                Value = 321,
                NoteJa = note,
                ReviewState = ReviewState.Submitted,
            };
            db.IndicatorValues.Add(value);
            await db.SaveChangesAsync();
            return value.Id;
        });

        var anonymous = PortalClient.For(portal);
        try
        {
            // Published (and now cached): the submitted value is nowhere.
            var (_, dashboard) = await anonymous.GetPageAsync($"/dashboard?fy=2020&indicator={Indicator}");
            Assert.Contains(dashboard.QuerySelectorAll("main [role=alert]"), a => a.TextContent.Contains(Indicator, StringComparison.Ordinal));
            Assert.DoesNotContain(note, (await anonymous.GetPageAsync("/prefectures/15")).Document.Body!.TextContent);
            Assert.DoesNotContain(note, (await anonymous.GetPageAsync("/reports/2020")).Document.Body!.TextContent);

            // Niigata's own staff and Tokyo's officials see it under review: their pages are never cached.
            var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
            Assert.Contains(note, (await niigata.GetPageAsync("/prefectures/15")).Document.Body!.TextContent);

            // Approved behind the application's back, without moving the version: the cached pages stay as they were.
            await portal.WithDbAsync(async db =>
                await db.IndicatorValues.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ReviewState, ReviewState.Approved)));
            Assert.DoesNotContain(note, (await anonymous.GetPageAsync("/prefectures/15")).Document.Body!.TextContent);
            Assert.NotEmpty((await anonymous.GetPageAsync($"/dashboard?fy=2020&indicator={Indicator}")).Document.QuerySelectorAll("main [role=alert]"));

            // The approval as the workflow does it: the version moves in the same transaction. The next request sees it.
            await portal.WithDbAsync(async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await db.IndicatorValues.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ReviewState, ReviewState.Approved));
                await db.MarkChangedAsync(DateTime.UtcNow);
                await transaction.CommitAsync();
                return 0;
            });

            Assert.Contains(note, (await anonymous.GetPageAsync("/prefectures/15")).Document.Body!.TextContent);
            var (_, after) = await anonymous.GetPageAsync($"/dashboard?fy=2020&indicator={Indicator}&sort=value");
            Assert.Empty(after.QuerySelectorAll("main [role=alert]"));
            Assert.Equal(Indicator, after.QuerySelector("select#indicator option[selected]")!.GetAttribute("value"));
            var first = after.QuerySelectorAll("#participation-table tbody tr")[0];
            Assert.Equal("15", first.GetAttribute("data-prefecture"));
            Assert.Equal("321件", first.QuerySelector("td.metric-value")!.TextContent.Trim());
            Assert.Equal("1位", first.QuerySelectorAll("td")[2].TextContent.Trim());
            Assert.Equal("データなし", after.QuerySelector("#participation-table tr[data-prefecture='01'] td.metric-value")!.TextContent.Trim());
            Assert.Equal("321件", after.QuerySelector("main svg[role=img] g[data-prefecture='15'] text.tile-caption")!.TextContent);
        }
        finally
        {
            await portal.WithDbAsync(async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await db.IndicatorValues.Where(v => v.Id == id).ExecuteDeleteAsync();
                await db.MarkChangedAsync(DateTime.UtcNow);
                await transaction.CommitAsync();
                return 0;
            });
        }

        Assert.DoesNotContain(note, (await anonymous.GetPageAsync("/prefectures/15")).Document.Body!.TextContent);
    }

    [Fact]
    public async Task AnonymousVisitorsGetTheStoredPageInTheLanguageOfItsAddress()
    {
        const string Url = "/dashboard?fy=2018&view=bars&sort=value";
        var first = PortalClient.For(fixture.Sqlite);
        var (_, firstPage) = await first.GetPageAsync(Url);
        var second = PortalClient.For(fixture.Sqlite);
        var (response, secondPage) = await second.GetPageAsync(Url);

        Assert.Equal("hit", string.Join(",", response.Headers.GetValues("X-Published-Page")));
        Assert.Equal(firstPage.QuerySelector("main")!.InnerHtml, secondPage.QuerySelector("main")!.InnerHtml);

        // The stored Japanese page is not served for the English address, and its switch leads there.
        var englishHref = secondPage.QuerySelector("nav.language-switch a[hreflang=en]")!.GetAttribute("href")!;
        Assert.Equal("/en" + Url, englishHref);
        var (_, english) = await second.GetPageAsync(englishHref);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Dashboard", english.QuerySelector("h1")!.TextContent);

        // Signed-in pages are never stored or served from the store.
        var official = await PortalClient.SignedInAsync(fixture.Sqlite, "official@example.jp");
        var (signedIn, _) = await official.GetPageAsync(Url);
        Assert.False(signedIn.Headers.Contains("X-Published-Page"));
        Assert.Equal("no-store", signedIn.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/en")]
    [InlineData("/zh-hans")]
    [InlineData("/ko")]
    public async Task EachLanguageIsStoredApartAndItsStoredPageLinksInItsLanguage(string prefix)
    {
        var url = prefix + "/dashboard/matrix?fy=2017";
        await PortalClient.For(fixture.Sqlite).GetPageAsync(url);
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync(url);

        Assert.Equal("hit", string.Join(",", response.Headers.GetValues("X-Published-Page")));
        var links = page.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.True(href == prefix || href.StartsWith(prefix + "/", StringComparison.Ordinal), href));
    }
}
