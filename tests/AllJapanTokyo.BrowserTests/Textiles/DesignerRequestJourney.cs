using System.Text.RegularExpressions;
using AllJapanTokyo.BrowserTests.Infrastructure;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Textiles;

/// <summary>
/// A designer keeps a profile and asks to be introduced to a textile region; Tokyo's coordinator introduces the report's
/// Niigata region, Niigata's staff answer and write, the request goes through met and sample to order, and the year's
/// counts are proposed, accepted and shown on the published report. Each new page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DesignerRequestJourney(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task A_designers_request_goes_from_received_to_order_and_its_counts_reach_the_report()
    {
        SetDefaultExpectTimeout(30_000);
        var email = $"designer-{Guid.NewGuid():N}@example.jp";
        var (region, fiscalYear) = await SetUpAsync(email);
        var material = $"二重織りウール{Guid.NewGuid():N}"[..16];

        // The designer's profile, then the request.
        await using var designerContext = await fixture.NewContextAsync();
        var designer = await designerContext.NewPageAsync();
        await PortalPages.SignInAsync(designer, email);
        await designer.GotoAsync("/designers/me");
        await AxeChecks.AssertNoSeriousViolationsAsync(designer);
        await designer.Locator("#NameJa").FillAsync("試験デザイン室");
        await designer.Locator("#TokyoMunicipality").FillAsync("台東区");
        await designer.Locator("form[action='/designers/me'] button[type=submit]").First.ClickAsync();
        await Expect(designer.Locator("[role=status]")).ToBeVisibleAsync();

        await designer.GotoAsync("/textiles/requests/new");
        await AxeChecks.AssertNoSeriousViolationsAsync(designer);
        await designer.Locator("#Material").FillAsync(material);
        await designer.Locator("#Technique").FillAsync("ジャカード");
        await designer.Locator("#Quantity").FillAsync("200m");
        await designer.Locator("#Timing").FillAsync("来年春");
        await designer.Locator("#Purpose").FillAsync("コートの表地");
        await designer.Locator("form[action='/textiles/requests/new'] button[type=submit]").ClickAsync();
        await Expect(designer).ToHaveURLAsync(new Regex(@"/textiles/requests/\d+$"));
        var url = PortalPages.PathOf(designer);
        await Expect(designer.Locator("#pipeline")).ToHaveAttributeAsync("data-stage", "Received");
        await AxeChecks.AssertNoSeriousViolationsAsync(designer);

        // The coordinator introduces the Niigata region.
        await using var officialContext = await fixture.NewContextAsync();
        var official = await officialContext.NewPageAsync();
        await PortalPages.SignInAsync(official, "official@example.jp");
        await official.GotoAsync(url);
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
        await official.Locator($"#region-{region}").CheckAsync();
        await official.Locator("form[action$='/introduce'] button[type=submit]").ClickAsync();
        await Expect(official.Locator("#pipeline")).ToHaveAttributeAsync("data-stage", "Introduced");

        // Niigata's staff answer and write; the designer replies inside the request.
        await using var niigataContext = await fixture.NewContextAsync();
        var niigata = await niigataContext.NewPageAsync();
        await PortalPages.SignInAsync(niigata, "niigata@example.jp");
        await niigata.GotoAsync(url);
        await AxeChecks.AssertNoSeriousViolationsAsync(niigata);
        await niigata.Locator("button[name=answer][value=Interested]").ClickAsync();
        await Expect(niigata.Locator($"section[data-thread='{region}'] [data-answer]")).ToHaveAttributeAsync("data-answer", "Interested");
        await niigata.Locator($"#body-{region}").FillAsync("ジャカードの見本をお送りできます。");
        await niigata.Locator($"section[data-thread='{region}'] form[action$='/messages'] button[type=submit]").ClickAsync();
        await Expect(niigata.Locator($"section[data-thread='{region}'] li[data-message]")).ToHaveCountAsync(1);

        await designer.GotoAsync(url);
        await Expect(designer.Locator($"section[data-thread='{region}'] li[data-message]")).ToContainTextAsync("見本をお送りできます");
        await designer.Locator($"#body-{region}").FillAsync("ぜひお願いします。");
        await designer.Locator($"section[data-thread='{region}'] form[action$='/messages'] button[type=submit]").ClickAsync();
        await Expect(designer.Locator($"section[data-thread='{region}'] li[data-message]")).ToHaveCountAsync(2);

        // Met, sample, order.
        foreach (var step in new[] { "Met", "Sample", "Ordered" })
        {
            await official.GotoAsync(url);
            await official.Locator($"form[action$='/step']:has(input[name=to][value={step}]) button[type=submit]").ClickAsync();
            await Expect(official.Locator("#pipeline")).ToHaveAttributeAsync("data-stage", step);
        }

        await Expect(official.Locator($"section[data-thread='{region}'] form[action$='/messages']")).ToHaveCountAsync(0);

        // The year's counts: proposed by the coordinator, accepted in the review, shown on the report.
        await official.GotoAsync("/textiles/requests");
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
        await official.Locator("#fiscalYear").FillAsync(fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await official.Locator("form[action='/textiles/requests/figures'] button[type=submit]").ClickAsync();
        await Expect(official.Locator("#figures-result")).ToHaveClassAsync(new Regex("alert-success"));

        await official.GotoAsync("/reporting/computed");
        var accept = official.Locator("tr:has-text('産地との交流') form[action$='/accept'] button[type=submit]");
        while (await accept.CountAsync() > 0)
        {
            var before = await accept.CountAsync();
            await accept.First.ClickAsync();
            await Expect(accept).ToHaveCountAsync(before - 1);
        }

        await official.GotoAsync($"/reports/{fiscalYear}");
        await Expect(official.Locator("main")).ToContainTextAsync("発注件数");
        await Expect(official.Locator("main")).ToContainTextAsync("デザイナーからの依頼件数");
    }

    [SkippableFact]
    public async Task The_region_pages_the_import_and_a_designers_profile_pass_axe()
    {
        SetDefaultExpectTimeout(30_000);
        var (region, _) = await SetUpAsync($"designer-{Guid.NewGuid():N}@example.jp");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/textiles", $"/ko/textiles/production-regions/{region}", $"/zh-hans/textiles/regions/15" })
        {
            Assert.Equal(200, (await page.GotoAsync(path))!.Status);
            await AxeChecks.AssertNoSeriousViolationsAsync(page);
        }

        await PortalPages.SignInAsync(page, "niigata@example.jp");
        foreach (var path in new[] { $"/textiles/production-regions/{region}/edit", "/en/textiles/production-regions/import", "/textiles/requests" })
        {
            Assert.Equal(200, (await page.GotoAsync(path))!.Status);
            await AxeChecks.AssertNoSeriousViolationsAsync(page);
        }

        // A refused import names its lines, and the page still passes.
        await page.GotoAsync("/textiles/production-regions/import");
        await page.Locator("#text").FillAsync("prefecture_code,other_prefecture_codes,name_ja,name_en,materials,processes,minimum_lot,lead_time,sample_policy,contact,photo_url\n27,,大阪の産地,,,,,,,,\n");
        await page.Locator("button[name=command][value=check]").ClickAsync();
        await Expect(page.Locator("li[data-line='2']")).ToBeVisibleAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(page);

        await using var officialContext = await fixture.NewContextAsync();
        var official = await officialContext.NewPageAsync();
        await PortalPages.SignInAsync(official, "official@example.jp");
        var designer = await DemoDesignerAsync();
        Assert.Equal(200, (await official.GotoAsync($"/en/designers/{designer}"))!.Status);
        await Expect(official.Locator("h1 .badge")).ToHaveTextAsync("Fictitious");
        await AxeChecks.AssertNoSeriousViolationsAsync(official);
    }

    private async Task<int> DemoDesignerAsync()
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Designers.Where(d => d.IsSynthetic).Select(d => d.Id).FirstAsync();
    }

    /// <summary>A designer account of this test alone, the report's Niigata region, and the measure's form asking for the counts (as Tokyo's administrator would set it).</summary>
    private async Task<(int Region, int FiscalYear)> SetUpAsync(string email)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, KestrelPortalFactory.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Designer);

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var indicator in new[] { "textile_requests", "textile_orders" })
        {
            if (!await db.FormIndicators.AnyAsync(f => f.InitiativeCode == "2-1" && f.IndicatorCode == indicator))
            {
                db.FormIndicators.Add(new FormIndicator { InitiativeCode = "2-1", IndicatorCode = indicator, SortOrder = indicator == "textile_requests" ? 10 : 20 });
            }
        }

        await db.SaveChangesAsync();
        var region = await db.ProductionRegions.Where(r => r.PrefectureCode == "15" && r.ReportNoteJa != null).Select(r => r.Id).FirstAsync();
        var japanToday = DateTime.UtcNow.AddHours(9);
        return (region, japanToday.Month >= 4 ? japanToday.Year : japanToday.Year - 1);
    }
}
