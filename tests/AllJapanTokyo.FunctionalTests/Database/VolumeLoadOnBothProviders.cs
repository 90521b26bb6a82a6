using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Database;

/// <summary>
/// The volume load writes the same data on PostgreSQL (binary COPY) as on SQLite (one prepared row at a time): the
/// enterprises, tenders, participations and the tenders' keyword-index postings of a small volume, compared field by
/// field across the two databases (the moments relative to the load's own clock are left out: the loads run apart).
/// </summary>
public sealed class VolumeLoadOnBothProviders
{
    private static readonly VolumeSize Small = new(Enterprises: 2_300, BuyerOrganizations: 3, Tenders: 2_100, Participations: 500);

    [SkippableFact]
    public async Task PostgreSqlHoldsWhatSqliteHolds()
    {
        TestDatabases.RequirePostgres();
        await using var sqlite = PortalFactory.OnSqlite();
        await using var postgres = await PortalFactory.OnPostgresAsync();

        var onSqlite = await LoadAndDescribeAsync(sqlite);
        var onPostgres = await LoadAndDescribeAsync(postgres);

        Assert.Equal(Small.Enterprises, onSqlite.Enterprises.Count);
        Assert.Equal(Small.Tenders, onSqlite.Tenders.Count);
        Assert.Equal(Small.Participations, onSqlite.Participations.Count);
        Assert.NotEmpty(onSqlite.Postings);
        Assert.Equal(onSqlite.Enterprises, onPostgres.Enterprises);
        Assert.Equal(onSqlite.Tenders, onPostgres.Tenders);
        Assert.Equal(onSqlite.Participations, onPostgres.Participations);
        Assert.Equal(onSqlite.Postings, onPostgres.Postings);
    }

    private sealed record Described(List<string> Enterprises, List<string> Tenders, List<string> Participations, List<string> Postings);

    private static async Task<Described> LoadAndDescribeAsync(PortalFactory portal)
    {
        await using (var scope = portal.CreateScope())
        {
            await ActivatorUtilities.CreateInstance<VolumeDataSeeder>(scope.ServiceProvider).SeedAsync(Small);
        }

        return await portal.WithDbAsync(async db =>
        {
            var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.PrText == "負荷試験用の架空企業です。")
                .Select(e => new { e.Id, e.CorporateNumber, e.NameJa, e.PrefectureCode, e.Address, e.JsicMajorGroup, e.SmeIndustryGroup, e.CapitalYen, e.Employees, e.Capabilities, e.ScreeningStatus, e.IsSynthetic })
                .ToListAsync();
            var corporateNumbers = enterprises.ToDictionary(e => e.Id, e => e.CorporateNumber.ToString());
            var tenders = await db.Tenders.AsNoTracking().Where(t => t.ContactJa == "調達担当（架空）")
                .Select(t => new { t.Id, t.Reference, t.Title, t.Description, t.SearchText, t.Category, t.Method, t.Status, t.BudgetYen, t.DeliveryPrefectureCode, t.Nationwide, t.IsSynthetic, Buyer = db.Organizations.Where(o => o.Id == t.BuyerOrganizationId).Select(o => o.NameJa).First() })
                .ToListAsync();
            var references = tenders.ToDictionary(t => t.Id, t => t.Reference);
            var tenderIds = references.Keys.ToList();
            var postings = await db.TenderSearchGrams.AsNoTracking().Where(g => tenderIds.Contains(g.TenderId)).Select(g => new { g.TenderId, g.Gram }).ToListAsync();
            var enterpriseIds = corporateNumbers.Keys.ToList();
            var participations = await db.Participations.AsNoTracking().Where(p => p.EnterpriseId != null && enterpriseIds.Contains(p.EnterpriseId.Value))
                .Select(p => new { p.InitiativeCode, p.FiscalYear, p.PrefectureCode, p.EnterpriseId, p.Role, p.IsSynthetic })
                .ToListAsync();

            return new Described(
                enterprises.Select(e => $"{e.CorporateNumber}|{e.NameJa}|{e.PrefectureCode}|{e.Address}|{e.JsicMajorGroup}|{e.SmeIndustryGroup}|{e.CapitalYen}|{e.Employees}|{e.Capabilities}|{e.ScreeningStatus}|{e.IsSynthetic}").Order(StringComparer.Ordinal).ToList(),
                tenders.Select(t => $"{t.Reference}|{t.Title}|{t.Description}|{t.SearchText}|{t.Category}|{t.Method}|{t.Status}|{t.BudgetYen}|{t.DeliveryPrefectureCode}|{t.Nationwide}|{t.IsSynthetic}|{t.Buyer}").Order(StringComparer.Ordinal).ToList(),
                participations.Select(p => $"{p.InitiativeCode}|{p.FiscalYear}|{p.PrefectureCode}|{corporateNumbers[p.EnterpriseId!.Value]}|{p.Role}|{p.IsSynthetic}").Order(StringComparer.Ordinal).ToList(),
                postings.Select(g => $"{references[g.TenderId]}|{g.Gram}").Order(StringComparer.Ordinal).ToList());
        });
    }
}
