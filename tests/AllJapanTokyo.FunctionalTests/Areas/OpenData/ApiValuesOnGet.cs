using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.OpenData;

/// <summary>
/// The open-data API's approved fiscal-year values: exactly the published ones (approved, not synthetic), every one once
/// across the pages of the cursor, narrowed by year, measure, indicator and prefecture, as JSON and CSV.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiValuesOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheValuesAreThePublishedOnesEachOnceAcrossThePages(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = PortalClient.For(portal);
        var published = await portal.WithDbAsync(db => db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublished)
            .OrderBy(v => v.Id).Select(v => new { v.Id, v.FiscalYear, v.InitiativeCode, v.IndicatorCode, v.PrefectureCode, v.Value }).ToListAsync());
        Assert.NotEmpty(published);

        var items = new List<JsonNode>();
        string? next = "/api/v1/values?limit=50";
        while (next is not null)
        {
            var json = JsonNode.Parse(await client.Http.GetStringAsync(next))!;
            items.AddRange(json["items"]!.AsArray().Select(i => i!));
            next = (string?)json["next"];
        }

        Assert.Equal(
            published.Select(v => (v.Id, v.FiscalYear, v.InitiativeCode, v.IndicatorCode, v.PrefectureCode, v.Value)),
            items.Select(i => ((int)i["id"]!, (int)i["fiscalYear"]!, (string)i["measureCode"]!, (string)i["indicatorCode"]!, (string?)i["prefectureCode"], (decimal)i["value"]!)));
        Assert.All(items, i => Assert.False((bool)i["isSynthetic"]!));

        var sample = published[^1];
        var narrowed = JsonNode.Parse(await client.Http.GetStringAsync(
            $"/api/v1/values?fy={sample.FiscalYear}&measure={sample.InitiativeCode}&indicator={sample.IndicatorCode}"))!["items"]!.AsArray();
        Assert.Contains(sample.Id, narrowed.Select(i => (int)i!["id"]!));
        Assert.Equal(
            published.Where(v => v.FiscalYear == sample.FiscalYear && v.InitiativeCode == sample.InitiativeCode && v.IndicatorCode == sample.IndicatorCode).Select(v => v.Id),
            narrowed.Select(i => (int)i!["id"]!));
        var tokyo = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/values?prefecture=13&limit=1000"))!["items"]!.AsArray();
        Assert.Equal(published.Where(v => v.PrefectureCode == "13").Select(v => v.Id), tokyo.Select(i => (int)i!["id"]!));

        var csv = await client.GetAsync($"/api/v1/values?fy={sample.FiscalYear}&limit=1000&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,fiscal_year,measure,indicator,prefecture,value,qualifier,activity_status,format,is_online_part,synthetic_label", lines[0]);
        Assert.Equal(published.Where(v => v.FiscalYear == sample.FiscalYear).Select(v => v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Theory]
    [InlineData("/api/v1/values?fy=24", "en", "The value \"24\" cannot be used for the parameter fy.")]
    [InlineData("/api/v1/values?measure=abc", "ja", "パラメーター measure の値「abc」は使えません。")]
    [InlineData("/api/v1/values?synthetic=yes", "ko", "매개변수 synthetic에는 값 \"yes\"을(를) 사용할 수 없습니다.")]
    [InlineData("/api/v1/values?prefecture=99", "en", "A prefecture code is two digits from 01 to 47 (JIS X 0401).")]
    [InlineData("/api/v1/values?cursor=-1", "zh-Hans", "cursor 不正确。请指定上一页 next 的值。")]
    public async Task BadFiltersAre400InTheCallersLanguage(string url, string acceptLanguage, string detail)
    {
        var client = PortalClient.For(fixture.Sqlite);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
    }
}
