using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Admin;

[Collection(PortalCollection.Name)]
public sealed class AdminOverviewOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListsTheUsersWithRolesAndBindings(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        var (response, page) = await client.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var users = page.QuerySelector("section[aria-labelledby=users-heading] table tbody")!.QuerySelectorAll("tr")
            .ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r.TextContent);
        Assert.Contains("システム管理者", users["admin@example.jp"]);
        Assert.Contains("東京都職員", users["official@example.jp"]);
        Assert.Contains("道府県職員", users["niigata@example.jp"]);
        Assert.Contains("新潟県", users["niigata@example.jp"]);
        Assert.Contains("大阪府", users["osaka@example.jp"]);
        Assert.Contains("株式会社東京ビッグサイト", users["buyer@example.jp"]);
        Assert.Contains("株式会社デモ精密工業", users["sme@example.jp"]);
        Assert.Contains("地域コーディネーター", users["coordinator@example.jp"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CountsRealAndSyntheticDataApart(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var client = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        var (_, page) = await client.GetPageAsync("/admin");

        var counts = page.QuerySelector("section[aria-labelledby=counts-heading] table tbody")!.QuerySelectorAll("tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray());
        Assert.Equal(["47", "—"], counts["都道府県（参照データ）"]);
        Assert.Equal(["26", "—"], counts["施策（参照データ）"]);
        Assert.Equal("63", counts["実績値"][0]);
        // The synthetic figures are Development's demonstration reports, and only they.
        var synthetic = await portal.WithDbAsync(db => db.IndicatorValues.CountAsync(v => v.IsSynthetic));
        Assert.True(synthetic > 0, "The demonstration reports' values are synthetic.");
        Assert.Equal(synthetic, int.Parse(counts["実績値"][1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(int.Parse(counts["登録企業（企業アカウント）"][1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) >= 1, "The demo enterprise is synthetic.");
        Assert.Contains("入札案件", counts.Keys);
        Assert.Contains("行事", counts.Keys);
    }

    [Fact]
    public async Task TheEnglishOverviewNamesRolesPrefecturesAndTablesInEnglish()
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, "admin@example.jp");

        var (response, page) = await client.GetPageAsync("/en/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var users = page.QuerySelector("section[aria-labelledby=users-heading] table tbody")!.QuerySelectorAll("tr")
            .ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r);
        Assert.Contains(Texts.En("システム管理者"), users["admin@example.jp"].TextContent);
        Assert.Contains(Texts.En("道府県職員"), users["niigata@example.jp"].TextContent);
        var binding = users["niigata@example.jp"].QuerySelectorAll("td")[3].TextContent;
        Assert.Contains($"{Texts.En("都道府県")}: Niigata", binding);
        Assert.DoesNotContain("新潟県", binding);

        // Names exist in Japanese only: shown as written and marked as Japanese.
        Assert.Equal("株式会社デモ精密工業", users["sme@example.jp"].QuerySelectorAll("td")[3].QuerySelector("span[lang=ja]")?.TextContent);
        Assert.Equal("新潟県 担当者", users["niigata@example.jp"].QuerySelectorAll("td")[1].QuerySelector("span[lang=ja]")?.TextContent);

        var tables = page.QuerySelectorAll("section[aria-labelledby=counts-heading] tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains(Texts.En("都道府県（参照データ）"), tables);
        Assert.Contains(Texts.En("入札案件"), tables);
        Assert.Equal("/en/admin/enterprises", page.QuerySelector("main a[href$='/admin/enterprises']")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("official@example.jp")]
    [InlineData("niigata@example.jp")]
    [InlineData("buyer@example.jp")]
    public async Task OnlyAdministratorsGetIn(string email)
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin")).StatusCode);
    }
}
