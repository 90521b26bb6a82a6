using System.Net;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

[Collection(PortalCollection.Name)]
public sealed class SavedSearchesOnPost(PortalFixture fixture)
{
    [Fact]
    public async Task TheSearchPageOffersToSaveTheCurrentQueryWhichThenIsListedEditedAndDeleted()
    {
        var portal = fixture.Sqlite;
        var (_, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社保存テスト", ScreeningStatus.Approved);
        var client = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        var searchUrl = "/procurement?q=%E6%B8%85%E6%8E%83&prefecture=13&category=services";

        var (_, searchPage) = await client.GetPageAsync(searchUrl);
        var form = searchPage.QuerySelector("form[action='/procurement/searches']");
        Assert.NotNull(form);
        Assert.Equal("清掃", form.QuerySelector("input[name=Q]")?.GetAttribute("value"));
        Assert.Equal("13", form.QuerySelector("input[name=Prefecture]")?.GetAttribute("value"));
        Assert.Contains("この条件を保存", form.TextContent);

        var saved = await client.PostFormAsync(searchUrl, "/procurement/searches", new Dictionary<string, string>
        {
            ["Name"] = "都内の清掃",
            ["Q"] = "清掃",
            ["Prefecture"] = "13",
            ["Category"] = "services",
            ["Frequency"] = "weekly",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var (_, list) = await client.GetPageAsync("/procurement/searches");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("都内の清掃", StringComparison.Ordinal));
        Assert.Contains("東京都", row.TextContent);
        Assert.Contains("毎週", row.TextContent);
        var stored = await portal.WithDbAsync(db => db.SavedSearches.AsNoTracking().SingleAsync(s => s.Name == "都内の清掃" && db.Users.Any(u => u.Id == s.UserId && u.Email == email)));
        Assert.Equal(AlertFrequency.Weekly, stored.Frequency);
        Assert.Equal(TenderCategory.Services, stored.Category);
        Assert.Equal(DayOfWeek.Sunday, stored.NextAlertDueUtc.DayOfWeek); // Monday 08:00 in Japan is Sunday 23:00 UTC.

        // A bad edit keeps what was typed and changes nothing.
        var edit = $"/procurement/searches/{stored.Id}/edit";
        var refused = await client.PostFormAsync(edit, $"/procurement/searches/{stored.Id}", new Dictionary<string, string>
        {
            ["Name"] = "",
            ["Q"] = "清掃 警備",
            ["Prefecture"] = "99",
            ["Category"] = "services",
            ["Frequency"] = "hourly",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedPage = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("名前を入力してください", refusedPage.Body!.TextContent);
        Assert.Contains("メールの頻度を選択してください", refusedPage.Body!.TextContent);
        Assert.Equal("清掃 警備", refusedPage.QuerySelector("input[name=Q]")?.GetAttribute("value"));
        Assert.Equal("都内の清掃", await portal.WithDbAsync(db => db.SavedSearches.Where(s => s.Id == stored.Id).Select(s => s.Name).SingleAsync()));

        var changed = await client.PostFormAsync(edit, $"/procurement/searches/{stored.Id}", new Dictionary<string, string>
        {
            ["Name"] = "都内の清掃（毎日）",
            ["Q"] = "清掃",
            ["Prefecture"] = "13",
            ["Category"] = "services",
            ["Frequency"] = "daily",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(AlertFrequency.Daily, await portal.WithDbAsync(db => db.SavedSearches.Where(s => s.Id == stored.Id).Select(s => s.Frequency).SingleAsync()));

        // Another user can neither see nor delete it.
        var other = await PortalClient.SignedInAsync(portal, "sme@example.jp");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(edit)).StatusCode);

        var deleted = await client.PostFormAsync("/procurement/searches", $"/procurement/searches/{stored.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.SavedSearches.AnyAsync(s => s.Id == stored.Id)));
    }

    [Fact]
    public async Task SavingNeedsSigningIn()
    {
        var response = await PortalClient.For(fixture.Sqlite).GetAsync("/procurement/searches");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString);
    }
}
