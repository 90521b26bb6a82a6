using System.Net;
using System.Text;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

[Collection(PortalCollection.Name)]
public sealed class TenderCsvOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CsvIsUtf8WithBomAndHeaderAndAppliesTheSearchFilters(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var word = ProcurementTestData.UniqueWord();
        var wanted = await ProcurementTestData.InsertTenderAsync(portal, $"{word} 映像制作業務, \"特別編\"", t => t.BudgetYen = 3_500_000);
        var other = await ProcurementTestData.InsertTenderAsync(portal, $"{word} 事務用品の購入", t => t.Category = TenderCategory.Goods);

        var response = await PortalClient.For(portal).GetAsync($"/procurement/tenders.csv?q={Uri.EscapeDataString(word)}&prefecture=15&category=services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("tenders.csv", response.Content.Headers.ContentDisposition?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "The CSV must start with the UTF-8 byte-order mark.");

        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("案件番号,件名,発注者,種別,入札方式,納入場所,全国対象,入札開始（日本時間）,入札締切（日本時間）,予定価格（円）,状況,架空データ", lines[0]);
        Assert.StartsWith($"{wanted.Reference},\"{word} 映像制作業務, \"\"特別編\"\"\",株式会社東京ビッグサイト,役務,一般競争入札,新潟県,はい,", lines[1]);
        Assert.EndsWith(",3500000,入札受付中,いいえ", lines[1]);
        Assert.DoesNotContain(other.Reference, lines[1]);
    }

    [Fact]
    public async Task TheCsvSpeaksTheLanguageOfItsAddress()
    {
        var word = ProcurementTestData.UniqueWord();
        var tender = await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{word} 通訳業務");

        var text = await (await PortalClient.For(fixture.Sqlite).GetAsync($"/en/procurement/tenders.csv?q={Uri.EscapeDataString(word)}")).Content.ReadAsStringAsync();

        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{Texts.En("案件番号")},{Texts.En("件名")},{Texts.En("発注者")},{Texts.En("種別")},", lines[0]);
        Assert.StartsWith($"{tender.Reference},{tender.Title},{ProcurementTestData.BigSight},", lines[1]);
        Assert.Contains($",{Texts.En("役務")},{Texts.En("一般競争入札")},Niigata,{Texts.En("はい")},", lines[1]);
        Assert.EndsWith($",{Texts.En("入札受付中")},{Texts.En("いいえ")}", lines[1]);
    }

    [Fact]
    public async Task BadFilterValuesAreLeftOutOfTheExportToo()
    {
        var word = ProcurementTestData.UniqueWord();
        var tender = await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"{word} 案内サインの製作");

        var response = await PortalClient.For(fixture.Sqlite).GetAsync($"/procurement/tenders.csv?q={Uri.EscapeDataString(word)}&prefecture=99&category=foo&page=-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(tender.Reference, text);
    }

    [Fact]
    public async Task FormulaLikeTitlesCannotRunInASpreadsheet()
    {
        var word = ProcurementTestData.UniqueWord();
        await ProcurementTestData.InsertTenderAsync(fixture.Sqlite, $"=HYPERLINK(\"http://example.com\") {word}");

        var text = await (await PortalClient.For(fixture.Sqlite).GetAsync($"/procurement/tenders.csv?q={Uri.EscapeDataString(word)}")).Content.ReadAsStringAsync();

        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.com\"\") ", text);
    }

    [Fact]
    public async Task TheSearchPageLinksToTheCsvOfTheSameSearch()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/procurement?prefecture=15&category=works");

        var link = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href")?.StartsWith("/procurement/tenders.csv", StringComparison.Ordinal) == true);
        Assert.Equal("/procurement/tenders.csv?prefecture=15&category=works", link.GetAttribute("href"));
    }
}
