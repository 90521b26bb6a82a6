using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// The public search answers from memory (TenderSearchMemory: one snapshot per tenders' version); its matches, count and
/// pages in both orders are exactly the SQL index's (TenderFilter.Apply, TenderLists.Ordered), on every provider, and a
/// tender change shows in the next search. Each search is asked for its second page and in the other order too, which the
/// snapshot answers from the matches it kept at the first.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TenderSearchInMemory(PortalFixture fixture)
{
    private static readonly string[] Queries =
    [
        "", "清掃", "工事", "清掃 工事", "掃", "led", "ＬＥＤ", "Led 照明", "２期", "第2期", "システム", "ｼｽﾃﾑ", "ステム開", "wi-fi",
        "購入", "の", "存在しない語句", "ア",
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EverySearchCountsAndPagesAsTheSqlIndexDoes(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var marker = ProcurementTestData.UniqueWord();
        var now = DateTime.UtcNow;
        // Open and closed, several deadlines shared (the closed order breaks ties by id), prefectures, categories, statuses,
        // more than a page, and a draft that no search may show.
        var titles = new[] { "庁舎清掃業務委託", "清掃用具の購入", "道路補修工事", "工事現場の仮設トイレ清掃", "ＬＥＤ照明の更新", "LED照明器具の購入", "第２期システム開発", "ｼｽﾃﾑ保守業務", "Ｗｉ－Ｆｉ設備", "記念品の購入" };
        var sharedDeadline = now.AddDays(-5);
        for (var i = 0; i < 30; i++)
        {
            var index = i;
            await ProcurementTestData.InsertTenderAsync(
                portal,
                $"{titles[index % titles.Length]} {marker}",
                t =>
                {
                    t.Category = (TenderCategory)(index % 3);
                    t.DeliveryPrefectureCode = index % 4 == 0 ? "13" : "15";
                    if (index % 3 == 1)
                    {
                        (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (now.AddDays(-20), now.AddDays(-19), index % 2 == 0 ? sharedDeadline : now.AddDays(-index));
                    }
                },
                status: index == 7 ? TenderStatus.Draft : index % 5 == 0 ? TenderStatus.Awarded : TenderStatus.Published,
                publishedAtUtc: now.AddDays(-index % 7));
        }

        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var memory = scope.ServiceProvider.GetRequiredService<TenderSearchMemory>();
        var snapshot = await memory.SnapshotAsync(db, await db.TendersVersionAsync(), default);
        var checkedSearches = 0;
        foreach (var q in Queries.Concat(Queries.Select(q => $"{q} {marker}")))
        {
            foreach (var prefecture in new string?[] { null, "13" })
            {
                foreach (var category in new string?[] { null, "works" })
                {
                    foreach (var status in new string?[] { null, "awarded" })
                    {
                        foreach (var sort in new[] { "deadline", "newest" })
                        {
                            foreach (var page in new[] { 1, 2 })
                            {
                                var filter = TenderFilter.From(new TenderSearchInput { Q = q, Prefecture = prefecture, Category = category, Status = status, Sort = sort, Page = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Filter;
                                var sql = filter.Apply(db.Tenders.AsNoTracking(), db.TenderSearchGrams, now);
                                var total = await sql.CountAsync();
                                var expected = await TenderLists.Ordered(sql, filter.Sort, now).Skip((page - 1) * TenderFilter.PageSize).Take(TenderFilter.PageSize).Select(t => t.Id).ToListAsync();
                                var (foundTotal, found) = snapshot.Search(filter, page, now);
                                var search = $"「{q}」 {prefecture} {category} {status} {sort} page {page}";
                                Assert.True(total == foundTotal, $"{search}: {total} in SQL, {foundTotal} in memory");
                                Assert.True(expected.SequenceEqual(found), $"{search}: expected [{string.Join(',', expected)}], found [{string.Join(',', found)}]");
                                checkedSearches++;
                            }
                        }
                    }
                }
            }
        }

        Assert.Equal(Queries.Length * 2 * 2 * 2 * 2 * 2 * 2, checkedSearches);
        // The searches do reach the cases they mean to: more than a page, closed tenders with a shared deadline, nothing.
        Assert.True(snapshot.Search(TenderFilter.From(new TenderSearchInput { Q = marker }).Filter, 1, now).Total == 29);
        Assert.Equal(0, snapshot.Search(TenderFilter.From(new TenderSearchInput { Q = $"存在しない語句 {marker}" }).Filter, 1, now).Total);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ANewOrChangedTenderShowsInTheNextSearch(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var marker = ProcurementTestData.UniqueWord();
        var tender = await ProcurementTestData.InsertTenderAsync(portal, $"{marker} 公園の除草作業");
        Assert.Equal(1, await TotalAsync(portal, $"除草 {marker}"));

        await portal.WithDbAsync(async db =>
        {
            var stored = await db.Tenders.SingleAsync(t => t.Id == tender.Id);
            stored.Title = $"{marker} 河川敷の草刈り";
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await TotalAsync(portal, $"除草 {marker}"));
        Assert.Equal(1, await TotalAsync(portal, $"草刈 {marker}"));
    }

    private static async Task<int> TotalAsync(PortalFactory portal, string q)
    {
        await using var scope = portal.CreateScope();
        var search = scope.ServiceProvider.GetRequiredService<TenderSearchService>();
        var (filter, problems) = TenderFilter.From(new TenderSearchInput { Q = q });
        return (await search.SearchAsync(filter, problems, viewer: null, default)).Total;
    }
}
