using System.Data.Common;
using System.Text.RegularExpressions;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// The keyword search reads the n-gram index (TenderSearchGram) and must give exactly the plain substring answer on the
/// normalised text (SearchText: NFKC, lower case), on every provider; the index is kept current in the tender's own
/// SaveChanges, and the query plan reads the index rather than scanning the texts.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TenderKeywordIndex(PortalFixture fixture)
{
    private static readonly (string Title, string Description)[] Battery =
    [
        ("庁舎清掃業務委託", "庁舎の日常清掃と定期清掃です。"),
        ("清掃用具の購入", "モップ・バケツなど。"),
        ("道路補修工事", "市道の舗装工事と区画線の引き直し。"),
        ("工事現場の仮設トイレ清掃", "週二回。"),
        ("ＬＥＤ照明の更新", "全館の照明をＬＥＤに更新する。"),
        ("LED照明器具の購入", "Ｗｉ－Ｆｉ対応の照明器具１２０台。"),
        ("第２期システム開発", "基幹システムの改修（第2期）。"),
        ("ｼｽﾃﾑ保守業務", "半角カナで書かれた案件名です。"),
        ("翻訳業務（英語・中国語）", "Web site translation, English and Chinese."),
        ("記念品の購入", "ノベルティ 500個。"),
    ];

    private static readonly string[] Queries =
    [
        "清掃", "工事", "清掃 工事", "清掃　委託", "掃", "led", "ＬＥＤ", "Led 照明", "２期", "2期", "第2期", "システム", "ｼｽﾃﾑ",
        "ステム開", "wi-fi", "ｗｉ－ｆｉ", "120台", "english", "site trans", "購入", "の", "存在しない語句", "清掃 存在しない語句",
        "ノベルティ 500", "ア", "z",
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryQueryOfTheBatteryFindsExactlyTheSubstringAnswer(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var marker = ProcurementTestData.UniqueWord();
        foreach (var (title, description) in Battery)
        {
            await ProcurementTestData.InsertTenderAsync(portal, $"{title} {marker}", t => t.Description = description);
        }

        var now = DateTime.UtcNow;
        await portal.WithDbAsync(async db =>
        {
            var isPublic = Tender.IsPublic.Compile();
            var everyPublic = (await db.Tenders.AsNoTracking().ToListAsync()).Where(isPublic).ToList();
            // Alone (the gram lists are intersected) and with a prefecture (each tender is probed for its grams).
            foreach (var q in Queries.Concat(Queries.Select(q => $"{q} {marker}")))
            {
                foreach (var prefecture in new string?[] { null, "15" })
                {
                    var filter = TenderFilter.From(new TenderSearchInput { Q = q, Prefecture = prefecture }).Filter;
                    var found = await filter.Apply(db.Tenders.AsNoTracking(), db.TenderSearchGrams, now).Select(t => t.Id).OrderBy(id => id).ToListAsync();
                    var words = SearchText.Words(q);
                    var expected = everyPublic
                        .Where(t => prefecture is null || t.DeliveryPrefectureCode == prefecture)
                        .Where(t => words.All(w => SearchText.Normalize(t.Title).Contains(w, StringComparison.Ordinal) || SearchText.Normalize(t.Description).Contains(w, StringComparison.Ordinal)))
                        .Select(t => t.Id).OrderBy(id => id).ToList();
                    Assert.True(expected.SequenceEqual(found), $"「{q}」 {prefecture}: expected [{string.Join(',', expected)}], found [{string.Join(',', found)}]");
                }
            }

            return 0;
        });

        // The battery does hit what it means to: the two-character words, either width, several words, and nothing.
        await portal.WithDbAsync(async db =>
        {
            Task<int> CountAsync(string q) => Matches(db, $"{q} {marker}");
            Assert.Equal(3, await CountAsync("清掃"));
            Assert.Equal(2, await CountAsync("工事"));
            Assert.Equal(1, await CountAsync("清掃 工事"));
            Assert.Equal(2, await CountAsync("led"));
            Assert.Equal(2, await CountAsync("ＬＥＤ"));
            Assert.Equal(1, await CountAsync("2期"));
            Assert.Equal(2, await CountAsync("システム"));
            Assert.Equal(2, await CountAsync("ｼｽﾃﾑ"));
            Assert.Equal(0, await CountAsync("存在しない語句"));
            return 0;
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AChangedTitleIsFoundByItsNewWordsOnlyAndTheGramsMatchTheText(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var marker = ProcurementTestData.UniqueWord();
        var tender = await ProcurementTestData.InsertTenderAsync(portal, $"{marker} 公園の除草作業");

        await portal.WithDbAsync(async db =>
        {
            var stored = await db.Tenders.SingleAsync(t => t.Id == tender.Id);
            stored.Title = $"{marker} 河川敷の草刈り";
            stored.Description = "変更後の説明。";
            return await db.SaveChangesAsync();
        });

        await portal.WithDbAsync(async db =>
        {
            Task<int> CountAsync(string q) => Matches(db, $"{q} {marker}");
            Assert.Equal(0, await CountAsync("除草"));
            Assert.Equal(1, await CountAsync("草刈"));
            Assert.Equal(1, await CountAsync("変更後"));

            var text = await db.Tenders.Where(t => t.Id == tender.Id).Select(t => t.SearchText).SingleAsync();
            Assert.Equal(SearchText.Of($"{marker} 河川敷の草刈り", "変更後の説明。"), text);
            var grams = await db.TenderSearchGrams.Where(g => g.TenderId == tender.Id).Select(g => g.Gram).ToListAsync();
            Assert.Equal(SearchText.IndexGrams(text).Order(), grams.Order());
            return 0;
        });
    }

    /// <summary>How many public tenders the search page would find for <paramref name="q"/>.</summary>
    private static Task<int> Matches(AppDbContext db, string q) =>
        TenderFilter.From(new TenderSearchInput { Q = q }).Filter.Apply(db.Tenders, db.TenderSearchGrams, DateTime.UtcNow).CountAsync();

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheKeywordQueryPlanReadsTheGramIndex(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var plan = await portal.WithDbAsync(async db =>
        {
            var query = TenderFilter.From(new TenderSearchInput { Q = "清掃 工事" }).Filter
                .Apply(db.Tenders.AsNoTracking(), db.TenderSearchGrams, DateTime.UtcNow)
                .Select(t => t.Id);
            await db.Database.OpenConnectionAsync();
            if (db.Database.IsNpgsql())
            {
                // The test database holds a few dozen tenders, where scanning is cheapest and PostgreSQL rightly
                // chooses it; the large volume's plan (bench/README.md) reads the same index unprompted.
                await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            }

            var lines = new List<string>();
            await using (DbCommand command = query.CreateDbCommand())
            {
                command.CommandText = (db.Database.IsSqlite() ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    lines.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString())));
                }
            }

            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan");
            }

            return string.Join('\n', lines);
        });

        var usesGramKey = provider == "Sqlite"
            ? @"SEARCH \w+ USING (COVERING )?INDEX sqlite_autoindex_TenderSearchGrams_1 \(Gram=\?"
            : @"(Index Only Scan|Index Scan|Bitmap Index Scan) (using|on) ""PK_TenderSearchGrams""";
        Assert.True(Regex.IsMatch(plan, usesGramKey), plan);
        // The texts are never scanned for the keyword: the tenders are reached by their key.
        var scansTenders = provider == "Sqlite" ? @"SCAN t\b" : @"Seq Scan on ""Tenders""";
        Assert.False(Regex.IsMatch(plan, scansTenders), plan);
    }
}
