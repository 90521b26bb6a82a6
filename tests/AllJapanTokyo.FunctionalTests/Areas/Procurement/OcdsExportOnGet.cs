using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// The open-contracting export: published tenders as OCDS 1.1.5 release packages that the official schemas accept,
/// paged, filtered by publication date, with Japanese kept as Japanese.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OcdsExportOnGet(PortalFixture fixture)
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PublishedTendersFormAValidReleasePackageWithTheirStatusesAndBudgets(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var seeded = await SeedTendersAsync(portal);
        var client = PortalClient.For(portal);

        var response = await client.GetAsync($"/procurement/ocds?since={seeded.Since}&pageSize=5000");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Empty(OcdsSchema.Errors(json));
        // Japanese is written as Japanese, not as \uXXXX escapes.
        Assert.Contains(seeded.Buyer.NameJa, json);
        Assert.Contains("会場案内サインの製作", json);

        var package = JsonNode.Parse(json)!;
        Assert.Equal($"https://localhost/procurement/ocds?since={seeded.Since}&pageSize=5000", (string?)package["uri"]);
        Assert.Equal("1.1", (string?)package["version"]);
        Assert.Equal("東京都 ALL JAPAN & TOKYO ポータル", (string?)package["publisher"]!["name"]);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", (string?)package["license"]);
        Assert.Equal("https://localhost/procurement/ocds/policy", (string?)package["publicationPolicy"]);
        var publishedDate = DateTimeOffset.Parse((string)package["publishedDate"]!, CultureInfo.InvariantCulture);
        Assert.Equal(JapanOffset, publishedDate.Offset);
        Assert.InRange(publishedDate, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Null(package["links"]);

        var releases = Releases(package);
        Assert.DoesNotContain(seeded.Draft, releases.Keys);
        Assert.DoesNotContain(seeded.PublishedBeforeSince, releases.Keys);

        var announced = releases[seeded.Announced];
        Assert.Equal($"ocds-ajtkyo-{seeded.Announced}", (string?)announced["ocid"]);
        Assert.Equal(new[] { "tender" }, Strings(announced["tag"]));
        Assert.Equal("tender", (string?)announced["initiationType"]);
        Assert.Equal("ja", (string?)announced["language"]);
        Assert.Equal("東京ビッグサイト 会場案内サインの製作", (string?)announced["tender"]!["title"]);
        Assert.Equal("active", (string?)announced["tender"]!["status"]);
        Assert.Equal(12_000_000, (long?)announced["tender"]!["value"]!["amount"]);
        Assert.Equal("JPY", (string?)announced["tender"]!["value"]!["currency"]);
        Assert.Equal("open", (string?)announced["tender"]!["procurementMethod"]);
        Assert.Equal("goods", (string?)announced["tender"]!["mainProcurementCategory"]);
        Assert.Equal("東京都", (string?)announced["tender"]!["items"]![0]!["deliveryAddress"]!["region"]);
        Assert.Equal("全国の事業者が参加できます。", (string?)announced["tender"]!["eligibilityCriteria"]);
        Assert.Equal(Japan(seeded.AnnouncedTenderEndUtc), (string?)announced["tender"]!["tenderPeriod"]!["endDate"]);
        Assert.Null(announced["tender"]!["awardPeriod"]);
        Assert.Null(announced["x_synthetic"]);

        var buyerId = (string?)announced["buyer"]!["id"];
        Assert.Equal(seeded.Buyer.NameJa, (string?)announced["buyer"]!["name"]);
        var party = Assert.Single(announced["parties"]!.AsArray());
        Assert.Equal(buyerId, (string?)party!["id"]);
        Assert.Equal(seeded.Buyer.NameJa, (string?)party["name"]);
        Assert.Contains("buyer", Strings(party["roles"]));
        Assert.Equal("日本", (string?)party["address"]!["countryName"]);

        // The clock moves a published tender into bidding and evaluation; OCDS calls all of them active.
        var tendering = releases[seeded.Tendering]["tender"]!;
        Assert.Equal("active", (string?)tendering["status"]);
        Assert.Equal("selective", (string?)tendering["procurementMethod"]);
        Assert.Null(tendering["value"]);
        Assert.Equal("新潟県", (string?)tendering["items"]![0]!["deliveryAddress"]!["region"]);
        Assert.StartsWith("参加できる事業者の所在地に制限があります", (string?)tendering["eligibilityCriteria"]);
        var evaluation = releases[seeded.Evaluation]["tender"]!;
        Assert.Equal("active", (string?)evaluation["status"]);
        Assert.NotNull(evaluation["awardPeriod"]?["startDate"]);

        Assert.Equal("complete", (string?)releases[seeded.Awarded]["tender"]!["status"]);
        Assert.Equal(new[] { "tenderUpdate" }, Strings(releases[seeded.Awarded]["tag"]));
        Assert.Equal("works", (string?)releases[seeded.Awarded]["tender"]!["mainProcurementCategory"]);
        Assert.Equal("cancelled", (string?)releases[seeded.Cancelled]["tender"]!["status"]);
        Assert.Equal(new[] { "tenderCancellation" }, Strings(releases[seeded.Cancelled]["tag"]));
        Assert.Equal("unsuccessful", (string?)releases[seeded.Unsuccessful]["tender"]!["status"]);
        Assert.True((bool?)releases[seeded.Unsuccessful]["x_synthetic"]);

        // Release ids are unique and stable from one request to the next.
        Assert.Equal(releases.Count, releases.Values.Select(r => (string?)r["id"]).Distinct().Count());
        var again = Releases(JsonNode.Parse(await client.Http.GetStringAsync($"/procurement/ocds?since={seeded.Since}&pageSize=5000"))!);
        Assert.Equal((string?)announced["id"], (string?)again[seeded.Announced]["id"]);

        // One tender on its own.
        var single = await client.GetAsync($"/procurement/ocds/{seeded.Awarded}");
        var singleJson = await single.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.Empty(OcdsSchema.Errors(singleJson));
        var awarded = Assert.Single(JsonNode.Parse(singleJson)!["releases"]!.AsArray())!;
        Assert.Equal($"ocds-ajtkyo-{seeded.Awarded}", (string?)awarded["ocid"]);
        Assert.Equal("会場設営工事（OCDS試験）", (string?)awarded["tender"]!["title"]);
        Assert.Equal("complete", (string?)awarded["tender"]!["status"]);
        Assert.Equal(48_500_000, (long?)awarded["tender"]!["value"]!["amount"]);
        // An ended tender's release is dated at the close of bids, in Japan time.
        Assert.Equal(Japan(seeded.AwardedTenderEndUtc), (string?)awarded["date"]);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/procurement/ocds/{seeded.Draft}")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PagesFollowLinksNextUntilEveryPublishedTenderHasBeenSeen(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var seeded = await SeedTendersAsync(portal);
        var client = PortalClient.For(portal);

        var seen = new List<string>();
        var url = $"/procurement/ocds?since={seeded.Since}&pageSize=2";
        var pages = 0;
        while (url is not null)
        {
            var response = await client.GetAsync(url);
            var json = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(OcdsSchema.Errors(json));

            var package = JsonNode.Parse(json)!;
            var releases = package["releases"]!.AsArray();
            Assert.InRange(releases.Count, 1, 2);
            seen.AddRange(releases.Select(r => (string)r!["tender"]!["id"]!));
            pages++;
            if (pages > 1)
            {
                Assert.NotNull(package["links"]?["prev"]);
            }

            url = (string?)package["links"]?["next"];
            if (url is not null)
            {
                Assert.StartsWith("https://localhost/procurement/ocds?page=", url);
                Assert.Contains("pageSize=2", url);
                Assert.Contains($"since={seeded.Since}", url);
            }
        }

        Assert.True(pages >= 3, $"Six tenders two to a page make at least three pages, not {pages}.");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), seeded.Published.ToHashSet());
        Assert.DoesNotContain(seeded.Draft, seen);
        Assert.DoesNotContain(seeded.PublishedBeforeSince, seen);

        // Without ?since the older tender is there too.
        var everything = Releases(JsonNode.Parse(await client.Http.GetStringAsync("/procurement/ocds?pageSize=5000"))!);
        Assert.Contains(seeded.PublishedBeforeSince, everything.Keys);
        Assert.Equal("complete", (string?)everything[seeded.PublishedBeforeSince]["tender"]!["status"]);
    }

    [Theory]
    [InlineData("since=2020-13-45", "since には ISO 8601 形式の日付または日時を指定してください", "since must be an ISO 8601 date or date-time")]
    [InlineData("since=yesterday", "since には", "since must be")]
    [InlineData("pageSize=0", "pageSize には1から5000までの整数を指定してください", "pageSize must be a whole number from 1 to 5000")]
    [InlineData("pageSize=5001", "pageSize には", "pageSize must be")]
    [InlineData("page=-1", "page には1以上の整数を指定してください", "page must be a whole number, 1 or more")]
    public async Task BadQueryIsRefusedWith400InJapaneseAndEnglish(string query, string japanese, string english)
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync($"/procurement/ocds?{query}");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var error = Assert.Single(JsonNode.Parse(json)!["errors"]!.AsArray())!.GetValue<string>();
        Assert.Contains(japanese, error);
        Assert.Contains(english, error);
    }

    [Fact]
    public async Task AnAddressWithALanguageIsAnsweredInThatLanguageOnly()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/en/procurement/ocds?page=-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray())!.GetValue<string>();
        Assert.Equal(Texts.En("page には1以上の整数を指定してください。"), error);
    }

    [Fact]
    public async Task UnknownReferenceAndPagePastTheEndAre404()
    {
        var client = PortalClient.For(fixture.Sqlite);

        var unknown = await client.GetAsync("/procurement/ocds/T-0000-NOSUCH");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("公開中の案件「T-0000-NOSUCH」はありません", await unknown.Content.ReadAsStringAsync());

        var pastTheEnd = await client.GetAsync("/procurement/ocds?page=100000&pageSize=5000");
        Assert.Equal(HttpStatusCode.NotFound, pastTheEnd.StatusCode);
        Assert.Contains("ページ目はありません", await pastTheEnd.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSchemaCheckFailsForAReleaseWithoutOcid()
    {
        var seeded = await SeedTendersAsync(fixture.Sqlite);
        var json = await PortalClient.For(fixture.Sqlite).Http.GetStringAsync($"/procurement/ocds/{seeded.Announced}");
        Assert.Empty(OcdsSchema.Errors(json));

        var broken = JsonNode.Parse(json)!;
        broken["releases"]![0]!.AsObject().Remove("ocid");
        var errors = OcdsSchema.Errors(broken.ToJsonString());
        Assert.Contains(errors, e => e.Contains("/releases/0") && e.Contains("ocid"));

        var badStatus = JsonNode.Parse(json)!;
        badStatus["releases"]![0]!["tender"]!["status"] = "tendering";
        Assert.Contains(OcdsSchema.Errors(badStatus.ToJsonString()), e => e.Contains("/releases/0/tender/status"));

        var badDate = JsonNode.Parse(json)!;
        badDate["publishedDate"] = "2020年4月1日";
        Assert.Contains(OcdsSchema.Errors(badDate.ToJsonString()), e => e.Contains("/publishedDate"));
    }

    [Fact]
    public async Task ThePublicationPolicyExplainsTheStatusMappingAndThePlaceholderPrefix()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/procurement/ocds/policy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("入札案件オープンデータ（OCDS）の公開方針", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        var rows = page.QuerySelectorAll("section[aria-labelledby=statuses] tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim())))
            .ToList();
        Assert.Contains("中止|cancelled|tenderCancellation", rows);
        Assert.Contains("落札者決定|complete|tenderUpdate", rows);
        Assert.Contains("入札受付中|active|tender", rows);
        Assert.Contains("ocds-ajtkyo", page.QuerySelector("section[aria-labelledby=identifiers]")!.TextContent);
        Assert.Contains("x_synthetic", page.QuerySelector("section[aria-labelledby=synthetic]")!.TextContent);

        var (_, english) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/procurement/ocds/policy");
        Assert.Equal("Tender open data (OCDS): publication policy", Assert.Single(english.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Contains("Cancelled|cancelled|tenderCancellation", english.QuerySelectorAll("section[aria-labelledby=statuses] tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))));
    }

    private static Dictionary<string, JsonNode> Releases(JsonNode package) =>
        package["releases"]!.AsArray().ToDictionary(r => (string)r!["tender"]!["id"]!, r => r!);

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    private static string Japan(DateTime utc) =>
        new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(JapanOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private sealed record Buyer(int Id, string NameJa);

    private sealed record Seeded(
        Buyer Buyer,
        string Since,
        string Announced,
        DateTime AnnouncedTenderEndUtc,
        string Tendering,
        string Evaluation,
        string Awarded,
        DateTime AwardedTenderEndUtc,
        string Cancelled,
        string Unsuccessful,
        string Draft,
        string PublishedBeforeSince)
    {
        public IReadOnlyList<string> Published => [Announced, Tendering, Evaluation, Awarded, Cancelled, Unsuccessful];
    }

    /// <summary>
    /// Seven tenders of a real seed buyer, one in each status, with references no other test uses, published in the last
    /// thirty days; and one published sixty days ago, before the <c>since</c> date the tests ask for.
    /// </summary>
    private static async Task<Seeded> SeedTendersAsync(PortalFactory portal)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        now = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc);
        var run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var buyer = await portal.WithDbAsync(db => db.Organizations
            .Where(o => o.IsBuyer && !o.IsSynthetic)
            .OrderBy(o => o.Id)
            .Select(o => new Buyer(o.Id, o.NameJa))
            .FirstAsync());

        Tender Make(string suffix, string title, TenderStatus status, TenderCategory category, ProcurementMethod method,
            int enquiryEndDays, int startDays, int endDays, long? budget, string prefecture = "13", bool nationwide = true,
            int publishedDaysAgo = 30, bool synthetic = false) => new()
            {
                Reference = $"OCDS-{run}-{suffix}",
                BuyerOrganizationId = buyer.Id,
                Title = title,
                Description = $"{title}に関する業務です。（OCDSエクスポートの試験用案件）",
                Category = category,
                Method = method,
                Status = status,
                EnquiryEndUtc = now.AddDays(enquiryEndDays),
                TenderStartUtc = now.AddDays(startDays),
                TenderEndUtc = now.AddDays(endDays),
                BudgetYen = budget,
                DeliveryPrefectureCode = prefecture,
                Nationwide = nationwide,
                ContactJa = "調達担当（試験）",
                PublishedAtUtc = status == TenderStatus.Draft ? null : now.AddDays(-publishedDaysAgo).AddMinutes(suffix[0] - 'A'),
                IsSynthetic = synthetic,
            };

        var tenders = new[]
        {
            Make("A", "東京ビッグサイト 会場案内サインの製作", TenderStatus.Published, TenderCategory.Goods, ProcurementMethod.Open, 2, 3, 10, 12_000_000),
            Make("B", "物産展の運営業務委託（OCDS試験）", TenderStatus.Published, TenderCategory.Services, ProcurementMethod.Selective, -3, -2, 5, null, prefecture: "15", nationwide: false),
            Make("C", "展示会ブースの設計（OCDS試験）", TenderStatus.Published, TenderCategory.Services, ProcurementMethod.Open, -10, -9, -1, 3_300_000),
            Make("D", "会場設営工事（OCDS試験）", TenderStatus.Awarded, TenderCategory.Works, ProcurementMethod.Limited, -20, -19, -10, 48_500_000),
            Make("E", "記念品の調達（OCDS試験）", TenderStatus.Cancelled, TenderCategory.Goods, ProcurementMethod.Direct, -3, -2, 5, 800_000),
            Make("F", "翻訳業務（OCDS試験）", TenderStatus.Unsuccessful, TenderCategory.Services, ProcurementMethod.Open, -20, -19, -10, 1_000_000, synthetic: true),
            Make("G", "下書きの案件（OCDS試験）", TenderStatus.Draft, TenderCategory.Goods, ProcurementMethod.Open, 5, 6, 20, 1_000_000),
            Make("H", "以前の案件（OCDS試験）", TenderStatus.Complete, TenderCategory.Goods, ProcurementMethod.Open, -50, -49, -40, 2_000_000, publishedDaysAgo: 60),
        };

        await portal.WithDbAsync(async db =>
        {
            db.Tenders.AddRange(tenders);
            return await db.SaveChangesAsync();
        });

        // A date alone means midnight Japan time: 31 days back takes in the last thirty days and leaves out sixty.
        var since = new DateTimeOffset(now, TimeSpan.Zero).ToOffset(JapanOffset).AddDays(-31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var byRef = tenders.ToDictionary(t => t.Reference[^1..], t => t);
        return new Seeded(
            buyer,
            since,
            Announced: byRef["A"].Reference,
            AnnouncedTenderEndUtc: byRef["A"].TenderEndUtc,
            Tendering: byRef["B"].Reference,
            Evaluation: byRef["C"].Reference,
            Awarded: byRef["D"].Reference,
            AwardedTenderEndUtc: byRef["D"].TenderEndUtc,
            Cancelled: byRef["E"].Reference,
            Unsuccessful: byRef["F"].Reference,
            Draft: byRef["G"].Reference,
            PublishedBeforeSince: byRef["H"].Reference);
    }
}
