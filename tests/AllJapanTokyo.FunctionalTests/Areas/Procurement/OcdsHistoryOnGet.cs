using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.Ocds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AllJapanTokyo.FunctionalTests.Areas.Procurement.BiddingTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// OCDS with its history: a release per event of a tender, stored with the change and kept when the tender changes
/// later; the record with its compiled release; the bulk download with its ETag; the portal's extension for synthetic data.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OcdsHistoryOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryEventOfATenderIsAReleaseAndTheRecordCompilesToItsCurrentState(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var now = DateTime.UtcNow;
        var title = $"{ProcurementTestData.UniqueWord()} 会場警備業務（履歴試験）";
        var tender = await ProcurementTestData.InsertTenderAsync(portal, title, t =>
        {
            (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (now.AddDays(2), now.AddDays(2), now.AddDays(10));
            t.ContactJa = "調達担当（試験） 03-1234-5678";
        }, status: TenderStatus.Draft, neverPublished: true);
        var buyerId = tender.BuyerOrganizationId;
        var (enterpriseId, email) = await NewEnterpriseUserAsync(portal);

        Assert.True((await WorkspaceAsync(portal, w => w.PublishAsync(buyerId, tender.Id, null, default))).Succeeded);
        var questionId = await portal.WithDbAsync(async db =>
        {
            var question = new TenderQuestion { TenderId = tender.Id, EnterpriseId = enterpriseId, QuestionText = "夜間作業はありますか。", AskedAtUtc = DateTime.UtcNow };
            db.TenderQuestions.Add(question);
            await db.SaveChangesAsync();
            return question.Id;
        });
        Assert.True((await WorkspaceAsync(portal, w => w.AnswerAsync(buyerId, tender.Id, questionId, "夜間作業はありません。", default))).Succeeded);
        var published = await portal.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == tender.Id));
        var amendment = AmendmentInput.From(published);
        amendment.Title = title + "（訂正）";
        amendment.Reason = "件名の誤りを訂正します。";
        Assert.True((await WorkspaceAsync(portal, w => w.AmendAsync(buyerId, tender.Id, amendment, null, default))).Succeeded);

        await SetDatesAsync(portal, tender.Id, now.AddDays(-2), now.AddDays(-1), now.AddDays(10));
        await BidAsync(await PortalClient.SignedInAsync(portal, email), tender.Id, "1,150,000");
        await CloseAsync(portal, tender.Id);
        var bidId = (await BidsAsync(portal, tender.Id)).Single().Id;
        Assert.True((await WorkspaceAsync(portal, w => w.AwardAsync(buyerId, tender.Id, bidId, default))).Succeeded);
        var today = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True((await WorkspaceAsync(portal, w => w.RecordContractAsync(buyerId, tender.Id, "1150000", today, default))).Succeeded);
        Assert.True((await WorkspaceAsync(portal, w => w.CompleteAsync(buyerId, tender.Id, default))).Succeeded);

        var client = PortalClient.For(portal);
        var ocid = $"{OcdsReleaseBuilder.DefaultOcidPrefix}-{tender.Reference}";
        var response = await client.GetAsync($"/procurement/ocds/records/{ocid}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var package = JsonNode.Parse(text)!;
        AssertPackageMetadata(package);
        var record = Assert.Single(package["records"]!.AsArray())!;
        Assert.Equal(ocid, (string?)record["ocid"]);
        var releases = record["releases"]!.AsArray().Select(r => r!).ToList();

        Assert.Equal(
            new[] { "tender", "tenderUpdate", "tenderAmendment", "award", "contract", "contractTermination" },
            releases.Select(r => (string?)r["tag"]![0]));
        Assert.Equal(releases.Count, releases.Select(r => (string?)r["id"]).Distinct().Count());
        Assert.All(releases, r => Assert.Equal(ocid, (string?)r["ocid"]));
        var dates = releases.Select(r => DateTimeOffset.Parse((string)r["date"]!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.Order(), dates);
        // Each release says what was known then: the title before the amendment, no award before the award.
        Assert.Equal(title, (string?)releases[0]["tender"]!["title"]);
        Assert.Null(releases[0]["tender"]!["hasEnquiries"]);
        Assert.True((bool?)releases[1]["tender"]!["hasEnquiries"]);
        Assert.Equal(title + "（訂正）", (string?)releases[2]["tender"]!["title"]);
        Assert.Null(releases[2]["awards"]);
        Assert.Equal("active", (string?)releases[3]["awards"]![0]!["status"]);
        Assert.Null(releases[3]["contracts"]);
        Assert.Equal("active", (string?)releases[4]["contracts"]![0]!["status"]);
        Assert.Equal("terminated", (string?)releases[5]["contracts"]![0]!["status"]);
        var contact = releases[0]["parties"]![0]!["contactPoint"]!;
        Assert.Equal("調達担当（試験）", (string?)contact["name"]);
        Assert.Equal("03-1234-5678", (string?)contact["telephone"]);

        // The compiled release is the tender as it stands: what the single-tender export says now.
        var compiled = record["compiledRelease"]!;
        Assert.Equal(new[] { "compiled" }, compiled["tag"]!.AsArray().Select(t => (string?)t));
        var current = (await client.Http.GetFromJsonNodeAsync($"/procurement/ocds/{tender.Reference}"))["releases"]![0]!;
        foreach (var section in new[] { "tender", "awards", "contracts", "parties", "buyer", "initiationType", "language" })
        {
            Assert.True(JsonNode.DeepEquals(current[section], compiled[section]), $"{section}: {current[section]?.ToJsonString()} ≠ {compiled[section]?.ToJsonString()}");
        }

        Assert.Empty(OcdsSchema.Errors(AsReleasePackage(package, [.. releases, compiled])));

        // Kept: a later change adds a release and leaves the earlier ones as they were.
        var again = JsonNode.Parse(await client.Http.GetStringAsync($"/procurement/ocds/records/{ocid}"))!["records"]![0]!["releases"]!.AsArray();
        Assert.Equal(releases.Select(r => r.ToJsonString()), again.Select(r => r!.ToJsonString()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACancelledTenderKeepsItsTenderReleaseBesideTheCancellation(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        Assert.True((await WorkspaceAsync(portal, w => w.CancelAsync(tender.BuyerOrganizationId, tender.Id, "仕様の見直しのため。", default))).Succeeded);

        var package = await PortalClient.For(portal).Http.GetFromJsonNodeAsync($"/procurement/ocds/records/{OcdsReleaseBuilder.DefaultOcidPrefix}-{tender.Reference}");
        var record = package["records"]![0]!;
        var releases = record["releases"]!.AsArray();

        // A tender inserted without history gets the history its recorded moments tell, stored with the cancellation.
        Assert.Equal(new[] { "tender", "tenderCancellation" }, releases.Select(r => (string?)r!["tag"]![0]));
        Assert.Equal("active", (string?)releases[0]!["tender"]!["status"]);
        Assert.Equal("cancelled", (string?)record["compiledRelease"]!["tender"]!["status"]);
        Assert.Equal(2, await portal.WithDbAsync(db => db.OcdsStoredReleases.CountAsync(r => r.TenderId == tender.Id)));
        Assert.Empty(OcdsSchema.Errors(AsReleasePackage(package, [.. releases.Select(r => r!), record["compiledRelease"]!])));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheBulkDownloadHoldsEveryStoredReleaseWithAnETagThatMovesWithTheTenders(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal, t => t.IsSynthetic = true);
        await using (var scope = portal.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<OcdsHistory>().BackfillAsync(default);
        }

        var client = PortalClient.For(portal);
        var response = await client.GetAsync("/procurement/ocds/releases.jsonl.gz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gzip", response.Content.Headers.ContentType?.MediaType);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        var lines = await LinesAsync(response);
        var ocid = $"{OcdsReleaseBuilder.DefaultOcidPrefix}-{tender.Reference}";
        var own = lines.Select(l => JsonNode.Parse(l)!).Where(r => (string?)r["ocid"] == ocid).ToList();
        var release = Assert.Single(own);
        Assert.True((bool?)release["x_synthetic"]);
        var stored = await portal.WithDbAsync(db => db.OcdsStoredReleases.CountAsync());
        Assert.Equal(stored, lines.Count);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/procurement/ocds/releases.jsonl.gz");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.Http.SendAsync(conditional)).StatusCode);

        Assert.True((await WorkspaceAsync(portal, w => w.CancelAsync(tender.BuyerOrganizationId, tender.Id, "会場の都合により中止します。", default))).Succeeded);
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, "/procurement/ocds/releases.jsonl.gz");
        afterChange.Headers.IfNoneMatch.Add(etag);
        var changed = await client.Http.SendAsync(afterChange);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains(await LinesAsync(changed), l => l.Contains(ocid, StringComparison.Ordinal) && l.Contains("tenderCancellation", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SyntheticDataIsDeclaredByTheExtensionEveryPackageNames(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal, t => t.IsSynthetic = true);
        var client = PortalClient.For(portal);

        var package = await client.Http.GetFromJsonNodeAsync($"/procurement/ocds/{tender.Reference}");
        var extensions = package["extensions"]!.AsArray().Select(e => (string)e!).ToList();
        var own = Assert.Single(extensions, e => e.StartsWith("https://localhost/", StringComparison.Ordinal));
        var extension = await client.Http.GetFromJsonNodeAsync(new Uri(own).PathAndQuery);
        Assert.Equal("Synthetic data", (string?)extension["name"]!["en"]);
        Assert.Equal(new[] { "release-schema.json" }, extension["schemas"]!.AsArray().Select(s => (string?)s));
        var patch = await client.Http.GetFromJsonNodeAsync(new Uri(new Uri(own), "release-schema.json").PathAndQuery);

        // The release schema with the extension's patch declares every field of the release, x_synthetic included.
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "ocds-1.1.5", "release-schema.json")))!.AsObject();
        MergePatch(schema, patch.AsObject());
        var declared = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var release = package["releases"]![0]!.AsObject();
        Assert.True((bool?)release["x_synthetic"]);
        Assert.All(release.Select(p => p.Key), field => Assert.Contains(field, declared));
        Assert.Equal("boolean", (string?)schema["properties"]!["x_synthetic"]!["type"]![0]);
        Assert.Empty(OcdsSchema.Errors(package.ToJsonString()));

        var record = await client.Http.GetFromJsonNodeAsync($"/procurement/ocds/records/{OcdsReleaseBuilder.DefaultOcidPrefix}-{tender.Reference}");
        Assert.Contains(own, record["extensions"]!.AsArray().Select(e => (string?)e));
    }

    [Fact]
    public async Task AnUnknownRecordIsNotFound()
    {
        var client = PortalClient.For(fixture.Sqlite);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/procurement/ocds/records/{OcdsReleaseBuilder.DefaultOcidPrefix}-T-NONE")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/procurement/ocds/records/ocds-other1-T-NONE")).StatusCode);
    }

    private static void AssertPackageMetadata(JsonNode package)
    {
        Assert.Equal("1.1", (string?)package["version"]);
        Assert.Equal("東京都 ALL JAPAN & TOKYO ポータル", (string?)package["publisher"]!["name"]);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", (string?)package["license"]);
        Assert.Equal("https://localhost/procurement/ocds/policy", (string?)package["publicationPolicy"]);
        Assert.Contains("https://localhost/procurement/ocds/extension/extension.json", package["extensions"]!.AsArray().Select(e => (string?)e));
    }

    /// <summary>The record's releases in a release package, for the release package schema to check each of them.</summary>
    private static string AsReleasePackage(JsonNode recordPackage, IEnumerable<JsonNode> releases) => new JsonObject
    {
        ["uri"] = (string?)recordPackage["uri"],
        ["version"] = "1.1",
        ["publishedDate"] = (string?)recordPackage["publishedDate"],
        ["publisher"] = recordPackage["publisher"]!.DeepClone(),
        ["license"] = (string?)recordPackage["license"],
        ["publicationPolicy"] = (string?)recordPackage["publicationPolicy"],
        ["extensions"] = recordPackage["extensions"]!.DeepClone(),
        ["releases"] = new JsonArray([.. releases.Select(r => r.DeepClone())]),
    }.ToJsonString();

    private static void MergePatch(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is JsonObject child && target[name] is JsonObject existing)
            {
                MergePatch(existing, child);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    private static async Task<List<string>> LinesAsync(HttpResponseMessage response)
    {
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static async Task<ChangeResult> WorkspaceAsync(PortalFactory portal, Func<BuyerWorkspaceService, Task<ChangeResult>> change)
    {
        await using var scope = portal.CreateScope();
        return await change(scope.ServiceProvider.GetRequiredService<BuyerWorkspaceService>());
    }
}

internal static class JsonNodeHttp
{
    public static async Task<JsonNode> GetFromJsonNodeAsync(this HttpClient http, string url) => JsonNode.Parse(await http.GetStringAsync(url))!;
}
