using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;
using Microsoft.Extensions.DependencyInjection;
using static AllJapanTokyo.FunctionalTests.Areas.Procurement.BiddingTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>Bids are sealed until the deadline, also in the database query; a buyer sees its own tenders' bids only; an enterprise never sees another's bid.</summary>
[Collection(PortalCollection.Name)]
public sealed class BidSealingAndAccess(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheBuyerCannotSeeAmountsBeforeTheDeadlineEvenById(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        var sme = await PortalClient.SignedInAsync(portal, email);
        await BidAsync(sme, tender.Id, "3456789", attachment: Pdf());
        var bid = Assert.Single(await BidsAsync(portal, tender.Id));
        var buyerId = await ProcurementTestData.BuyerIdAsync(portal);

        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var (response, page) = await buyer.GetPageAsync($"/procurement/mine/tenders/{tender.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("封印されています", page.QuerySelector(".sealed-notice")!.TextContent);
        Assert.DoesNotContain("3,456,789", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("table.bids"));
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/procurement/mine/tenders/{tender.Id}/bids/{bid.Id}/attachment")).StatusCode);
        // The query itself yields nothing before the deadline, whoever calls it with the right ids.
        await using (var scope = portal.CreateScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<BuyerWorkspaceService>().SealedBidsAsync(buyerId, tender.Id, default));
        }

        await CloseAsync(portal, tender.Id);
        (_, page) = await buyer.GetPageAsync($"/procurement/mine/tenders/{tender.Id}");

        Assert.Contains("3,456,789円", page.QuerySelector("table.bids")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync($"/procurement/mine/tenders/{tender.Id}/bids/{bid.Id}/attachment")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ABuyerSeesBidsOfItsOwnOrganisationsTendersOnly(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, email) = await NewEnterpriseUserAsync(portal);
        await BidAsync(await PortalClient.SignedInAsync(portal, email), tender.Id, "2345678");
        await CloseAsync(portal, tender.Id);
        var (otherOrganization, otherBuyerEmail) = await NewBuyerUserAsync(portal);

        var other = await PortalClient.SignedInAsync(portal, otherBuyerEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/procurement/mine/tenders/{tender.Id}")).StatusCode);
        var award = await other.PostFormAsync("/procurement/mine", $"/procurement/mine/tenders/{tender.Id}/award", [new("bidId", "1")]);
        Assert.Equal(HttpStatusCode.NotFound, award.StatusCode);
        var (_, publicPage) = await other.GetPageAsync($"/procurement/tenders/{tender.Id}");
        Assert.DoesNotContain("2,345,678", publicPage.Body!.TextContent);
        await using var scope = portal.CreateScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<BuyerWorkspaceService>().SealedBidsAsync(otherOrganization, tender.Id, default));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnEnterpriseNeverSeesAnotherEnterprisesBid(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, emailA) = await NewEnterpriseUserAsync(portal);
        var (_, emailB) = await NewEnterpriseUserAsync(portal);
        var smeA = await PortalClient.SignedInAsync(portal, emailA);
        var smeB = await PortalClient.SignedInAsync(portal, emailB);
        await BidAsync(smeA, tender.Id, "4567891", "A社の備考ひみつ");

        foreach (var url in new[] { $"/procurement/tenders/{tender.Id}", "/procurement/mine" })
        {
            var (_, page) = await smeB.GetPageAsync(url);
            Assert.DoesNotContain("4,567,891", page.Body!.TextContent);
            Assert.DoesNotContain("A社の備考ひみつ", page.Body!.TextContent);
        }

        var (_, tenderPageB) = await smeB.GetPageAsync($"/procurement/tenders/{tender.Id}");
        Assert.Contains("まだ入札していません。", tenderPageB.QuerySelector("#bidder")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await smeB.GetAsync($"/procurement/mine/tenders/{tender.Id}")).StatusCode);

        // B withdrawing does not touch A's bid.
        await smeB.PostFormAsync($"/procurement/tenders/{tender.Id}", $"/procurement/tenders/{tender.Id}/bid/withdraw", []);
        Assert.Equal(Domain.Procurement.BidStatus.Active, Assert.Single(await BidsAsync(portal, tender.Id)).Status);
    }
}
