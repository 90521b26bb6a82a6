using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AllJapanTokyo.BrowserTests.Infrastructure;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Tourism;

/// <summary>
/// A Korean visitor finds the model route (its days, its map and a TouristTrip JSON-LD that parses) and the
/// information centres; a prefecture's staff apply for the PR corner for a municipality, a Tokyo official approves it,
/// and the public calendar lists it. Every page on the way passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TourismInKorean(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task A_Korean_visitor_finds_a_route_with_its_map_day_stops_and_json_ld()
    {
        SetDefaultExpectTimeout(30_000);
        await PlaceTheFirstStopsAsync();
        await using var context = await fixture.NewContextAsync();
        var visitor = await context.NewPageAsync();

        await visitor.GotoAsync("/ko/tourism");
        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
        await visitor.Locator("section[aria-labelledby='routes'] a[href^='/ko/tourism/routes/']").First.ClickAsync();
        await Expect(visitor).ToHaveURLAsync(new Regex(@"/ko/tourism/routes/\d+$"));
        await Expect(visitor.Locator("li[data-stop]").First).ToBeVisibleAsync();
        await Expect(visitor.Locator("section[data-day='1'] li[data-stop]").First).ToBeVisibleAsync();
        await Expect(visitor.Locator("svg.route-map")).ToBeVisibleAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);

        var json = await visitor.Locator("script[type='application/ld+json']").TextContentAsync();
        using var trip = JsonDocument.Parse(json!);
        Assert.Equal("TouristTrip", trip.RootElement.GetProperty("@type").GetString());
        Assert.True(Uri.IsWellFormedUriString(trip.RootElement.GetProperty("url").GetString(), UriKind.Absolute));
        Assert.All(trip.RootElement.GetProperty("subTrip").EnumerateArray(), day =>
            Assert.NotEmpty(day.GetProperty("itinerary").GetProperty("itemListElement").EnumerateArray().Select(e => e.GetProperty("item").GetProperty("name").GetString())));

        await visitor.GotoAsync("/ko/tourism/info-centres");
        await Expect(visitor.Locator("li[data-center] [data-state]").First).ToBeVisibleAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
        await visitor.Locator("li[data-center] h2 a").First.ClickAsync();
        await Expect(visitor.Locator("#today [data-state]")).ToBeVisibleAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
    }

    [SkippableFact]
    public async Task A_municipalitys_application_booked_by_prefecture_staff_is_approved_by_Tokyo_and_shows_on_the_calendar()
    {
        SetDefaultExpectTimeout(30_000);
        var title = $"（試験）佐渡PR {Guid.NewGuid():N}"[..20];
        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(120 + Random.Shared.Next(200));

        await using (var staffContext = await fixture.NewContextAsync())
        {
            var staff = await staffContext.NewPageAsync();
            await PortalPages.SignInAsync(staff, "niigata@example.jp");
            await staff.GotoAsync("/tourism/pr-corner/mine");
            await AxeChecks.AssertNoSeriousViolationsAsync(staff);
            await staff.Locator("#municipality").FillAsync("（試験）佐渡市");
            await staff.Locator("#title").FillAsync(title);
            await staff.Locator("#date").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await staff.Locator("#slot").SelectOptionAsync("Afternoon");
            await staff.Locator("#plan").FillAsync("（試験）金山と朱鷺のパネル展示");
            await staff.Locator("form[action$='/tourism/pr-corner/mine'] button[type=submit]").ClickAsync();
            await Expect(staff.Locator("tr[data-booking]", new() { HasText = title })).ToHaveAttributeAsync("data-state", "Applied");
        }

        await using (var officialContext = await fixture.NewContextAsync())
        {
            var official = await officialContext.NewPageAsync();
            await PortalPages.SignInAsync(official, "official@example.jp");
            await official.GotoAsync("/tourism/pr-corner/review");
            await AxeChecks.AssertNoSeriousViolationsAsync(official);
            var row = official.Locator("tr[data-booking]", new() { HasText = title });
            await row.Locator("form[action$='/approve'] button").ClickAsync();
            await Expect(official.Locator("tr[data-booking]", new() { HasText = title })).ToHaveAttributeAsync("data-state", "Approved");
        }

        await using var visitorContext = await fixture.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/ko/tourism/pr-corner");
        await Expect(visitor.Locator("li[data-booking]", new() { HasText = title })).ToBeVisibleAsync();
        await AxeChecks.AssertNoSeriousViolationsAsync(visitor);
    }

    /// <summary>
    /// The report gives no stop a place, so the map is drawn from the places staff enter: here the first stop of each
    /// day gets one, as the route editor would store it (the published pages move on).
    /// </summary>
    private async Task PlaceTheFirstStopsAsync()
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var firsts = await db.Set<TouristRouteDay>().Include(d => d.Stops).ToListAsync();
        foreach (var stop in firsts.Select(d => d.Stops.OrderBy(s => s.Order).First()).Where(s => !s.HasCoordinates))
        {
            (stop.Latitude, stop.Longitude) = stop.TouristRouteDayId % 2 == 0 ? (36.06, 136.22) : (35.68, 139.76);
        }

        await db.SaveChangesAsync();
        await db.MarkChangedAsync(DateTime.UtcNow, CancellationToken.None);
    }
}
