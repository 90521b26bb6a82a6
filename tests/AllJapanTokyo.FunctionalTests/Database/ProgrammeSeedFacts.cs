using System.Reflection;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Database;

/// <summary>
/// What the real seed tables put in a freshly migrated database, on whichever provider: the figures of the
/// FY2020 report of the ALL JAPAN &amp; TOKYO Project (the row counts of the CSV files under Seed/Data).
/// </summary>
internal static class ProgrammeSeedFacts
{
    /// <summary>Migrates, seeds, checks the facts, seeds again in a new context (a restart) and checks that nothing was added.</summary>
    public static async Task MigrateSeedAndCheckAsync(Func<AppDbContext> newContext)
    {
        await using (var db = newContext())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await new ProgrammeDataSeeder(db).SeedAsync();
        }

        await using (var db = newContext())
        {
            await AssertFactsAsync(db);
        }

        Dictionary<string, int> before;
        await using (var db = newContext())
        {
            before = await RowCountsAsync(db);
        }

        await using (var db = newContext())
        {
            await new ProgrammeDataSeeder(db).SeedAsync();
        }

        await using (var db = newContext())
        {
            var after = await RowCountsAsync(db);
            Assert.Equal(before, after);
        }
    }

    public static async Task AssertFactsAsync(AppDbContext db)
    {
        Assert.Equal(47, await db.Prefectures.CountAsync());
        Assert.Equal("東京都", (await db.Prefectures.SingleAsync(p => p.Code == "13")).Name.Ja);
        Assert.Equal("北海道", (await db.Prefectures.SingleAsync(p => p.Code == "01")).Name.Ja);
        Assert.Equal("沖縄県", (await db.Prefectures.SingleAsync(p => p.Code == "47")).Name.Ja);

        Assert.Equal(6, await db.Chapters.CountAsync());
        Assert.Equal(26, await db.Initiatives.CountAsync());
        // The report's indicators; the textiles measure adds its own counts (textile_…), on no form until Tokyo adds them.
        Assert.Equal(20, await db.IndicatorDefinitions.CountAsync(d => !d.Code.StartsWith("textile_")));

        // Published by the Tokyo Metropolitan Government: approved, and real.
        Assert.Equal(63, await db.IndicatorValues.CountAsync());
        Assert.Equal(63, await db.IndicatorValues.CountAsync(v => v.ReviewState == ReviewState.Approved && !v.IsSynthetic));

        // 43 rows in events.csv, three cancelled and one not held, each with the reason the report gives.
        Assert.Equal(43, await db.Events.CountAsync());
        Assert.Equal(0, await db.Events.CountAsync(e => e.IsSynthetic));
        var missing = await db.Events
            .Where(e => e.Status == ActivityStatus.Cancelled || e.Status == ActivityStatus.NotHeld)
            .Select(e => new { e.NameJa, e.Status, e.CancelReasonJa })
            .ToListAsync();
        Assert.Equal(3, missing.Count(e => e.Status == ActivityStatus.Cancelled));
        Assert.Equal(1, missing.Count(e => e.Status == ActivityStatus.NotHeld));
        Assert.All(missing, e => Assert.False(string.IsNullOrWhiteSpace(e.CancelReasonJa), $"{e.NameJa} ({e.Status}) has no reason."));
        Assert.Contains(missing, e => e.CancelReasonJa == "台風接近のため");

        Assert.Equal(5, await db.CraftCollaborations.CountAsync(c => c.TeamId == null));

        var fund = await db.Funds.Include(f => f.Investments).SingleAsync();
        Assert.Equal(6, fund.Investments.Count);

        Assert.Equal(21, await db.TourismPartnerships.CountAsync());

        var route = await db.TouristRoutes.Include(r => r.Days).SingleAsync();
        Assert.Equal([1, 2, 3, 4], route.Days.Select(d => d.DayNumber).Order());

        Assert.Equal(5, await db.TouristInfoCenters.CountAsync());
        Assert.Equal(4, await db.StampRallies.CountAsync());

        Assert.Equal(3, await db.Organizations.CountAsync(o => o.IsBuyer && o.UsesEBidding && !o.IsSynthetic));
        Assert.Contains("株式会社東京ビッグサイト", await db.Organizations.Where(o => o.IsBuyer).Select(o => o.NameJa).ToListAsync());
        Assert.Equal(47, await db.Organizations.CountAsync(o => o.Kind == Domain.Organizations.OrganizationKind.PrefecturalGovernment));
    }

    /// <summary>The number of rows of every entity in the model (Identity and join tables included).</summary>
    public static async Task<Dictionary<string, int>> RowCountsAsync(AppDbContext db)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = typeof(ProgrammeSeedFacts).GetMethod(nameof(CountAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var entityType in db.Model.GetEntityTypes().Where(t => !t.HasSharedClrType && !t.IsOwned()))
        {
            var task = (Task<int>)count.MakeGenericMethod(entityType.ClrType).Invoke(null, [db])!;
            counts[entityType.Name] = await task;
        }

        return counts;
    }

    private static Task<int> CountAsync<T>(AppDbContext db)
        where T : class => db.Set<T>().CountAsync();
}
