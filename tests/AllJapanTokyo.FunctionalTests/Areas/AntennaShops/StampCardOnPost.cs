using System.Net;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.AntennaShops.Rally;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.AntennaShops;

/// <summary>The web stamp card: codes shown at the counter, one stamp per shop, and every refusal storing nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class StampCardOnPost(PortalFixture fixture)
{
    private static readonly HtmlParser Parser = new();

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AVisitorSignedInByMailCollectsThreeStampsAndEntersTheDraw(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (edition, shops) = await RallyTestData.EditionAsync(portal, shops: 4, toComplete: 3);
        var staff = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var (visitor, email) = await RallyTestData.VisitorAsync(portal, edition);

        for (var i = 0; i < 3; i++)
        {
            var response = await RallyTestData.StampAsync(visitor, edition, await RallyTestData.CounterCodeAsync(staff, edition, shops[i]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Null(page.QuerySelector("#stamp-outcome")!.GetAttribute("data-problem"));
            Assert.Equal(i == 2, page.QuerySelector("#entered") is not null);
        }

        var card = await portal.WithDbAsync(db => db.StampCards.Include(c => c.Stamps)
            .SingleAsync(c => c.EditionId == edition && db.Users.Any(u => u.Id == c.UserId && u.Email == email)));
        Assert.Equal(shops[..3].Order(), card.Stamps.Select(s => s.ShopId).Order());
        Assert.True(card.IsEntered);
        var (_, cardPage) = await visitor.GetPageAsync($"/antenna-shops/rally/{edition}");
        Assert.NotNull(cardPage.QuerySelector("#card-entered"));
        Assert.Equal(3, cardPage.QuerySelectorAll("li[data-shop] .badge.text-bg-success").Length);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheSameShopTwiceIsRefusedAndNothingMoreIsStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (edition, shops) = await RallyTestData.EditionAsync(portal, shops: 2, toComplete: 2);
        var staff = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var (visitor, _) = await RallyTestData.VisitorAsync(portal, edition);
        var code = await RallyTestData.CounterCodeAsync(staff, edition, shops[0]);
        Assert.Equal(HttpStatusCode.OK, (await RallyTestData.StampAsync(visitor, edition, code)).StatusCode);

        var again = await RallyTestData.StampAsync(visitor, edition, await RallyTestData.CounterCodeAsync(staff, edition, shops[0]));

        await AssertRefusedAsync(again, StampProblem.AlreadyStamped, "このお店のスタンプはすでに押されています。スタンプは各店1回までです。");
        Assert.Equal(1, await RallyTestData.StampsOfAsync(portal, edition));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ForgedAndExpiredCodesAreRefusedAndNothingIsStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (edition, shops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1);
        var staff = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var (visitor, _) = await RallyTestData.VisitorAsync(portal, edition);
        var code = await RallyTestData.CounterCodeAsync(staff, edition, shops[0]);
        var forged = code[..10] + (code[10] == 'A' ? 'B' : 'A') + code[11..];
        string expired;
        await using (var scope = portal.CreateScope())
        {
            var codes = scope.ServiceProvider.GetRequiredService<StampCodes>();
            expired = codes.Issue(new StampCode(shops[0], edition, codes.CurrentMinute - 2));
        }

        await AssertRefusedAsync(await RallyTestData.StampAsync(visitor, edition, forged), StampProblem.Forged, "このコードは読み取れません。お店の画面のQRコードをもう一度読み取ってください。スタンプは押されていません。");
        await AssertRefusedAsync(await RallyTestData.StampAsync(visitor, edition, "not-a-code"), StampProblem.Forged, null);
        await AssertRefusedAsync(await RallyTestData.StampAsync(visitor, edition, expired), StampProblem.Expired, "このコードは期限切れです（コードは1分ごとに変わります）。お店の画面のQRコードをもう一度読み取ってください。スタンプは押されていません。");
        Assert.Equal(0, await RallyTestData.StampsOfAsync(portal, edition));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherEditionsCodeIsRefused(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (edition, _) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1);
        var (other, otherShops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1);
        var staff = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var (visitor, _) = await RallyTestData.VisitorAsync(portal, edition);

        var response = await RallyTestData.StampAsync(visitor, edition, await RallyTestData.CounterCodeAsync(staff, other, otherShops[0]));

        await AssertRefusedAsync(response, StampProblem.OtherEdition, "このコードは別の回のスタンプラリーのものです。スタンプは押されていません。");
        Assert.Equal(0, await RallyTestData.StampsOfAsync(portal, edition) + await RallyTestData.StampsOfAsync(portal, other));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AStampOutsideTheEditionsDatesIsRefused(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var today = RallyTestData.JapanToday;
        var (ended, endedShops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, startsOn: today.AddDays(-20), endsOn: today.AddDays(-1));
        var (coming, comingShops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, startsOn: today.AddDays(1), endsOn: today.AddDays(20));
        var staff = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var (visitor, _) = await RallyTestData.VisitorAsync(portal, ended);

        await AssertRefusedAsync(await RallyTestData.StampAsync(visitor, ended, await RallyTestData.CounterCodeAsync(staff, ended, endedShops[0])), StampProblem.OutsideDates, "スタンプラリーの実施期間外です。スタンプは押されていません。");
        await AssertRefusedAsync(await RallyTestData.StampAsync(visitor, coming, await RallyTestData.CounterCodeAsync(staff, coming, comingShops[0])), StampProblem.OutsideDates, null);
        Assert.Equal(0, await RallyTestData.StampsOfAsync(portal, ended) + await RallyTestData.StampsOfAsync(portal, coming));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AKoreanVisitorIsToldWhyInKorean(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (edition, _) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1);
        var (visitor, _) = await RallyTestData.VisitorAsync(portal, edition, "/ko");

        var response = await RallyTestData.StampAsync(visitor, edition, "forged", "/ko");

        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(Texts.Ko("このコードは読み取れません。お店の画面のQRコードをもう一度読み取ってください。スタンプは押されていません。"), page.QuerySelector("#stamp-outcome")!.TextContent.Trim());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StampAttemptsAreLimitedPerAccount(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (edition, shops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1);
        var staff = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var (visitor, _) = await RallyTestData.VisitorAsync(portal, edition);
        var (other, _) = await RallyTestData.VisitorAsync(portal, edition);
        // Near the turn of a minute the counter would start again: wait for the next one to have the whole minute.
        if (DateTime.UtcNow.Second > 40)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - DateTime.UtcNow.Second));
        }

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await RallyTestData.StampAsync(visitor, edition, $"guess-{i}")).StatusCode);
        }

        var valid = await RallyTestData.CounterCodeAsync(staff, edition, shops[0]);
        await AssertRefusedAsync(await RallyTestData.StampAsync(visitor, edition, valid), StampProblem.TooManyAttempts, "試行回数が多すぎます。1分ほど待ってからもう一度お試しください。スタンプは押されていません。", HttpStatusCode.TooManyRequests);
        Assert.Equal(0, await RallyTestData.StampsOfAsync(portal, edition));
        // Another account is not held back by the first one's attempts.
        Assert.Equal(HttpStatusCode.OK, (await RallyTestData.StampAsync(other, edition, valid)).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OnlyTheShopsPrefectureStaffOrTokyoShowItsCounterCode(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (edition, shops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, prefecture: "15");

        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");
        Assert.Equal(HttpStatusCode.Forbidden, (await osaka.GetAsync($"/antenna-shops/rally/{edition}/counter/{shops[0]}")).StatusCode);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        Assert.False(string.IsNullOrEmpty(await RallyTestData.CounterCodeAsync(official, edition, shops[0])));
        var (visitor, _) = await RallyTestData.VisitorAsync(portal, edition);
        var response = await visitor.GetAsync($"/antenna-shops/rally/{edition}/counter/{shops[0]}");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NoSignInLinkIsMailedForAStaffAccount(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (edition, _) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1);
        var client = PortalClient.For(portal);

        var response = await client.PostFormAsync($"/antenna-shops/rally/{edition}", "/antenna-shops/rally/sign-in",
            new Dictionary<string, string> { ["email"] = "osaka@example.jp", ["edition"] = edition.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await RallyTestData.SignInLinkAsync(portal, "osaka@example.jp"));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, StampProblem problem, string? japaneseMessage, HttpStatusCode status = HttpStatusCode.UnprocessableEntity)
    {
        Assert.Equal(status, response.StatusCode);
        var outcome = Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#stamp-outcome")!;
        Assert.Equal(problem.ToString(), outcome.GetAttribute("data-problem"));
        if (japaneseMessage is not null)
        {
            Assert.Equal(japaneseMessage, outcome.TextContent.Trim());
        }
    }
}
