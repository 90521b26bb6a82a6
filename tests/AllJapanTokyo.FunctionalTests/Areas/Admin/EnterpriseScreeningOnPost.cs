using System.Net;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Admin;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Admin;

[Collection(PortalCollection.Name)]
public sealed class EnterpriseScreeningOnPost(PortalFixture fixture)
{
    private static async Task<HttpResponseMessage> DecideAsync(PortalClient admin, int id, string decision, string? reason = null)
    {
        var (_, page) = await admin.GetPageAsync($"/admin/enterprises/{id}");
        var version = page.QuerySelector("input[name=version]")?.GetAttribute("value") ?? "";
        var fields = new Dictionary<string, string> { ["decision"] = decision, ["version"] = version };
        if (reason is not null)
        {
            fields["reason"] = reason;
        }

        return await admin.PostFormAsync($"/admin/enterprises/{id}", $"/admin/enterprises/{id}/decide", fields);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OperatorApprovesAPendingEnterpriseWhichThenBidsAndHasAPublicPage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社金沢審査テスト", ScreeningStatus.Pending);
        var anonymous = PortalClient.For(portal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/procurement/enterprises/{id}")).StatusCode);

        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var (listResponse, list) = await admin.GetPageAsync("/admin/enterprises?status=pending");
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        Assert.Contains("株式会社金沢審査テスト", list.Body!.TextContent);

        var approved = await DecideAsync(admin, id, "approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var stored = await portal.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(ScreeningStatus.Approved, stored.ScreeningStatus);
        Assert.True(stored.CanBid);
        var (publicResponse, publicPage) = await anonymous.GetPageAsync($"/procurement/enterprises/{id}");
        Assert.Equal(HttpStatusCode.OK, publicResponse.StatusCode);
        Assert.Equal("株式会社金沢審査テスト", publicPage.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("金箔", publicPage.Body!.TextContent);
        // The decision's mail was queued in the outbox with the decision, and is sent from there.
        Assert.Equal(1, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email && m.Kind == "enterprise.screening")));
        await portal.DeliverMailAsync();
        Assert.Contains(EnterpriseTestData.MailTo(portal, email), m => m.Contains("承認しました", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EachPersonOfTheCompanyIsToldInTheirLanguageWithTheNextStepLinked(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社二言語通知テスト", ScreeningStatus.Pending);
        var colleague = $"colleague-en-{Guid.NewGuid():N}@example.jp";
        await portal.WithDbAsync(async db =>
        {
            var first = await db.Users.SingleAsync(u => u.Email == email);
            db.Users.Add(new AllJapanTokyo.Infrastructure.Identity.AppUser
            {
                UserName = colleague, NormalizedUserName = colleague.ToUpperInvariant(), Email = colleague, NormalizedEmail = colleague.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = "Colleague", EnterpriseId = id, PreferredLanguage = "en", SecurityStamp = Guid.NewGuid().ToString("N"),
            });
            return await db.SaveChangesAsync();
        });
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(admin, id, "reject", "登記事項証明書の添付がありません。")).StatusCode);

        var japanese = Assert.Single(EnterpriseTestData.MailTo(portal, email));
        Assert.Contains("事務局の審査の結果、貴社の企業登録を承認できませんでした。", japanese);
        Assert.Contains("理由: 登記事項証明書の添付がありません。", japanese);
        Assert.Contains("https://localhost/procurement/enterprises/mine", japanese);
        Assert.DoesNotContain("Reason: ", japanese);
        var english = Assert.Single(EnterpriseTestData.MailTo(portal, colleague));
        Assert.Contains(Texts.En("事務局の審査の結果、貴社の企業登録を承認できませんでした。"), english);
        Assert.Contains(Texts.En("理由: {0}", "登記事項証明書の添付がありません。"), english);
        Assert.Contains("https://localhost/en/procurement/enterprises/mine", english);
        var notified = await portal.WithDbAsync(db => db.Notifications.Where(n => n.Kind == "enterprise.screening" && db.Users.Any(u => u.Id == n.UserId && u.EnterpriseId == id)).CountAsync());
        Assert.Equal(2, notified);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(admin, id, "approve")).StatusCode);
        var approval = EnterpriseTestData.MailTo(portal, colleague)[^1];
        Assert.Contains(Texts.En("企業登録を承認しました"), approval);
        Assert.Matches(@"https://localhost/en/procurement\s", approval);
        Assert.Contains("https://localhost/en/procurement/enterprises/mine", approval);
    }

