using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// The search page cache, switched on as outside Development: a search seen a moment ago is
/// served from the cache, a different search is not, and the layout's antiforgery token stays per visitor.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EnterpriseSearchCacheOnGet(PortalFixture fixture)
{
    [Fact]
    public async Task ARepeatedSearchIsServedFromTheCacheForAFewSecondsAndANewSearchIsNot()
    {
        await using var cached = fixture.Sqlite.WithWebHostBuilder(b => b.UseSetting("Procurement:SearchCache:Seconds", "30"));
        var client = cached.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var word = ProcurementTestData.UniqueWord();
        var url = "/procurement?q=" + Uri.EscapeDataString(word);

        var before = await client.GetStringAsync(url);
        Assert.Contains("条件に合う案件はありません", before);
        await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{word} 会場警備業務");

        // The same search within 30 s: still the cached page.
        Assert.Contains("条件に合う案件はありません", await client.GetStringAsync(url));

        // Another search (here with a category) is computed afresh and finds the tender.
        var other = await client.GetAsync(url + "&category=services");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains($"{word} 会場警備業務", await other.Content.ReadAsStringAsync());

        // The uncached portal (Development default) shows the tender at once.
        Assert.Contains($"{word} 会場警備業務", await PortalClient.For(fixture.Sqlite).Http.GetStringAsync(url));
    }
}
