using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Crafts;

[Collection(PortalCollection.Name)]
public sealed class CraftsOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndexListsTheCollaborationProductsFiguresAndTheNationalConference(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/crafts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));

        var products = page.QuerySelector("section[aria-labelledby=collaborations] table")!;
        // The report's five products (teams' published products join them).
        var names = products.QuerySelectorAll("tbody tr th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Superset(new HashSet<string> { "kulis～くみひもうるしペン～", "木目込みトレイ", "一閑塗を用いた花器", "イロかご", "借景うちわ" }, names.ToHashSet());
        var kulis = products.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "kulis～くみひもうるしペン～");
        var cells = kulis.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["kulis～くみひもうるしペン～", "東京くみひも", "津軽塗", "青森県", "「東京手仕事」プロジェクト"], cells);
        Assert.Equal("/prefectures/02", kulis.QuerySelector("a[href^='/prefectures/']")!.GetAttribute("href"));
        Assert.StartsWith("/crafts/collaborations/", kulis.QuerySelector("th a")!.GetAttribute("href"));

        var figures = page.QuerySelector("section[aria-labelledby=figures] table")!;
        var rows = figures.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("平成27年度") && r.Contains("3件"));
        Assert.Contains(rows, r => r.Contains("平成28年度") && r.Contains("2件"));
        Assert.Contains(rows, r => r.Contains("平成30年度") && r.Contains("1件"));
        Assert.Contains(rows, r => r.Contains("平成29年度") && r.Contains("33都道府県"));

        var conference = page.QuerySelector("section[aria-labelledby=events]")!.TextContent;
        Assert.Contains("第34回伝統的工芸品月間国民会議全国大会", conference);
        Assert.Contains("平成29年11月3日～6日", conference);
        Assert.Contains("東京国際フォーラム（メイン会場）、ＪＰタワーＫＩＴＴＥ、東京ビルＴＯＫＩＡ、丸ビル（サブ会場）", conference);
        Assert.Contains("東京及び33府県の伝統的工芸品をＰＲ", conference);
    }

    [Fact]
    public async Task CollaborationShowsBothCraftsAndThePartnerPrefecture()
    {
        var id = await CollaborationIdAsync("イロかご");
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync($"/crafts/collaborations/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("イロかご", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        var details = page.QuerySelector("main dl")!.TextContent;
        Assert.Contains("東京無地染", details);
        Assert.Contains("別府竹細工", details);
        Assert.Contains("大分県", details);
        Assert.Contains("九州", details);
        Assert.NotNull(page.QuerySelector("main dl a[href='/prefectures/44']"));
        // The other product made with Oita's 別府竹細工.
        Assert.Contains("一閑塗を用いた花器", page.QuerySelector("section[aria-labelledby=same-prefecture]")!.TextContent);
    }

    [Fact]
    public async Task UnknownCollaborationIsNotFound()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/crafts/collaborations/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EnglishShowsEnglishLabels()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/crafts");

        Assert.Equal("Traditional crafts", page.QuerySelector("h1")!.TextContent.Trim());
        var header = page.QuerySelector("section[aria-labelledby=collaborations] thead")!.TextContent;
        Assert.Contains("Tokyo craft", header);
        Assert.Contains("Partner prefecture", header);
        Assert.Contains("Aomori", page.QuerySelector("section[aria-labelledby=collaborations] tbody")!.TextContent);
        Assert.Contains("3 products", page.QuerySelector("section[aria-labelledby=figures]")!.TextContent);
        Assert.Contains("3 Nov 2017 – 6 Nov 2017", page.QuerySelector("section[aria-labelledby=events]")!.TextContent);
    }

    [Fact]
    public async Task KoreanShowsTheProductsAsJapaneseContentAndThePrefecturesInKorean()
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/ko/crafts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Texts.Ko("伝統工芸"), page.QuerySelector("h1")!.TextContent.Trim());
        var kulis = page.QuerySelectorAll("section[aria-labelledby=collaborations] tbody tr")[0];
        Assert.Equal("ja", kulis.QuerySelector("th")!.GetAttribute("lang"));
        Assert.Contains("아오모리현", kulis.TextContent);
        Assert.StartsWith("/ko/crafts/collaborations/", kulis.QuerySelector("th a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains(Texts.Ko("対面"), page.QuerySelector("section[aria-labelledby=events]")!.TextContent);
    }

    private Task<int> CollaborationIdAsync(string product) =>
        fixture.Sqlite.WithDbAsync(db => db.CraftCollaborations.Where(c => c.ProductJa == product).Select(c => c.Id).FirstAsync());
}
