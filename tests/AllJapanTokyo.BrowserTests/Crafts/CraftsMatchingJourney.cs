using AllJapanTokyo.BrowserTests.Infrastructure;
using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Crafts;

/// <summary>
/// The crafts matching journey in Chromium: Tokyo opens a call round; the demo maker (架空) and a designer apply
/// separately, the designer with a recent product's image; after the deadline Tokyo selects both, sets up the round's
/// matching session (the scheduler books their talk, which both see on their agenda) and forms their team;
/// the maker reports the prototype; Tokyo publishes the product, whose public page names maker and designer and which the
/// partner prefecture's profile lists. Each new page is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CraftsMatchingJourney(BrowserFixture fixture)
{
    private const string DesignerPassword = "browser designer 2026 lamp";
    private const string Maker = "【架空】デモ組紐工房";

    /// <summary>The smallest valid PNG (1×1).</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [SkippableFact]
    public async Task A_maker_and_a_designer_apply_become_a_team_and_their_product_is_published()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (designerEmail, designerName) = await DesignerAsync(tag);
        var roundTitle = $"ブラウザ試験の募集{tag}";

        await using var officialContext = await fixture.NewContextAsync();
        var official = await officialContext.NewPageAsync();
        await PortalPages.SignInAsync(official, "official@example.jp");
        await official.GotoAsync("/crafts/rounds");
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
        await official.GetByLabel("募集名").FillAsync(roundTitle);
        await official.GetByLabel("締切日（この日の終わりまで受け付けます）").FillAsync(DateTime.UtcNow.AddHours(9).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await official.GetByRole(AriaRole.Button, new() { Name = "募集を開始する" }).ClickAsync();
        await Expect(official.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(roundTitle);
        var roundPath = PortalPages.PathOf(official);

        await using var makerContext = await fixture.NewContextAsync();
        var maker = await makerContext.NewPageAsync();
        await PortalPages.SignInAsync(maker, "maker@example.jp");
        await maker.GotoAsync("/crafts/rounds");
        await maker.GetByRole(AriaRole.Link, new() { Name = roundTitle }).ClickAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(maker);
        await maker.GetByLabel("応募の内容（つくりたいもの、組みたい相手）").FillAsync("組紐を他産地の素材と合わせた小物をつくりたい。");
        await maker.GetByRole(AriaRole.Button, new() { Name = "応募する" }).ClickAsync();
        await Expect(maker.GetByRole(AriaRole.Status)).ToContainTextAsync("応募を受け付けました。");

        await using var designerContext = await fixture.NewContextAsync();
        var designer = await designerContext.NewPageAsync();
        await PortalPages.SignInAsync(designer, designerEmail, DesignerPassword);
        await designer.GotoAsync(roundPath);
        await designer.GetByLabel("応募の内容（つくりたいもの、組みたい相手）").FillAsync("房州うちわの骨に組紐を。");
        await designer.GetByLabel("最近の作品（説明）").FillAsync("竹と和紙の照明");
        await designer.GetByLabel("最近の作品（画像、5MBまで）").SetInputFilesAsync(new FilePayload { Name = "lamp.png", MimeType = "image/png", Buffer = Png });
        await designer.GetByRole(AriaRole.Button, new() { Name = "応募する" }).ClickAsync();
        await Expect(designer.GetByRole(AriaRole.Status)).ToContainTextAsync("応募を受け付けました。");
        await AxeChecks.AssertNoSeriousViolationsAsync(designer);

        // The deadline passes.
        await WithDbAsync(db => db.CraftCallRounds.Where(r => r.TitleJa == roundTitle).ExecuteUpdateAsync(s => s.SetProperty(r => r.DeadlineUtc, DateTime.UtcNow.AddMinutes(-1))));

        await official.GotoAsync(roundPath);
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
        foreach (var applicant in new[] { Maker, designerName })
        {
            await official.Locator("tr[data-application]", new() { HasText = applicant }).GetByRole(AriaRole.Button, new() { Name = "選定する" }).ClickAsync();
            await Expect(official.Locator("tr[data-application]", new() { HasText = applicant })).ToHaveAttributeAsync("data-selected", "true");
        }

        // Tokyo sets up the round's matching session: the scheduler books the maker's talk with the designer, and both
        // find it on their meetings agenda from the round page.
        await official.GetByLabel("日付（例 2026-04-30）").FillAsync(DateTime.UtcNow.AddHours(9).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await official.GetByLabel("開始（例 13:00）").FillAsync("13:00");
        await official.GetByLabel("終了（例 17:00）").FillAsync("13:30");
        await official.GetByRole(AriaRole.Button, new() { Name = "マッチング商談会を設定して割り当てる" }).ClickAsync();
        await Expect(official.Locator("main .lead")).ToContainTextAsync(roundTitle);
        await Expect(official.Locator("main")).ToContainTextAsync(Maker);
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
        foreach (var (page, partner) in new[] { (maker, designerName), (designer, Maker) })
        {
            await page.GotoAsync(roundPath);
            await AxeChecks.AssertNoSeriousViolationsAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "自分の商談予定" }).ClickAsync();
            await Expect(page.Locator("tr[data-meeting]")).ToHaveCountAsync(1);
            await Expect(page.Locator("tr[data-meeting]")).ToContainTextAsync(partner);
            await AxeChecks.AssertNoSeriousViolationsAsync(page);
        }

        await official.GotoAsync(roundPath);
        await official.GetByRole(AriaRole.Link, new() { Name = "選定した応募でチームをつくる" }).ClickAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
        var teamName = $"組紐×うちわ{tag}";
        await official.GetByLabel("チーム名").FillAsync(teamName);
        await official.GetByLabel(designerName).CheckAsync();
        await official.GetByLabel(Maker).CheckAsync();
        await official.GetByRole(AriaRole.Button, new() { Name = "チームをつくる" }).ClickAsync();
        await Expect(official.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(teamName);
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
        var teamPath = PortalPages.PathOf(official);

        await maker.GotoAsync("/crafts/teams");
        await AxeChecks.AssertNoSeriousViolationsAsync(maker);
        await maker.GetByRole(AriaRole.Link, new() { Name = teamName }).ClickAsync();
        await maker.Locator("#progress-Prototype").FillAsync("試作3点が完成しました。");
        await maker.Locator("#done-Prototype").CheckAsync();
        await maker.Locator("section[data-milestone='Prototype']").GetByRole(AriaRole.Button, new() { Name = "報告する" }).ClickAsync();
        await Expect(maker.Locator("section[data-milestone='Prototype']")).ToContainTextAsync("試作3点が完成しました。");
        await AxeChecks.AssertNoSeriousViolationsAsync(maker);

        await official.GotoAsync("/crafts/teams");
        await Expect(official.Locator("tr[data-team]", new() { HasText = teamName }).Locator("td[data-milestone='Prototype']")).ToHaveAttributeAsync("data-done", "true");
        await AxeChecks.AssertNoSeriousViolationsAsync(official);

        var product = $"組紐うちわ{tag}";
        var uchiwa = await WithDbAsync(db => db.Crafts.Where(c => c.NameJa == "房州うちわ").Select(c => c.Id).SingleAsync());
        await official.GotoAsync(teamPath);
        await official.GetByLabel("商品名").FillAsync(product);
        await official.GetByLabel("東京の伝統工芸").SelectOptionAsync(new SelectOptionValue { Label = "東京くみひも" });
        await official.GetByLabel("連携した伝統工芸").SelectOptionAsync(uchiwa.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await official.GetByLabel("購入できる場所").FillAsync("（試験）館山の物産館");
        await official.GetByLabel("写真（PNG、JPEG、GIF、WebP、5MBまで）").SetInputFilesAsync(new FilePayload { Name = "uchiwa.png", MimeType = "image/png", Buffer = Png });
        await official.GetByRole(AriaRole.Button, new() { Name = "公開する" }).ClickAsync();

        // The product's public page, open to anyone, and the partner prefecture's profile.
        await Expect(official.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(product);
        var productPath = PortalPages.PathOf(official);
        await using var visitorContext = await fixture.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync(productPath);
        await Expect(visitor.Locator("#makers")).ToContainTextAsync(Maker);
        await Expect(visitor.Locator("#designer")).ToContainTextAsync(designerName);
        await Expect(visitor.Locator("#where-to-buy")).ToContainTextAsync("館山の物産館");
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
        await visitor.GotoAsync("/prefectures/12");
        await Expect(visitor.Locator("main")).ToContainTextAsync(product);
    }

    private async Task<(string Email, string Name)> DesignerAsync(string tag)
    {
        var email = $"designer-{tag}@example.jp";
        var name = $"試験デザイン室{tag}";
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await users.CreateAsync(user, DesignerPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Designer);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Designers.Add(new Designer { UserId = user.Id, NameJa = name, TokyoMunicipalityJa = "台東区", RegisteredAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return (email, name);
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
