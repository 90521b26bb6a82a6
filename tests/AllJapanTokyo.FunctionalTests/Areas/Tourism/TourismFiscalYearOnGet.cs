using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

[Collection(PortalCollection.Name)]
public sealed class TourismFiscalYearOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListsThePartnersActiveInFiscal2020(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (response, page) = await PortalClient.For(portal).GetPageAsync("/tourism/fy/2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("令和2年度の連携先", page.QuerySelector("h1")!.TextContent.Trim());
        var partners = page.QuerySelectorAll("main a[href^='/tourism/partners/']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("北陸地域", partners);
        Assert.Contains("新潟県", partners);
        Assert.Contains("福島県", partners);
        Assert.DoesNotContain("宮城県等（北海道・東北エリア）", partners);
        Assert.DoesNotContain("関東域内のラグビーワールドカップ2019™の開催都市", partners);
        Assert.Equal(19, partners.Count);
    }

    [Fact]
    public async Task APartnershipsLastYearStillCountsAndTheYearAfterDoesNot()
    {
        var (_, last) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/tourism/fy/2019");
        var (_, after) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/tourism/fy/2020");

        Assert.Contains("宮城県等（北海道・東北エリア）", last.QuerySelectorAll("main a[href^='/tourism/partners/']").Select(a => a.TextContent.Trim()));
        Assert.DoesNotContain("宮城県等（北海道・東北エリア）", after.QuerySelectorAll("main a[href^='/tourism/partners/']").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task FirstYearHasOnlyTohoku()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/tourism/fy/2015");

        Assert.Equal(["東北地域"], page.QuerySelectorAll("main a[href^='/tourism/partners/']").Select(a => a.TextContent.Trim()));
        Assert.Equal("page", page.QuerySelector("a[href='/tourism/fy/2015']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task SpeaksEnglishWhenAskedTo()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/en/tourism/fy/2019");

        Assert.Equal("Partners in FY2019", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task KoreanNamesThePartnersAndLinksTheYearsInKorean()
    {
        var (_, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync("/ko/tourism/fy/2015");

        Assert.Equal(Texts.Ko("{0}の連携先", "2015년도"), page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal([Texts.Ko("東北地域")], page.QuerySelectorAll("main a[href^='/ko/tourism/partners/']").Select(a => a.TextContent.Trim()));
        Assert.Equal("page", page.QuerySelector("a[href='/ko/tourism/fy/2015']")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("/tourism/fy/2014")]
    [InlineData("/tourism/fy/2021")]
    [InlineData("/tourism/fy/0")]
    [InlineData("/tourism/fy/reiwa2")]
    public async Task FiscalYearOutsideTheReportIsNotFound(string url)
    {
        var (response, page) = await PortalClient.For(fixture.Sqlite).GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", page.Body!.TextContent);
    }
}
