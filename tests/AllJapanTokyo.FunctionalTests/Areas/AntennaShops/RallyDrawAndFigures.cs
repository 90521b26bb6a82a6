using System.Net;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.AntennaShops;

/// <summary>After an edition: Tokyo's reproducible draw with its winners notified, the dashboard, its CSV and the proposed figures.</summary>
[Collection(PortalCollection.Name)]
public sealed class RallyDrawAndFigures(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheDrawRecordsItsSeedPicksTheSameWinnersForTheSameSeedAndNotifiesThem(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var today = RallyTestData.JapanToday;
        var (edition, shops) = await RallyTestData.EditionAsync(portal, shops: 2, toComplete: 2, startsOn: today.AddDays(-10), endsOn: today.AddDays(-1), prizes: 2);
        var cards = await EnteredCardsAsync(portal, edition, shops, count: 5);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");

        var drawn = await official.PostFormAsync($"/antenna-shops/rally/{edition}/dashboard", $"/antenna-shops/rally/{edition}/draw", new Dictionary<string, string> { ["seed"] = "20201" });
        Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);

        var winners = await portal.WithDbAsync(db => db.StampCards.Where(c => c.EditionId == edition && c.WinnerRank != null).OrderBy(c => c.WinnerRank).Select(c => new { c.Id, c.UserId }).ToListAsync());
        Assert.Equal(PrizeDraw.Winners(cards.Select(c => c.Card), 20201, 2), winners.Select(w => w.Id));
        Assert.Equal(20201, await portal.WithDbAsync(db => db.RallyEditions.Where(e => e.Id == edition).Select(e => e.DrawSeed).SingleAsync()));
        var told = await portal.WithDbAsync(db => db.Notifications.Where(n => n.Kind == "antenna.prize").Select(n => n.UserId).ToListAsync());
        Assert.All(winners, w => Assert.Contains(w.UserId, told));
        Assert.Equal(2, cards.Count(c => told.Contains(c.User)));

        var (_, dashboard) = await official.GetPageAsync($"/antenna-shops/rally/{edition}/dashboard");
        Assert.Equal(winners.Select(w => w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), dashboard.QuerySelectorAll("#winners li").Select(li => li.GetAttribute("data-card")!));
        Assert.Equal("5", dashboard.QuerySelector("#entries")!.TextContent.Trim());

        var again = await official.PostFormAsync($"/antenna-shops/rally/{edition}/dashboard", $"/antenna-shops/rally/{edition}/draw", new Dictionary<string, string> { ["seed"] = "7" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(20201, await portal.WithDbAsync(db => db.RallyEditions.Where(e => e.Id == edition).Select(e => e.DrawSeed).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheDashboardCountsStampsPerShopPerDayExportsThemAndProposesTheShopsWhenTheEditionHasEnded(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var today = RallyTestData.JapanToday;
        var (edition, shops) = await RallyTestData.EditionAsync(portal, shops: 3, toComplete: 2, startsOn: today.AddDays(-10), endsOn: today.AddDays(-1));
        await EnteredCardsAsync(portal, edition, shops[..2], count: 2);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");

        var (_, dashboard) = await official.GetPageAsync($"/antenna-shops/rally/{edition}/dashboard");
        Assert.Equal("2", dashboard.QuerySelector($"#stamps-per-day tr[data-shop='{shops[0]}'] td")!.TextContent.Trim());
        Assert.Equal("2", dashboard.QuerySelector("#entries")!.TextContent.Trim());
        var csv = await (await official.GetAsync($"/antenna-shops/rally/{edition}/stamps.csv")).Content.ReadAsStringAsync();
        Assert.Contains($"{today.AddDays(-2):yyyy-MM-dd},{shops[0]},", csv);

        var proposed = await official.PostFormAsync($"/antenna-shops/rally/{edition}/dashboard", $"/antenna-shops/rally/{edition}/figures", []);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var figure = await portal.WithDbAsync(db => db.ComputedFigures.SingleAsync(f => f.SourceKind == "antenna-shops.rally" && f.SourceKey == edition.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(("6-1", "participating_shops", 3m), (figure.InitiativeCode, figure.IndicatorCode, figure.Value));

        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");
        Assert.Equal(HttpStatusCode.Forbidden, (await osaka.GetAsync($"/antenna-shops/rally/{edition}/dashboard")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NeitherTheDrawNorTheFiguresRunBeforeTheEditionEnds(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (edition, _) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var token = PortalClient.AntiforgeryToken((await official.GetPageAsync($"/antenna-shops/rally/{edition}/dashboard")).Document);

        var draw = await official.Http.PostAsync($"/antenna-shops/rally/{edition}/draw", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var figures = await official.Http.PostAsync($"/antenna-shops/rally/{edition}/figures", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, draw.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, figures.StatusCode);
        Assert.Null(await portal.WithDbAsync(db => db.RallyEditions.Where(e => e.Id == edition).Select(e => e.DrawSeed).SingleAsync()));
        Assert.False(await portal.WithDbAsync(db => db.ComputedFigures.AnyAsync(f => f.SourceKind == "antenna-shops.rally" && f.SourceKey == edition.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>Cards completed during the edition (stamped two days before today), each of a new light account.</summary>
    private static async Task<List<(int Card, string User)>> EnteredCardsAsync(PortalFactory portal, int edition, int[] shops, int count) =>
        await portal.WithDbAsync(async db =>
        {
            var made = new List<StampCard>();
            for (var i = 0; i < count; i++)
            {
                var email = $"entrant-{Guid.NewGuid():N}@example.com";
                var user = new AllJapanTokyo.Infrastructure.Identity.AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString() };
                db.Users.Add(user);
                var day = RallyTestData.JapanToday.AddDays(-2);
                made.Add(new StampCard
                {
                    EditionId = edition,
                    UserId = user.Id,
                    CompletedAtUtc = DateTime.UtcNow.AddDays(-2),
                    Stamps = shops.Select(s => new Stamp { ShopId = s, JapanDay = day, StampedAtUtc = DateTime.UtcNow.AddDays(-2) }).ToList(),
                });
            }

            db.StampCards.AddRange(made);
            await db.SaveChangesAsync();
            return made.Select(c => (c.Id, c.UserId)).ToList();
        });
}
