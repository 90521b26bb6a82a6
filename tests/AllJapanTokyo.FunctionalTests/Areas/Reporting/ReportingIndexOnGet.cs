using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

[Collection(PortalCollection.Name)]
public sealed class ReportingIndexOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NiigataStaffSeeNiigataFiscalYearByFiscalYearAndNotOsaka(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var (response, page) = await client.GetPageAsync("/reporting");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("新潟県", page.QuerySelector("h1")!.TextContent);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("大阪府", main);
        Assert.DoesNotContain("商談会（大阪府）", main);

        // FY2017: the business meeting in the Tsubame-Sanjo area, with the approved figure that names Niigata.
        var section2017 = page.QuerySelector("section[aria-labelledby=fy-2017]")!;
        var fy2017 = section2017.TextContent;
        Assert.Contains("平成29年度", fy2017);
        Assert.Contains("日本各地で東京の企業と現地の企業との商談会を開催", fy2017);
        Assert.Contains("商談会（新潟県燕三条地域）", fy2017);
        var figure = section2017.QuerySelectorAll("li").Single(li => li.TextContent.Contains("開催件数", StringComparison.Ordinal));
        Assert.Equal("3件", figure.QuerySelector(".fw-semibold")!.TextContent);
        Assert.Contains("承認済み", fy2017);

        // FY2020: a partner of the new routes (5-6) and the host of 越後有妻産直便 (4-3).
        var fy2020 = page.QuerySelector("section[aria-labelledby=fy-2020]")!.TextContent;
        Assert.Contains("越後有妻産直便", fy2020);
        Assert.Contains("連携先", fy2020);

        // Newest fiscal year first.
        var years = page.QuerySelectorAll("main section h2").Select(h => h.Id).ToList();
        Assert.Equal(years.OrderByDescending(id => id, StringComparer.Ordinal), years);
    }

    [Fact]
    public async Task OsakaStaffSeeOsakaAndNotNiigata()
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, "osaka@example.jp");

        var (response, page) = await client.GetPageAsync("/reporting");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("大阪府", page.QuerySelector("h1")!.TextContent);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("商談会（大阪府）", main);
        Assert.Contains("中小企業連携促進ファンドを設立", main);
        Assert.DoesNotContain("新潟県", main);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TokyoOfficialsSeeAllPrefecturesAndTheProgrammeFiguresWithTheirReviewState(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = await PortalClient.SignedInAsync(portal, "official@example.jp");

        var (response, page) = await client.GetPageAsync("/reporting");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matrix = page.QuerySelector("section[aria-labelledby=prefectures-heading] table")!;
        Assert.Equal(47, matrix.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("令和2年度", matrix.QuerySelector("thead")!.TextContent);
        var niigata = matrix.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "新潟県");
        var cells = niigata.QuerySelectorAll("td");
        Assert.NotEqual("0", cells[^1].TextContent.Trim());

        var values = page.QuerySelector("section[aria-labelledby=values-heading] table")!;
        Assert.Equal(63, values.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("36,000件以上", values.TextContent);
        Assert.Contains("承認済み", values.TextContent);
        // A cancelled year says so, never 0.
        var ajiwai = values.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("6-6", StringComparison.Ordinal) && r.TextContent.Contains("令和2年度", StringComparison.Ordinal));
        Assert.Contains("中止", ajiwai.TextContent);
        Assert.DoesNotContain("0件", ajiwai.TextContent);
        Assert.Contains("63件", page.QuerySelector("section[aria-labelledby=review-heading]")!.TextContent);
    }

    [Fact]
    public async Task AdministratorsSeeTheProgrammeViewToo()
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, "admin@example.jp");

        var (response, page) = await client.GetPageAsync("/reporting");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("全都道府県", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/reporting");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri("https://localhost"), response.Headers.Location!).AbsolutePath);
    }

    [Theory]
    [InlineData("buyer@example.jp")]
    [InlineData("sme@example.jp")]
    [InlineData("coordinator@example.jp")]
    public async Task RolesThatDoNotReportAreRefused(string email)
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, email);

        var response = await client.GetAsync("/reporting");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
