using System.Text.RegularExpressions;
using AllJapanTokyo.BrowserTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.AntennaShops;

/// <summary>
/// A Korean visitor finds an antenna shop, joins the (demonstration, 架空) stamp rally with an e-mail address alone,
/// collects three stamps from the codes the shops' staff show at their counters, and is entered in the draw; each
/// page on the way passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StampRallyInKorean(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task A_Korean_visitor_finds_a_shop_collects_three_stamps_and_enters_the_draw()
    {
        // Sign-ins and stamps write to the database: on a loaded machine they take longer than Playwright's 5 s default.
        SetDefaultExpectTimeout(30_000);
        await using var visitorContext = await fixture.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        var (edition, shops) = await DemoRallyAsync();

        // Finding a shop in Korean: the directory filtered to Niigata, then the shop's page.
        await visitor.GotoAsync("/ko/antenna-shops");
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
        await visitor.Locator("#prefecture").SelectOptionAsync("15");
        await visitor.Locator("form[role=search] button[type=submit]").ClickAsync();
        await Expect(visitor).ToHaveURLAsync(new Regex(@"/ko/antenna-shops\?.*prefecture=15"));
        await visitor.Locator($"li[data-shop='{shops["15"]}'] a").First.ClickAsync();
        await Expect(visitor).ToHaveURLAsync(new Regex($@"/ko/antenna-shops/shops/{shops["15"]}$"));
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);

        // Joining with an e-mail address: the link arrives through the outbox.
        await visitor.Locator($"main a[href='/ko/antenna-shops/rally/{edition}']").ClickAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
        var email = $"ko-visitor-{Guid.NewGuid():N}@example.com";
        await visitor.Locator("#rally-email").FillAsync(email);
        await visitor.Locator("#rally-email").PressAsync("Enter");
        await Expect(visitor).ToHaveURLAsync(new Regex(@"sent=true", RegexOptions.IgnoreCase));
        await Expect(visitor.Locator("#link-sent")).ToBeVisibleAsync();
        await visitor.GotoAsync(await SignInLinkAsync(email));
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
        await visitor.Locator("#link-sign-in").ClickAsync();
        await Expect(visitor.Locator("#card-progress")).ToContainTextAsync("0/3");

        // Three shops' staff show their counter codes; the visitor opens each and presses the stamp button.
        var staff = new[] { ("niigata@example.jp", shops["15"]), ("osaka@example.jp", shops["27"]), ("official@example.jp", shops["01"]) };
        for (var i = 0; i < staff.Length; i++)
        {
            var (account, shop) = staff[i];
            await using var staffContext = await fixture.NewContextAsync();
            var counter = await staffContext.NewPageAsync();
            await PortalPages.SignInAsync(counter, account);
            await counter.GotoAsync($"/antenna-shops/rally/{edition}/counter/{shop}");
            await Expect(counter.Locator("#counter-code svg")).ToBeVisibleAsync();
            if (i == 0)
            {
                await AxeChecks.AssertNoSeriousViolationsAsync(counter);
            }

            // The code holds the configured portal address; the test's portal listens on a port of its own.
            var stampPath = new Uri(await counter.Locator("#stamp-link").GetAttributeAsync("href") ?? "").PathAndQuery;
            await visitor.GotoAsync(stampPath);
            await Expect(visitor).ToHaveURLAsync(new Regex($@"/ko/antenna-shops/rally/{edition}/stamp\?code="));
            if (i == 0)
            {
                await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
            }

            await visitor.Locator("#stamp-button").ClickAsync();
            await Expect(visitor.Locator("#stamp-outcome")).ToHaveClassAsync(new Regex("alert-success"));
            await Expect(visitor.Locator("#card-progress")).ToContainTextAsync($"{i + 1}/3");
        }

        await Expect(visitor.Locator("#entered")).ToBeVisibleAsync();
        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
    }

    [SkippableFact]
    public async Task The_shop_directory_a_shop_and_the_stamp_card_pass_axe_in_Japanese_English_and_Chinese()
    {
        SetDefaultExpectTimeout(30_000);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var (edition, shops) = await DemoRallyAsync();

        foreach (var path in new[] { "/antenna-shops?restaurant=true", $"/en/antenna-shops/shops/{shops["01"]}", $"/zh-hans/antenna-shops/rally/{edition}" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await AxeChecks.AssertNoSeriousViolationsAsync(page);
        }

        // The demonstration shops say they are fictitious wherever they show.
        await page.GotoAsync("/antenna-shops");
        await Expect(page.Locator($"li[data-shop='{shops["15"]}'] .badge")).ToHaveTextAsync("架空");
    }

    private async Task<(int Edition, Dictionary<string, int> Shops)> DemoRallyAsync()
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var edition = await db.RallyEditions.Include(e => e.Shops).ThenInclude(s => s.Shop).SingleAsync(e => e.NameJa == AntennaShopsDemoSeeder.EditionName);
        return (edition.Id, edition.Shops.ToDictionary(s => s.Shop!.PrefectureCode, s => s.ShopId));
    }

    private async Task<string> SignInLinkAsync(string email)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var body = await db.OutboxMessages.Where(m => m.To == email).Select(m => m.TextBody).SingleAsync();
        return new Uri(SignInLink().Match(body).Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/antenna-shops/rally/sign-in/link\?\S+")]
    private static partial Regex SignInLink();
}