    [Fact]
    public async Task TheEnglishScreeningPagesNameStatusesAndRefusalsInEnglish()
    {
        var portal = fixture.Sqlite;
        var (id, _) = await EnterpriseTestData.CreateAsync(portal, "株式会社英語審査テスト", ScreeningStatus.Pending);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        var (_, list) = await admin.GetPageAsync("/en/admin/enterprises?status=pending");
        Assert.Contains(Texts.En("審査待ち"), list.QuerySelector("main ul.nav-tabs .nav-link.active")!.TextContent);
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("株式会社英語審査テスト", StringComparison.Ordinal));
        Assert.Equal($"/en/admin/enterprises/{id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Ishikawa", row.QuerySelectorAll("td")[2].TextContent.Trim());

        var (_, page) = await admin.GetPageAsync($"/en/admin/enterprises/{id}");
        var refused = await admin.PostFormAsync($"/en/admin/enterprises/{id}", $"/en/admin/enterprises/{id}/decide", new Dictionary<string, string>
        {
            ["decision"] = "reject",
            ["reason"] = " ",
            ["version"] = page.QuerySelector("input[name=version]")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var answer = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(Texts.En("理由を入力してください。理由は企業の代表者にメールで通知されます。"), answer.QuerySelector("[data-valmsg-for=reason]")?.TextContent.Trim());
        Assert.Equal(Texts.En("審査待ち"), answer.QuerySelector("[data-testid=screening-status]")?.TextContent.Trim());
    }

    [Fact]
    public async Task RejectionNeedsAReasonWhichIsEmailedToTheRepresentative()
    {
        var portal = fixture.Sqlite;
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社却下テスト", ScreeningStatus.Pending);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        var refused = await DecideAsync(admin, id, "reject", "  ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("理由を入力してください", await refused.Content.ReadAsStringAsync());
        Assert.Equal(ScreeningStatus.Pending, await portal.WithDbAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.ScreeningStatus).SingleAsync()));

        var rejected = await DecideAsync(admin, id, "reject", "法人番号と企業名が国税庁の公表情報と一致しません。");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(ScreeningStatus.Rejected, stored.ScreeningStatus);
        Assert.False(stored.CanBid);
        await portal.DeliverMailAsync();
        Assert.Contains(EnterpriseTestData.MailTo(portal, email), m => m.Contains("法人番号と企業名が国税庁の公表情報と一致しません。", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await PortalClient.For(portal).GetAsync($"/procurement/enterprises/{id}")).StatusCode);
    }

    [Fact]
    public async Task SuspensionHidesThePageAndStopsBiddingUntilLifted()
    {
        var portal = fixture.Sqlite;
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社停止テスト", ScreeningStatus.Approved);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var anonymous = PortalClient.For(portal);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(admin, id, "suspend", "提出書類の虚偽記載の疑い")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/procurement/enterprises/{id}")).StatusCode);
        Assert.False(await portal.WithDbAsync(async db => (await db.Enterprises.SingleAsync(e => e.Id == id)).CanBid));
        await portal.DeliverMailAsync();
        Assert.Contains(EnterpriseTestData.MailTo(portal, email), m => m.Contains("提出書類の虚偽記載の疑い", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(admin, id, "lift")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/procurement/enterprises/{id}")).StatusCode);
    }

    [Fact]
    public async Task AStaleFormCannotOverrideANewerDecision()
    {
        var portal = fixture.Sqlite;
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社同時審査テスト", ScreeningStatus.Pending);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var (_, page) = await admin.GetPageAsync($"/admin/enterprises/{id}");
        var staleVersion = page.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(admin, id, "approve")).StatusCode);

        var stale = await admin.PostFormAsync($"/admin/enterprises/{id}", $"/admin/enterprises/{id}/decide", new Dictionary<string, string>
        {
            ["decision"] = "suspend",
            ["reason"] = "古い画面からの操作",
            ["version"] = staleVersion,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("他の担当者が審査したか", await stale.Content.ReadAsStringAsync());
        Assert.Equal(ScreeningStatus.Approved, await portal.WithDbAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.ScreeningStatus).SingleAsync()));
        // Only the decision that was stored has its mail queued: the refused one wrote none.
        Assert.Equal(1, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email && m.Kind == "enterprise.screening")));
    }

    [Theory]
    [InlineData("sme@example.jp")]
    [InlineData("buyer@example.jp")]
    public async Task OnlyTheOperatorScreens(string email)
    {
        var client = await PortalClient.SignedInAsync(fixture.Sqlite, email);
        var response = await client.GetAsync("/admin/enterprises");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
