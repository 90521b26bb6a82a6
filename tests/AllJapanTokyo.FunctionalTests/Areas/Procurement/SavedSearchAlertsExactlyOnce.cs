using System.Net;
using System.Text.RegularExpressions;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.SavedSearches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// Two alert workers (two scopes, each with its own DbContext and connection, as two app instances would have)
/// run rounds at the same time against one database: every matching tender is e-mailed exactly once per saved search.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class SavedSearchAlertsExactlyOnce(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoWorkersOnOneDatabaseSendEachMatchingTenderOnce(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var word = ProcurementTestData.UniqueWord();
        var (_, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社通知テスト" + word, ScreeningStatus.Approved);
        var now = DateTime.UtcNow;

        // Five saved searches: four instant ones and one daily digest already due.
        var searches = new (string Name, string? Prefecture, TenderCategory? Category, AlertFrequency Frequency)[]
        {
            ($"{word} すべて", null, null, AlertFrequency.Instant),
            ($"{word} 新潟", "15", null, AlertFrequency.Instant),
            ($"{word} 役務", null, TenderCategory.Services, AlertFrequency.Instant),
            ($"{word} 物品", null, TenderCategory.Goods, AlertFrequency.Instant),
            ($"{word} 毎日", null, null, AlertFrequency.Daily),
        };
        var ids = await portal.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var rows = searches.Select(s => new SavedSearch
            {
                UserId = userId,
                Name = s.Name,
                Keyword = word,
                PrefectureCode = s.Prefecture,
                Category = s.Category,
                Frequency = s.Frequency,
                CreatedAtUtc = now.AddMinutes(-5),
                AlertedUpToUtc = now.AddMinutes(-5),
                NextAlertDueUtc = now.AddMinutes(-1),
            }).ToList();
            db.SavedSearches.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToList();
        });

        // Six published services tenders (four in Niigata, two in Osaka), one draft and one older than the searches.
        var tenders = new List<Tender>();
        for (var i = 0; i < 6; i++)
        {
            var prefecture = i < 4 ? "15" : "27";
            tenders.Add(await ProcurementTestData.InsertTenderAsync(portal, $"{word} 清掃業務 {i}", t => t.DeliveryPrefectureCode = prefecture, publishedAtUtc: now.AddSeconds(-30 + i)));
        }

        var draft = await ProcurementTestData.InsertTenderAsync(portal, $"{word} 下書き", status: TenderStatus.Draft, publishedAtUtc: now.AddSeconds(-10));
        var old = await ProcurementTestData.InsertTenderAsync(portal, $"{word} 以前の案件", publishedAtUtc: now.AddHours(-1));

        // Two instances, each running rounds back to back, at the same time.
        async Task<int> WorkerAsync(string workerId)
        {
            var sent = 0;
            for (var round = 0; round < 6; round++)
            {
                await using var scope = portal.CreateScope();
                sent += await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().RunOnceAsync(workerId, CancellationToken.None);
            }

            return sent;
        }

        var results = await Task.WhenAll(Task.Run(() => WorkerAsync("instance-a-" + word)), Task.Run(() => WorkerAsync("instance-b-" + word)));

        await portal.DeliverMailAsync();
        var mails = EnterpriseTestData.MailTo(portal, email).Where(m => m.Contains(word, StringComparison.Ordinal)).ToList();
        var expected = new Dictionary<string, Tender[]>
        {
            [searches[0].Name] = [.. tenders],
            [searches[1].Name] = [.. tenders.Take(4)],
            [searches[2].Name] = [.. tenders],
            [searches[3].Name] = [],
            [searches[4].Name] = [.. tenders],
        };
        foreach (var (name, matching) in expected)
        {
            var mine = mails.Where(m => m.Contains($"「{name}」", StringComparison.Ordinal)).ToList();
            foreach (var tender in matching)
            {
                Assert.Equal(1, mine.Sum(m => Regex.Count(m, Regex.Escape(tender.Reference))));
            }

            Assert.DoesNotContain(mine, m => m.Contains(draft.Reference, StringComparison.Ordinal) || m.Contains(old.Reference, StringComparison.Ordinal));
            Assert.All(mine, m => Assert.Contains("/procurement/searches/unsubscribe?token=", m, StringComparison.Ordinal));
        }

        Assert.Equal(4, mails.Count);
        Assert.InRange(results.Sum(), 0, 4); // The host's own alert worker may have queued some of them.
        var deliveries = await portal.WithDbAsync(db => db.AlertDeliveries.AsNoTracking().Where(d => ids.Contains(d.SavedSearchId)).ToListAsync());
        Assert.Equal(6 + 4 + 6 + 6, deliveries.Count);
        // Each announcing mail went through the outbox (written with its delivery rows) and was sent once.
        var outbox = await portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email && m.Kind == AlertDispatcher.OutboxKind).ToListAsync());
        Assert.Equal(4, outbox.Count);
        Assert.All(outbox, m => Assert.NotNull(m.SentAtUtc));

        // The daily digest is next due at 08:00 Japan time.
        var daily = await portal.WithDbAsync(db => db.SavedSearches.AsNoTracking().SingleAsync(s => s.Id == ids[4]));
        Assert.Equal(23, daily.NextAlertDueUtc.Hour);
        Assert.True(daily.NextAlertDueUtc > now);
    }

    [Fact]
    public async Task TheUnsubscribeLinkWorksWithoutSigningInAfterAPost()
    {
        var portal = fixture.Sqlite;
        var word = ProcurementTestData.UniqueWord();
        var (_, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社配信停止テスト" + word, ScreeningStatus.Approved);
        var now = DateTime.UtcNow;
        var searchId = await portal.WithDbAsync(async db =>
        {
            var search = new SavedSearch
            {
                UserId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(),
                Name = $"{word} 配信停止",
                Keyword = word,
                Frequency = AlertFrequency.Instant,
                CreatedAtUtc = now.AddMinutes(-5),
                AlertedUpToUtc = now.AddMinutes(-5),
                NextAlertDueUtc = now.AddMinutes(-1),
            };
            db.SavedSearches.Add(search);
            await db.SaveChangesAsync();
            return search.Id;
        });
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 翻訳業務", publishedAtUtc: now.AddSeconds(-5));
        await using (var scope = portal.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().RunOnceAsync("unsubscribe-test-" + word, CancellationToken.None);
        }

        await portal.DeliverMailAsync();

        var mail = Assert.Single(EnterpriseTestData.MailTo(portal, email), m => m.Contains(word, StringComparison.Ordinal));
        var link = UnsubscribeLink().Match(mail);
        Assert.True(link.Success, mail);
        var path = new Uri(link.Value).PathAndQuery;

        // A mail scanner following the GET link changes nothing.
        var anonymous = PortalClient.For(portal);
        var (getResponse, page) = await anonymous.GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, getResponse.StatusCode);
        Assert.Contains($"{word} 配信停止", page.Body!.TextContent);
        Assert.Equal(AlertFrequency.Instant, await portal.WithDbAsync(db => db.SavedSearches.Where(s => s.Id == searchId).Select(s => s.Frequency).SingleAsync()));

        var token = page.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var posted = await anonymous.PostFormAsync(path, "/procurement/searches/unsubscribe", new Dictionary<string, string> { ["token"] = token });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("停止しました", await posted.Content.ReadAsStringAsync());
        Assert.Equal(AlertFrequency.None, await portal.WithDbAsync(db => db.SavedSearches.Where(s => s.Id == searchId).Select(s => s.Frequency).SingleAsync()));

        // A forged or damaged token is refused.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/procurement/searches/unsubscribe?token=" + Uri.EscapeDataString(token[..^4] + "AAAA"))).StatusCode);
    }

    [GeneratedRegex(@"https?://[^\s]+/procurement/searches/unsubscribe\?token=[^\s]+")]
    private static partial Regex UnsubscribeLink();
}
