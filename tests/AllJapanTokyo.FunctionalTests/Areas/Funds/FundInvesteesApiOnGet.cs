using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;

namespace AllJapanTokyo.FunctionalTests.Areas.Funds;

/// <summary>
/// /api/v1/fund-investees gives what /funds shows: the same published investees by prefecture, the same partners, and
/// the same published status; demonstration partners and figures only with synthetic=include, labelled 架空.
/// </summary>
[Collection(FundCardCollection.Name)]
public sealed class FundInvesteesApiOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheListIsWhatTheFundsPageShows(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);

        var (_, page) = await client.GetPageAsync("/funds");
        var shown = page.QuerySelectorAll("section[aria-labelledby^='investees-']")
            .SelectMany(s => s.QuerySelectorAll("li a[href^='/funds/investments/']").Select(a =>
                (Id: int.Parse(a.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture),
                 Name: a.TextContent.Trim(),
                 Prefecture: s.GetAttribute("aria-labelledby")!["investees-".Length..])))
            .OrderBy(i => i.Id)
            .ToList();
        var partnersShown = page.QuerySelectorAll("#partner-list li")
            .ToDictionary(li => li.QuerySelector("span[lang=ja]")!.TextContent.Trim(), li => li.QuerySelectorAll("span.me-1 > span[lang=ja]").Select(s => s.TextContent.Trim()).ToList());
        Assert.NotEmpty(shown);

        var items = new List<JsonNode>();
        JsonNode? status = null;
        string? next = "/api/v1/fund-investees?synthetic=include&limit=4";
        var pages = 0;
        while (next is not null)
        {
            var json = JsonNode.Parse(await client.Http.GetStringAsync(next))!;
            items.AddRange(json["items"]!.AsArray().Select(i => i!));
            status = json["fundStatus"];
            next = (string?)json["next"];
            pages++;
        }

        Assert.Equal((shown.Count + 3) / 4, pages);
        Assert.Equal(shown, items.Select(i => ((int)i["id"]!, (string)i["nameJa"]!, (string)i["prefectureCode"]!)));
        foreach (var item in items)
        {
            var partners = item["partners"]!.AsArray().Select(p => (string)p!["nameJa"]!).ToList();
            Assert.Equal(partnersShown.GetValueOrDefault((string)item["nameJa"]!) ?? [], partners);
            Assert.Equal(item["partners"]!.AsArray().Select(p => (string)p!["prefectureCode"]!).Distinct().Order(), item["partnerPrefectureCodes"]!.AsArray().Select(c => (string)c!));
            Assert.All(item["partners"]!.AsArray(), p => Assert.Equal((bool)p!["isSynthetic"]! ? "架空" : null, (string?)p["syntheticLabel"]));
        }

        // The published status is that of the money-flow section.
        Assert.NotNull(status);
        var flow = page.QuerySelector("#money-flow-section")!;
        Assert.Equal($"{(long)status!["paidInYen"]!:#,0}円", flow.QuerySelector("[data-figure='paid-in']")!.TextContent.Trim());
        Assert.Equal($"{(long)status["investedYen"]!:#,0}円", flow.QuerySelector("[data-figure='invested']")!.TextContent.Trim());
        Assert.Equal($"{(long)status["navYen"]!:#,0}円", flow.QuerySelector("[data-figure='nav']")!.TextContent.Trim());
        Assert.Equal("架空", (string?)status["syntheticLabel"]);

        // Without synthetic=include: the same investees, no fictitious partner, no fictitious status.
        var real = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/fund-investees"))!;
        Assert.Equal(shown.Select(i => i.Id), real["items"]!.AsArray().Select(i => (int)i!["id"]!));
        Assert.All(real["items"]!.AsArray(), i => Assert.DoesNotContain(i!["partners"]!.AsArray(), p => (bool)p!["isSynthetic"]!));
        Assert.Null(real["fundStatus"]);

        // CSV, and the published-data version as ETag.
        var csv = await client.GetAsync("/api/v1/fund-investees?format=csv&synthetic=include");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name_ja,fund_name_ja,measure,prefecture,partner_prefectures,partners_ja,enterprise_id,synthetic_label", lines[0]);
        Assert.Equal(shown.Select(i => $"{i.Id}"), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal($"\"pd-{await portal.WithDbAsync(db => db.CurrentVersionAsync())}\"", csv.Headers.ETag!.Tag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/fund-investees");
        again.Headers.IfNoneMatch.Add(csv.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.Http.SendAsync(again)).StatusCode);

        // A bad parameter: 400 as problem+json in the caller's language.
        using var bad = new HttpRequestMessage(HttpMethod.Get, "/api/v1/fund-investees?synthetic=maybe");
        bad.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await client.Http.SendAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Texts.En("パラメーター {0} の値「{1}」は使えません。", "synthetic", "maybe"), (string?)JsonNode.Parse(await problem.Content.ReadAsStringAsync())!["detail"]);
    }
}
