using System.Globalization;
using System.Text.Json.Nodes;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Procurement.BiddingTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>Awards, contracts and the number of bidders made on the portal appear in the OCDS release, valid against the 1.1.5 schema.</summary>
[Collection(PortalCollection.Name)]
public sealed class OcdsAwardsOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnAwardedTenderWithItsContractIsPublishedAsAwardAndContract(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (enterpriseId, email) = await NewEnterpriseUserAsync(portal);
        var (_, otherEmail) = await NewEnterpriseUserAsync(portal);
        await BidAsync(await PortalClient.SignedInAsync(portal, email), tender.Id, "1,234,000");
        await BidAsync(await PortalClient.SignedInAsync(portal, otherEmail), tender.Id, "1,300,000");

        var (_, sealedJson) = await GetAsync(portal, tender.Reference);
        Assert.Null(sealedJson["releases"]![0]!["tender"]!["numberOfTenderers"]);

        await CloseAsync(portal, tender.Id);
        var bidId = (await BidsAsync(portal, tender.Id)).Single(b => b.EnterpriseId == enterpriseId).Id;
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var manage = $"/procurement/mine/tenders/{tender.Id}";
        AssertRedirect(await buyer.PostFormAsync($"{manage}/award?bidId={bidId}", $"{manage}/award", [new("bidId", bidId.ToString(CultureInfo.InvariantCulture))]), manage);
        var today = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        AssertRedirect(await buyer.PostFormAsync(manage, $"{manage}/contract", [new("contractAmount", "1234000"), new("contractSignedOn", today)]), manage);

        var (text, json) = await GetAsync(portal, tender.Reference);

        Assert.Empty(OcdsSchema.Errors(text));
        var release = json["releases"]![0]!;
        Assert.Equal(new[] { "award", "contract" }, release["tag"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(2, (int?)release["tender"]!["numberOfTenderers"]);
        var award = release["awards"]![0]!;
        Assert.Equal("active", (string?)award["status"]);
        Assert.Equal(1_234_000, (long?)award["value"]!["amount"]);
        var supplierName = await portal.WithDbAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.NameJa).SingleAsync());
        Assert.Equal(supplierName, (string?)award["suppliers"]![0]!["name"]);
        Assert.Contains(release["parties"]!.AsArray(), p => (string?)p!["id"] == $"ent-{enterpriseId}" && p["roles"]!.AsArray().Any(r => (string?)r == "supplier"));
        var contract = release["contracts"]![0]!;
        Assert.Equal((string?)award["id"], (string?)contract["awardID"]);
        Assert.Equal(1_234_000, (long?)contract["value"]!["amount"]);
        Assert.StartsWith(today, (string?)contract["dateSigned"]);
        // The release is dated when the award was recorded (OcdsReleaseDates has the other cases).
        Assert.Equal((string?)award["date"], (string?)release["date"]);
    }

    private static async Task<(string Text, JsonNode Json)> GetAsync(PortalFactory portal, string reference)
    {
        var text = await PortalClient.For(portal).Http.GetStringAsync($"/procurement/ocds/{reference}");
        return (text, JsonNode.Parse(text)!);
    }
}
