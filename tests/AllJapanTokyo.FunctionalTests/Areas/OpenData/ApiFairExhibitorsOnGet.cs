using System.Net;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.FunctionalTests.Areas.Fairs;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// /api/v1/fair-exhibitors gives what an event's public exhibitor list shows: its confirmed exhibitors of approved
/// companies with their prefecture, zone and booth, never an application that is not confirmed; a demonstration event's
/// exhibitors only with synthetic=include, labelled 架空; as JSON and CSV, with the published-data version as ETag.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiFairExhibitorsOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheListIsWhatTheEventsExhibitorPageShows(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var fair = await FairsTestData.EventAsync(portal, $"API出展者試験{Guid.NewGuid():N}"[..16], published: true);
        var demo = await FairsTestData.EventAsync(portal, $"API架空出展者{Guid.NewGuid():N}"[..16]);
        try
        {
            var (tokyo, _) = await FairsTestData.CompanyAsync(portal, "13");
            var (fukuoka, _) = await FairsTestData.CompanyAsync(portal, "40");
            var (ishikawa, _) = await FairsTestData.CompanyAsync(portal, "17");
            var (pending, _) = await EnterpriseTestData.CreateAsync(portal, $"審査中の試験会社{Guid.NewGuid():N}"[..16], ScreeningStatus.Pending, "13");
            var withBooth = await FairsTestData.ApplicationAsync(portal, fair, tokyo, "A", ApplicationStatus.Confirmed);
            await portal.WithDbAsync(async db =>
            {
                var application = await db.ExhibitorApplications.SingleAsync(a => a.Id == withBooth.Id);
                Assert.Null(application.AllocateBooth(2, 3, DateTime.UtcNow));
                return await db.SaveChangesAsync();
            });
            await FairsTestData.ApplicationAsync(portal, fair, fukuoka, "B", ApplicationStatus.Confirmed, online: true);
            // Not published: applied, selected but not confirmed, not selected, withdrawn, or a company not approved.
            foreach (var status in new[] { ApplicationStatus.Applied, ApplicationStatus.Selected, ApplicationStatus.NotSelected, ApplicationStatus.Withdrawn })
            {
                await FairsTestData.ApplicationAsync(portal, fair, (await FairsTestData.CompanyAsync(portal)).EnterpriseId, "A", status);
            }

            await FairsTestData.ApplicationAsync(portal, fair, pending, "A", ApplicationStatus.Confirmed);
            var demoExhibitor = await FairsTestData.ApplicationAsync(portal, demo, ishikawa, "A", ApplicationStatus.Confirmed);

            var (_, page) = await client.GetPageAsync($"/fairs/events/{fair.Id}/exhibitors");
            var codes = page.QuerySelectorAll("#prefecture option[value]").Where(o => o.GetAttribute("value") != "")
                .ToDictionary(o => o.TextContent.Trim(), o => o.GetAttribute("value")!);
            var shown = page.QuerySelectorAll("#exhibitors tbody tr").Select(r =>
                {
                    var cells = r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
                    return (Id: int.Parse(r.GetAttribute("data-exhibitor")!, System.Globalization.CultureInfo.InvariantCulture), Name: cells[0],
                        Prefecture: codes[cells[1]], Category: cells[2], Booth: cells[3] == "—" ? null : cells[3], Products: cells[4]);
                })
                .OrderBy(r => r.Id)
                .ToList();
            Assert.Equal(2, shown.Count);

            var items = await ApiAnswers.AllAsync(client, $"/api/v1/fair-exhibitors?event={fair.Id}&limit=1");
            Assert.Equal(shown.Select(r => (r.Id, r.Name, r.Prefecture, r.Booth, r.Products)), items.Select(i =>
                ((int)i["id"]!, (string)i["nameJa"]!, (string)i["prefectureCode"]!, (string?)i["booth"], (string)i["productsJa"]!)));
            Assert.All(shown.Zip(items), p => Assert.StartsWith((string)p.Second["categoryNameJa"]!, p.First.Category, StringComparison.Ordinal));
            Assert.Equal("A-2", (string?)items.Single(i => (int)i["id"]! == withBooth.Id)["booth"]);
            Assert.All(items, i =>
            {
                Assert.Equal((fair.Id, fair.NameJa, fair.FiscalYear, "2-3"), ((int)i["eventId"]!, (string)i["eventNameJa"]!, (int)i["fiscalYear"]!, (string)i["measureCode"]!));
                Assert.False((bool)i["isSynthetic"]!);
                Assert.Null((string?)i["syntheticLabel"]);
            });
            Assert.Equal([tokyo, fukuoka], items.Select(i => (int)i["enterpriseId"]!));
            Assert.Equal([false, true], items.Select(i => (bool)i["isOnline"]!));

            // The demonstration event's exhibitors: not listed (its page is not public) unless asked for, and then labelled.
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/fairs/events/{demo.Id}/exhibitors")).StatusCode);
            Assert.Empty(await ApiAnswers.AllAsync(client, $"/api/v1/fair-exhibitors?event={demo.Id}"));
            var labelled = Assert.Single(await ApiAnswers.AllAsync(client, $"/api/v1/fair-exhibitors?event={demo.Id}&synthetic=include"));
            Assert.Equal((demoExhibitor.Id, true, "架空"), ((int)labelled["id"]!, (bool)labelled["isSynthetic"]!, (string?)labelled["syntheticLabel"]));

            // CSV: the same rows.
            var csv = await ApiAnswers.CsvLinesAsync(client, $"/api/v1/fair-exhibitors?event={fair.Id}&format=csv");
            Assert.Equal("id,event_id,event_name_ja,fiscal_year,measure,name_ja,prefecture,enterprise_id,category_code,category_name_ja,booth,products_ja,is_online,synthetic_label", csv[0]);
            Assert.Equal(
                shown.Select(r => $"{r.Id},{fair.Id},{fair.NameJa},{fair.FiscalYear},2-3,{r.Name},{r.Prefecture}"),
                csv.Skip(1).Select(l => string.Join(',', l.Split(',').Take(7))));
            Assert.Equal(shown.Select(r => r.Booth ?? ""), csv.Skip(1).Select(l => l.Split(',')[10]));
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, fair.Id, demo.Id);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FiltersNarrowTheListAndItsEtagAnswers304(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var fair = await FairsTestData.EventAsync(portal, $"API出展者絞込{Guid.NewGuid():N}"[..16], published: true);
        try
        {
            var (tokyo, _) = await FairsTestData.CompanyAsync(portal, "13");
            var (fukuoka, _) = await FairsTestData.CompanyAsync(portal, "40");
            var inTokyo = await FairsTestData.ApplicationAsync(portal, fair, tokyo, "A", ApplicationStatus.Confirmed);
            var inFukuoka = await FairsTestData.ApplicationAsync(portal, fair, fukuoka, "A", ApplicationStatus.Confirmed);

            async Task<List<int>> IdsAsync(string query) =>
                (await ApiAnswers.AllAsync(client, $"/api/v1/fair-exhibitors?{query}")).Select(i => (int)i["id"]!).ToList();

            Assert.Equal([inTokyo.Id, inFukuoka.Id], (await IdsAsync($"fy={fair.FiscalYear}&measure=2-3")).Where(id => id >= inTokyo.Id));
            Assert.Equal([inFukuoka.Id], await IdsAsync($"event={fair.Id}&prefecture=40"));
            Assert.Contains(inFukuoka.Id, await IdsAsync("prefecture=40"));
            Assert.DoesNotContain(inTokyo.Id, await IdsAsync("prefecture=40"));
            Assert.Empty(await IdsAsync($"event={fair.Id}&fy={fair.FiscalYear - 1}"));
            Assert.Empty(await IdsAsync($"event={fair.Id}&measure=2-4"));
            Assert.Empty(await IdsAsync("event=999999999"));

            var first = await client.GetAsync($"/api/v1/fair-exhibitors?event={fair.Id}");
            Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Equal($"\"pd-{await portal.WithDbAsync(db => db.CurrentVersionAsync())}\"", first.Headers.ETag!.Tag);
            using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/fair-exhibitors?event={fair.Id}&format=csv");
            again.Headers.IfNoneMatch.Add(first.Headers.ETag);
            Assert.Equal(HttpStatusCode.NotModified, (await client.Http.SendAsync(again)).StatusCode);
        }
        finally
        {
            await FairsTestData.RemoveAsync(portal, fair.Id);
        }
    }

    [Theory]
    [InlineData("/api/v1/fair-exhibitors?event=x", "en", "The value \"x\" cannot be used for the parameter event.")]
    [InlineData("/api/v1/fair-exhibitors?event=-1", "ja", "パラメーター event の値「-1」は使えません。")]
    [InlineData("/api/v1/fair-exhibitors?fy=20", "ja", "パラメーター fy の値「20」は使えません。")]
    [InlineData("/api/v1/fair-exhibitors?measure=2", "en", "A measure code is the chapter and the number joined by a hyphen, e.g. \"2-6\".")]
    [InlineData("/api/v1/fair-exhibitors?prefecture=48", "ja", "都道府県コードは01から47までの2桁の数字（JIS X 0401）で指定してください。")]
    [InlineData("/api/v1/fair-exhibitors?synthetic=yes", "en", "The value \"yes\" cannot be used for the parameter synthetic.")]
    [InlineData("/api/v1/fair-exhibitors?cursor=x", "en", "cursor is not valid: give the value of next from the page before.")]
    [InlineData("/api/v1/fair-exhibitors?limit=0&format=csv", "ja", "limit には1から1000までの整数を指定してください。")]
    public async Task BadParametersAre400InTheCallersLanguage(string url, string acceptLanguage, string detail)
    {
        await ApiAnswers.AssertProblemAsync(PortalClient.For(fixture.Sqlite), url, acceptLanguage, HttpStatusCode.BadRequest, detail);
    }
}
